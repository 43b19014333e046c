using Exhibition.Bundle.Model;
using ExhibitionViewer.Rendering;
using ExhibitionViewer.Tests.Support;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Tests.App;

/// <summary>
/// The kiosk build as scripts/publish.sh makes it: one program compiled to native code, which needs no .NET on the
/// kiosk. ./test.sh publishes it once and runs every end-to-end test against it.
/// </summary>
[NonParallelizable]
public sealed class PublishedViewerTests
{
    // As in the synthetic pixel tests: two resamplings and JPEG q90 against a direct projection blur grid lines by about a pixel.
    private const double Tolerance = 4.0;

    private TempDirectory temp = null!;
    private string viewer = null!;

    [OneTimeSetUp]
    public void Publish()
    {
        temp = new TempDirectory();
        viewer = PublishedKiosk.Viewer;
    }

    [OneTimeTearDown]
    public void Delete() => temp.Dispose();

    [Test]
    public void The_kiosk_build_is_one_native_program_beside_its_two_native_libraries()
    {
        var files = Directory.GetFiles(Path.GetDirectoryName(viewer)!).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.That(files, Is.EqualTo(new[] { "ExhibitionViewer", "libSkiaSharp.so", "libsodium.so" }));
        Assert.That(File.ReadAllBytes(viewer)[..4], Is.EqualTo("\u007fELF"u8.ToArray()), "an ELF executable, not a .NET assembly");
    }

    [Test]
    public void It_renders_a_view_with_nothing_on_the_path()
    {
        // Given a tour folder and a PATH with nothing on it (no dotnet, no ffmpeg)
        var equirect = new EquirectImage(SyntheticEquirect.Create(2048));
        var folder = Path.Combine(temp.Path, "tour");
        TourFolder.Write(folder, CubePyramidGenerator.Create(equirect, faceSize: 1100, previewFaceSize: 128), new ViewAngles(0, 0, 90));
        var emptyPath = Directory.CreateDirectory(Path.Combine(temp.Path, "empty-path")).FullName;
        var data = Path.Combine(temp.Path, "data");
        var shot = Path.Combine(temp.Path, "shot.png");

        // When the native viewer takes a screenshot
        var start = ViewerProcess.StartInfo([folder, "--screenshot", shot, "--size", "640x360", "--yaw", "40", "--pitch", "-10", "--hfov", "80"],
            emptyPath, viewer);
        start.Environment["EXHIBITION_DATA_DIR"] = data;
        var (exit, stdout, stderr) = ViewerProcess.RunToExit(start, TimeSpan.FromSeconds(60));

        // Then it matches a CPU projection of that view, and it logged as the .NET build does
        Assert.That(exit, Is.EqualTo(0), stderr + stdout);
        var error = ImageCompare.MeanAbsoluteError(ImageDecoder.Decode(File.ReadAllBytes(shot)),
            equirect.RenderView(new ViewProjection(new ViewAngles(40, -10, 80), 640, 360)));
        TestContext.Out.WriteLine($"MAE {error}");
        Assert.That(Math.Max(error.R, Math.Max(error.G, error.B)), Is.LessThan(Tolerance));
        Assert.That(Directory.GetFiles(Path.Combine(data, "logs"), "viewer-*.clef"), Is.Not.Empty);
    }
}
