using ContentPacker.Tests.Sample.Support;
using SkiaSharp;

namespace ContentPacker.Tests.Sample;

public sealed partial class SampleExhibitionTests
{
    [Test]
    public void Exhibit_hotspots_sit_on_the_painting_inside_their_brass_frames()
    {
        int checkedHotspots = 0;
        foreach (var scene in Scenes().Where(s => s.ContainsKey("panorama")))
        {
            using var bitmap = SKBitmap.Decode(PathOf(YamlTree.Scalar(scene["panorama"])));
            var pixels = new EquirectPixels(bitmap);
            int limit = (int)(25 * pixels.PixelsPerDegree);
            foreach (var hotspot in YamlTree.List(scene["hotspots"]).Select(YamlTree.Map).Where(h => h.ContainsKey("case_study")))
            {
                var (x, y) = pixels.PixelOf(double.Parse((string)hotspot["yaw"]), double.Parse((string)hotspot["pitch"]));
                int left = pixels.StepsToFrame(x, y, -1, 0, limit), right = pixels.StepsToFrame(x, y, 1, 0, limit);
                int up = pixels.StepsToFrame(x, y, 0, -1, limit), down = pixels.StepsToFrame(x, y, 0, 1, limit);
                var name = (string)hotspot["id"];

                Assert.That(new[] { left, right, up, down }, Has.All.GreaterThan(20), $"{name}: frame all round, not on it");
                // Perspective makes the sides unequal by up to about 15% for exhibits off the wall's centre.
                Assert.That((double)left / right, Is.InRange(0.75, 1.33), $"{name}: centred between the frame's sides");
                Assert.That((double)up / down, Is.InRange(0.75, 1.33), $"{name}: centred between frame top and separator");
                AssertCaptionPlateBelow(pixels, x, y + down, name);
                checkedHotspots++;
            }
        }

        Assert.That(checkedHotspots, Is.EqualTo(6));
    }

    /// <summary>Below the separator comes the off-white caption plate, then the frame's bottom edge.</summary>
    private static void AssertCaptionPlateBelow(EquirectPixels pixels, int x, int separator, string name)
    {
        int plateTop = separator;
        while (EquirectPixels.IsFrame(pixels.At(x, plateTop)) && plateTop < separator + 40) plateTop++;
        var paper = pixels.At(x + 30, plateTop + 3);
        int bottom = pixels.StepsToFrame(x + 30, plateTop + 3, 0, 1, 200);

        Assert.That((paper.Red + paper.Green + paper.Blue) / 3, Is.GreaterThan(200), $"{name}: light caption plate under the painting");
        Assert.That(bottom, Is.InRange(10, 120), $"{name}: the plate ends at the frame");
    }
}
