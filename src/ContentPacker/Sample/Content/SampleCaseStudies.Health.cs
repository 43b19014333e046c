using ContentPacker.Sample.Art;

namespace ContentPacker.Sample.Content;

internal static partial class SampleCaseStudies
{
    private static CaseStudyPlan Healthcare() => new(
        "healthcare", "Amira",
        new("Answers in the lab", "Atebion yn y labordy"),
        new("Healthcare science technician", "Technegydd gwyddor gofal iechyd"),
        new("Healthcare science", "Gwyddor gofal iechyd"), Illustration.Microscope, Palette.Teal,
        new("She tests samples in a hospital laboratory so doctors can make the right diagnosis.", "Mae hi'n profi samplau mewn labordy ysbyty er mwyn i feddygon wneud y diagnosis cywir."),
        [
            new("Preparing blood and tissue samples", "Paratoi samplau gwaed a meinwe"),
            new("Running and calibrating analysers", "Rhedeg a chalibradu dadansoddwyr"),
            new("Checking results carefully before they are sent", "Gwirio canlyniadau'n ofalus cyn eu hanfon"),
        ],
        new("Amira took science A levels and joined the NHS as a trainee, learning on the job.", "Astudiodd Amira wyddoniaeth Safon Uwch ac ymunodd â'r GIG fel hyfforddai, gan ddysgu yn y swydd."),
        new("Behind every diagnosis there is a technician you never see.", "Y tu ôl i bob diagnosis mae technegydd nad ydych chi byth yn ei weld."));

    private static CaseStudyPlan Cardiac() => new(
        "cardiac", "Gethin",
        new("Listening to hearts", "Gwrando ar galonnau"),
        new("Cardiac physiology technician", "Technegydd ffisioleg cardiaidd"),
        new("Healthcare", "Gofal iechyd"), Illustration.HeartMonitor, Palette.Red,
        new("He records heart traces and helps patients feel at ease during tests.", "Mae e'n cofnodi olion y galon ac yn helpu cleifion i ymlacio yn ystod profion."),
        [
            new("Recording ECGs on the ward and in clinic", "Cofnodi ECGs ar y ward ac yn y clinig"),
            new("Fitting heart monitors that patients wear at home", "Gosod monitorau calon y mae cleifion yn eu gwisgo gartref"),
            new("Spotting unusual rhythms and alerting the team", "Sylwi ar rythmau anarferol a rhybuddio'r tîm"),
        ],
        new("Gethin began as a healthcare assistant and was supported by his hospital to train.", "Dechreuodd Gethin fel cynorthwyydd gofal iechyd a chafodd gefnogaeth gan ei ysbyty i hyfforddi."),
        new("Putting a nervous patient at ease is half the job.", "Mae helpu claf nerfus i ymlacio yn hanner y gwaith."));
}
