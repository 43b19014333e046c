using ContentPacker.Sample.Art;

namespace ContentPacker.Sample.Content;

/// <summary>The six case studies, one for each framed exhibit.</summary>
internal static partial class SampleCaseStudies
{
    public static IReadOnlyList<CaseStudyPlan> All { get; } = [Aerospace(), Energy(), Healthcare(), Cardiac(), Games(), Broadcast()];

    private static CaseStudyPlan Aerospace() => new(
        "aerospace", "Priya",
        new("Keeping engines flying", "Cadw peiriannau yn hedfan"),
        new("Aircraft engine technician", "Technegydd peiriannau awyrennau"),
        new("Aerospace", "Awyrofod"), Illustration.JetEngine, Palette.Orange,
        new("She inspects and repairs jet engines so that every flight is safe.", "Mae hi'n archwilio ac yn trwsio peiriannau jet er mwyn i bob taith fod yn ddiogel."),
        [
            new("Inspecting fan blades with a borescope camera", "Archwilio llafnau'r ffan gyda chamera borescop"),
            new("Replacing worn parts to the exact tolerance", "Newid rhannau sydd wedi treulio i'r union oddefiant"),
            new("Recording every check in the maintenance log", "Cofnodi pob gwiriad yn y llyfr cynnal a chadw"),
        ],
        new("Priya started with an engineering apprenticeship after her GCSEs and studied part-time while she worked.", "Dechreuodd Priya gyda phrentisiaeth beirianneg ar ôl ei TGAU ac astudiodd yn rhan-amser wrth weithio."),
        new("Every engine I sign off carries hundreds of people.", "Mae pob peiriant dw i'n ei gymeradwyo yn cario cannoedd o bobl."));

    private static CaseStudyPlan Energy() => new(
        "energy", "Owen",
        new("Power from the wind", "Pŵer o'r gwynt"),
        new("Wind turbine technician", "Technegydd tyrbinau gwynt"),
        new("Energy", "Ynni"), Illustration.WindTurbine, Palette.Teal,
        new("He climbs and services turbines that power thousands of homes.", "Mae e'n dringo ac yn gwasanaethu tyrbinau sy'n rhoi pŵer i filoedd o gartrefi."),
        [
            new("Climbing the tower safely with a harness", "Dringo'r tŵr yn ddiogel gyda harnais"),
            new("Checking gearboxes, sensors and cables", "Gwirio blychau gêr, synwyryddion a cheblau"),
            new("Finding faults with data from the control room", "Dod o hyd i namau gyda data o'r ystafell reoli"),
        ],
        new("Owen trained as an electrician at college, then joined a renewable energy apprenticeship.", "Hyfforddodd Owen fel trydanwr yn y coleg, yna ymunodd â phrentisiaeth ynni adnewyddadwy."),
        new("The view from the top of a turbine never gets old.", "Dydy'r olygfa o ben tyrbin byth yn diflasu."));
}
