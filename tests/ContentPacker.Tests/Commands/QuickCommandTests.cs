using System.Text.Json;
using ContentPacker.Tests.Media.Support;
using ContentPacker.Tests.Support;
using Exhibition.Bundle.Format;
using NetVips;

namespace ContentPacker.Tests.Commands;

public sealed class QuickCommandTests
{
    [Test]
    public void Quick_packs_the_real_photo_into_a_bundle_that_verifies_and_holds_its_cube_map()
    {
        // Given the real 4096×2048 photo
        var photo = RealData.Find("jordan-pond-equirect-4096x2048.jpg");
        Assert.That(photo, Is.Not.Null, "The real-data folder (shared/realdata) must sit beside this checkout.");
        using var temp = new TempFolder();
        var bundle = temp.File("pond.exhibit");

        // When it is packed with quick, then verified and inspected
        var packed = PackerProcess.Run("quick", photo!, "-o", bundle);
        var verified = PackerProcess.Run("verify", bundle);
        var inspected = PackerProcess.Run("inspect", bundle, "--json");

        // Then the bundle verifies, and its one scene is a full cube map of face width/π (rounded to a multiple of 8)
        Assert.That(packed.ExitCode, Is.Zero, packed.All);
        Assert.That(verified.ExitCode, Is.Zero, verified.All);
        using var json = JsonDocument.Parse(inspected.Output);
        var scene = json.RootElement.GetProperty("scenes").EnumerateArray().Single();
        Assert.That(scene.GetProperty("kind").GetString(), Is.EqualTo("panorama"));
        Assert.That(scene.GetProperty("faceSize").GetInt32(), Is.EqualTo(1304));

        // And the finest front-face tile (1,1) shows the same part of the photo: the same mean level within JPEG noise
        using var reader = BundleReader.Open(bundle);
        var pyramid = reader.ReadTour().Scenes.Single().Panorama!;
        var finest = pyramid.LevelSizes.Count - 1;
        using var tile = Image.NewFromBuffer(reader.ReadEntry(pyramid.TilePath(finest, Exhibition.Bundle.Model.CubeFace.Front, 1, 1)));
        using var source = Image.NewFromFile(photo!);
        // The middle 200 px of tile (1,1) are face pixels 668..868 of 1304: centred 116 px right of and below the face
        // centre, i.e. yaw +10.1°, pitch -9.9°, about 8.7° across each way: source pixels (2163, 1137) ± 99.
        using var centre = source.Crop(2163 - 99, 1137 - 99, 198, 198);
        using var tileCentre = tile.Crop(tile.Width / 2 - 100, tile.Height / 2 - 100, 200, 200);
        Assert.That(Math.Abs(tileCentre.Avg() - centre.Avg()), Is.LessThan(12), "mean level of the view ahead");
    }

    [Test]
    public void Quick_makes_a_wide_image_a_partial_panorama()
    {
        using var temp = new TempFolder();
        var wide = temp.File("strip.png");
        using (var image = (Image.Black(1200, 300, bands: 3) + new double[] { 90, 120, 200 }).Cast(Enums.BandFormat.Uchar))
            image.WriteToFile(wide);
        var bundle = temp.File("strip.exhibit");

        var packed = PackerProcess.Run("quick", wide, "-o", bundle);

        Assert.That(packed.ExitCode, Is.Zero, packed.All);
        using var reader = BundleReader.Open(bundle);
        var extent = reader.ReadTour().Scenes.Single().Panorama!.Extent;
        Assert.That(extent, Is.Not.Null);
        Assert.That(extent!.Value.HorizontalAngle, Is.EqualTo(360));
        Assert.That(extent.Value.VerticalAngle, Is.EqualTo(90).Within(0.01));
    }

    [Test]
    public void Quick_names_a_missing_file_and_exits_2()
    {
        using var temp = new TempFolder();

        var result = PackerProcess.Run("quick", temp.File("nope.jpg"), "-o", temp.File("x.exhibit"));

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.All, Does.Contain("nope.jpg"));
        Assert.That(File.Exists(temp.File("x.exhibit")), Is.False);
    }
}
