using ContentPacker.Sample.Art;
using ContentPacker.Sample.Rooms;

namespace ContentPacker.Sample.Content;

/// <summary>The five rooms of the sample gallery and what hangs where; hotspots are derived from these.</summary>
internal static partial class SampleRooms
{
    public const string Entrance = "entrance";
    public const string Aerospace = "aerospace-energy";
    public const string Health = "health-science";
    public const string Studio = "games-broadcast";
    public const string Workshop = "careers-workshop";
    public const string Interview = "studio-interview";
    public const string CareersUrl = "https://example.org/careers";

    public static readonly Text ExhibitionTitle = new("Technicians make it happen", "Technegwyr sy'n gwneud iddo ddigwydd");

    private static readonly Text EntranceName = new("Entrance hall", "Cyntedd");
    private static readonly Text AerospaceName = new("Aerospace & energy gallery", "Oriel awyrofod ac ynni");
    private static readonly Text HealthName = new("Health & science gallery", "Oriel iechyd a gwyddoniaeth");
    private static readonly Text StudioName = new("Games & broadcast studio", "Stiwdio gemau a darlledu");
    private static readonly Text WorkshopName = new("Careers workshop", "Gweithdy gyrfaoedd");
    private static readonly Text WatchCaption = new("Watch: a day in the studio", "Gwyliwch: diwrnod yn y stiwdio");
    private static readonly Text WatchLabel = new("Watch the interview", "Gwyliwch y cyfweliad");

    /// <summary>Exhibit height: the painting's centre, a little above eye level.</summary>
    private const double ExhibitV = 2.05;

    /// <summary>Doorways sit off the wall's centre, leaving room for the orientation plate.</summary>
    private const double DoorLeft = 3.2;
    private const double DoorRight = 6.8;

    public static IReadOnlyList<RoomPlan> All { get; } =
    [
        EntranceHall(), AerospaceGallery(), HealthGallery(), StudioRoom(), WorkshopRoom(),
    ];

    public static RoomPlan Find(string id) => All.Single(r => r.Id == id);

    private static DoorwayItem Door(Wall wall, double u, string target, double enterYaw)
    {
        var (name, accent) = target switch
        {
            Entrance => (EntranceName, Palette.Sky),
            Aerospace => (AerospaceName, Palette.Orange),
            Health => (HealthName, Palette.Teal),
            Studio => (StudioName, Palette.Violet),
            _ => (WorkshopName, Palette.Yellow),
        };
        return new DoorwayItem(wall, u, target, name, accent, enterYaw);
    }
}
