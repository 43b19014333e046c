using Exhibition.Bundle.Model;
using ExhibitionViewer.Rendering;
using ExhibitionViewer.Tests.Support;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Tests.App;

/// <summary>The real executable, run headless the way a script or a kiosk host runs it.</summary>
[NonParallelizable]
public sealed class ViewerExecutableTests
{
    // Same reasoning as the synthetic pixel tests: two extra resamplings and JPEG q90 against a direct projection.
    // Measured 1.3-1.5 on this photo (flat sky, soft foliage), so 3 leaves room for driver and codec differences.
    private const double Tolerance = 3.0;

    private TempDirectory temp = null!;

    [SetUp]
    public void CreateTemp() => temp = new TempDirectory();

    [TearDown]
    public void DeleteTemp() => temp.Dispose();

    [Test]
    public void A_screenshot_of_the_real_photo_matches_the_reference_view()
    {
        // Given the real 4096x2048 photo as an unpacked bundle folder (face 1304 = 4096/pi)
        var equirect = new EquirectImage(ImageDecoder.Decode(File.ReadAllBytes(RealData.File("jordan-pond-equirect-4096x2048.jpg"))));
        var folder = Path.Combine(temp.Path, "tour");
        TourFolder.Write(folder, CubePyramidGenerator.Create(equirect, faceSize: 1304, previewFaceSize: 256), new ViewAngles(0, 0, 100));
        var output = Path.Combine(temp.Path, "shot.png");

        // When the viewer takes a screenshot of a view given on the command line
        var (exit, stdout, stderr) = ViewerProcess.Run(temp.Path, folder, "--screenshot", output, "--size", "640x360",
            "--yaw", "-150", "--pitch", "10", "--hfov", "80");

        // Then it exits 0 and the PNG matches a CPU projection of that view
        Assert.That(exit, Is.EqualTo(0), stderr + stdout);
        var shot = ImageDecoder.Decode(File.ReadAllBytes(output));
        SaveForInspection(output, folder);
        var reference = equirect.RenderView(new ViewProjection(new ViewAngles(-150, 10, 80), 640, 360));
        var error = ImageCompare.MeanAbsoluteError(shot, reference);
        TestContext.Out.WriteLine($"MAE {error}; {stdout}");
        Assert.That(Math.Max(error.R, Math.Max(error.G, error.B)), Is.LessThan(Tolerance));
        Assert.That(Directory.GetFiles(Path.Combine(temp.Path, "logs"), "viewer-*.clef"), Is.Not.Empty);
    }

    [Test]
    public void A_missing_bundle_exits_2_with_one_line_and_no_stack_trace()
    {
        var (exit, _, stderr) = ViewerProcess.Run(temp.Path, Path.Combine(temp.Path, "nothing.exhibit"), "--screenshot", "x.png");

        AssertOneLineError(exit, stderr, "no such file");
    }

    [Test]
    public void A_corrupt_bundle_exits_2_with_one_line_and_no_stack_trace()
    {
        var bundle = Path.Combine(temp.Path, "corrupt.exhibit");
        File.WriteAllBytes(bundle, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 31))]);

        var (exit, _, stderr) = ViewerProcess.Run(temp.Path, bundle);

        AssertOneLineError(exit, stderr, "corrupt.exhibit");
    }

    [Test]
    public void An_unknown_scene_exits_2_naming_the_scene()
    {
        var folder = Path.Combine(temp.Path, "tour");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "tour.json"), """{"id":"t","version":"1","title":{"en":"T"},"languages":["en"],"firstScene":"a","scenes":[],"survey":{"questions":[]},"kiosk":{}}""");

        var (exit, _, stderr) = ViewerProcess.Run(temp.Path, folder, "--scene", "nowhere", "--screenshot", "x.png");

        AssertOneLineError(exit, stderr, "'nowhere'");
    }

    [Test]
    public void A_malformed_size_exits_2()
    {
        var (exit, _, stderr) = ViewerProcess.Run(temp.Path, temp.Path, "--screenshot", "x.png", "--size", "big");

        AssertOneLineError(exit, stderr, "--size");
    }

    private static void AssertOneLineError(int exit, string stderr, string mention)
    {
        Assert.That(exit, Is.EqualTo(2), stderr);
        Assert.That(stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1), stderr);
        Assert.That(stderr, Does.Contain(mention));
        Assert.That(stderr, Does.Not.Contain("   at "));
    }

    // With VIEWER_TEST_OUTPUT set, keeps the screenshot and the tour folder for a person to look at.
    private static void SaveForInspection(string png, string tourFolder)
    {
        var folder = Environment.GetEnvironmentVariable("VIEWER_TEST_OUTPUT");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        File.Copy(png, Path.Combine(folder, "exe_" + Path.GetFileName(png)), overwrite: true);
        foreach (var file in Directory.GetFiles(tourFolder, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(folder, "tour", Path.GetRelativePath(tourFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy, overwrite: true);
        }
    }
}
