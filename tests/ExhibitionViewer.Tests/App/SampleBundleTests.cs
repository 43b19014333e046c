using ExhibitionViewer.App;
using ExhibitionViewer.Tests.Support;

namespace ExhibitionViewer.Tests.App;

public sealed class SampleBundleTests
{
    [Test]
    public void The_sample_is_found_in_out_of_the_folder_holding_the_solution()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(Path.Combine(temp.Path, "Exhibition.sln"), "");
        Directory.CreateDirectory(Path.Combine(temp.Path, "out"));
        File.WriteAllText(Path.Combine(temp.Path, "out", "sample.exhibit"), "");
        var deep = Directory.CreateDirectory(Path.Combine(temp.Path, "src", "ExhibitionViewer", "bin")).FullName;

        Assert.That(SampleBundle.Locate(deep), Is.EqualTo(Path.Combine(temp.Path, "out", "sample.exhibit")));
    }

    [Test]
    public void A_missing_sample_says_to_run_the_run_script()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(Path.Combine(temp.Path, "Exhibition.sln"), "");

        var error = Assert.Throws<ViewerException>(() => SampleBundle.Locate(temp.Path));

        Assert.That(error!.Message, Does.Contain("./run.sh"));
        Assert.That(error.ExitCode, Is.EqualTo(ViewerException.BadInput));
    }
}
