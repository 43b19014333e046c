using ContentPacker.Sample.Art;
using ContentPacker.Sample.Rooms;

namespace ContentPacker.Sample.Content;

internal static partial class SampleRooms
{
    private static RoomPlan EntranceHall() => new(Entrance, EntranceName, Palette.Sky, ExhibitionTitle,
    [
        new ScreenItem(Wall.Front, 5, 2.05, Interview, WatchCaption, WatchLabel),
        Door(Wall.Right, DoorRight, Aerospace, 0),
        Door(Wall.Left, DoorLeft, Health, 0),
        Door(Wall.Back, DoorLeft, Studio, 0),
        Door(Wall.Back, DoorRight, Workshop, 0),
        new NoticeItem(Wall.Right, 2.6, 1.2, new Text("Welcome", "Croeso")),
        new NoticeItem(Wall.Left, 7.4, 1.2, new Text("Explore", "Archwiliwch")),
    ]);

    private static RoomPlan AerospaceGallery() => new(Aerospace, AerospaceName, Palette.Orange, AerospaceName,
    [
        new ExhibitItem(Wall.Front, 2.5, ExhibitV, Illustration.JetEngine,
            new Text("Aircraft engine technician", "Technegydd peiriannau awyrennau"), "aerospace", new Text("Meet Priya", "Dewch i gwrdd â Priya")),
        new ExhibitItem(Wall.Front, 7.5, ExhibitV, Illustration.WindTurbine,
            new Text("Wind turbine technician", "Technegydd tyrbinau gwynt"), "energy", new Text("Meet Owen", "Dewch i gwrdd ag Owen")),
        Door(Wall.Right, DoorRight, Health, 0),
        Door(Wall.Left, DoorLeft, Studio, 0),
        Door(Wall.Back, DoorRight, Entrance, -90),
    ]);

    private static RoomPlan HealthGallery() => new(Health, HealthName, Palette.Teal, HealthName,
    [
        new ExhibitItem(Wall.Front, 2.5, ExhibitV, Illustration.Microscope,
            new Text("Healthcare science technician", "Technegydd gwyddor gofal iechyd"), "healthcare", new Text("Meet Amira", "Dewch i gwrdd ag Amira")),
        new ExhibitItem(Wall.Front, 7.5, ExhibitV, Illustration.HeartMonitor,
            new Text("Cardiac physiology technician", "Technegydd ffisioleg cardiaidd"), "cardiac", new Text("Meet Gethin", "Dewch i gwrdd â Gethin")),
        Door(Wall.Right, DoorRight, Studio, 0),
        Door(Wall.Left, DoorLeft, Aerospace, 0),
        Door(Wall.Back, DoorRight, Entrance, 90),
    ]);

    private static RoomPlan StudioRoom() => new(Studio, StudioName, Palette.Violet, StudioName,
    [
        new ExhibitItem(Wall.Front, 2.1, ExhibitV, Illustration.GameController,
            new Text("Games test technician", "Technegydd profi gemau"), "games", new Text("Meet Sam", "Dewch i gwrdd â Sam")),
        new ExhibitItem(Wall.Front, 7.9, ExhibitV, Illustration.BroadcastCamera,
            new Text("Broadcast technician", "Technegydd darlledu"), "broadcast", new Text("Meet Ffion", "Dewch i gwrdd â Ffion")),
        new ScreenItem(Wall.Front, 5, 2.05, Interview, WatchCaption, WatchLabel),
        Door(Wall.Right, DoorRight, Aerospace, 0),
        Door(Wall.Left, DoorLeft, Health, 0),
        Door(Wall.Back, DoorLeft, Entrance, 0),
        Door(Wall.Back, DoorRight, Workshop, 0),
    ]);

    private static RoomPlan WorkshopRoom() => new(Workshop, WorkshopName, Palette.Yellow, WorkshopName,
    [
        new LinkPanelItem(Wall.Front, 5, 2.25, CareersUrl,
            new Text("Find a technician career", "Dewch o hyd i yrfa fel technegydd"), new Text("Find a technician career", "Dewch o hyd i yrfa")),
        new NoticeItem(Wall.Right, 5, 1.7, new Text("Curious? Practical? A problem-solver?", "Chwilfrydig? Ymarferol? Datryswr problemau?")),
        new NoticeItem(Wall.Left, 5, 1.7, new Text("Tell us what you thought", "Dywedwch wrthym beth oeddech chi'n ei feddwl")),
        Door(Wall.Back, DoorRight, Entrance, 0),
    ], AsCube: true);
}
