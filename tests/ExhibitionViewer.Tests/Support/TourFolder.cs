using Exhibition.Bundle.Model;

namespace ExhibitionViewer.Tests.Support;

/// <summary>Writes an unpacked bundle folder (tour.json plus entries) holding one panorama scene.</summary>
internal static class TourFolder
{
    public static void Write(string folder, MemoryTileSource tiles, ViewAngles initialView)
    {
        foreach (var (path, bytes) in tiles.Entries)
        {
            var file = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, bytes);
        }

        var tour = new Tour
        {
            Id = "test-tour",
            Version = "1.0.0",
            Title = new LocalizedText { ["en"] = "Test tour" },
            Languages = ["en"],
            FirstScene = "test",
            Scenes = [new Scene { Id = "test", Title = new LocalizedText { ["en"] = "Test scene" }, InitialView = initialView, Panorama = tiles.Pyramid }],
            Survey = new Survey { Questions = [] },
            Kiosk = new KioskSettings(),
        };
        File.WriteAllBytes(Path.Combine(folder, TourJson.EntryPath), TourJson.Serialize(tour));
    }
}
