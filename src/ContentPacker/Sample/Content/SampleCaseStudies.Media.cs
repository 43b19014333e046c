using ContentPacker.Sample.Art;

namespace ContentPacker.Sample.Content;

internal static partial class SampleCaseStudies
{
    private static CaseStudyPlan Games() => new(
        "games", "Sam",
        new("Testing the game", "Profi'r gêm"),
        new("Games test technician", "Technegydd profi gemau"),
        new("Games", "Gemau"), Illustration.GameController, Palette.Violet,
        new("They find and report bugs before a game reaches players.", "Maen nhw'n dod o hyd i fygiau ac yn eu hadrodd cyn i gêm gyrraedd chwaraewyr."),
        [
            new("Playing new builds and trying to break them", "Chwarae fersiynau newydd a cheisio eu torri"),
            new("Writing clear bug reports for developers", "Ysgrifennu adroddiadau bygiau clir i ddatblygwyr"),
            new("Testing on consoles, phones and computers", "Profi ar gonsolau, ffonau a chyfrifiaduron"),
        ],
        new("Sam studied computing at college and built a portfolio of game jams.", "Astudiodd Sam gyfrifiadura yn y coleg ac adeiladu portffolio o jamiau gemau."),
        new("Finding the bug nobody else could is the best feeling.", "Dod o hyd i'r byg na allai neb arall ei ffeindio yw'r teimlad gorau."));

    private static CaseStudyPlan Broadcast() => new(
        "broadcast", "Ffion",
        new("Live on air", "Yn fyw ar yr awyr"),
        new("Broadcast technician", "Technegydd darlledu"),
        new("Broadcast", "Darlledu"), Illustration.BroadcastCamera, Palette.Violet,
        new("She keeps cameras, sound and signals running during live programmes.", "Mae hi'n cadw camerâu, sain a signalau i redeg yn ystod rhaglenni byw."),
        [
            new("Setting up cameras, lights and microphones", "Gosod camerâu, goleuadau a meicroffonau"),
            new("Watching signal quality in the gallery", "Gwylio ansawdd y signal yn yr oriel"),
            new("Fixing faults fast when the show is live", "Trwsio namau'n gyflym pan fydd y sioe yn fyw"),
        ],
        new("Ffion did a media course, then a broadcast apprenticeship with a TV company.", "Gwnaeth Ffion gwrs cyfryngau, yna prentisiaeth ddarlledu gyda chwmni teledu."),
        new("When the red light comes on, everything has to work.", "Pan ddaw'r golau coch ymlaen, mae'n rhaid i bopeth weithio."));
}
