using ContentPacker.Tests.Sample.Support;

namespace ContentPacker.Tests.Sample;

public sealed partial class SampleExhibitionTests
{
    private static readonly string[] MediaExtensions = [".jpg", ".mp4", ".vtt", ".md"];

    [Test]
    public void The_yaml_names_the_exhibition_and_its_languages()
    {
        Assert.That(YamlTree.Scalar(_yaml["id"]), Is.EqualTo("technicians-gallery"));
        Assert.That(YamlTree.List(_yaml["languages"]), Is.EqualTo(new[] { "en", "cy" }));
        Assert.That(YamlTree.Scalar(_yaml["version"]), Is.EqualTo("1.0.0"));
    }

    [Test]
    public void Every_file_the_yaml_names_exists_inside_the_folder()
    {
        var named = YamlTree.AllScalars(_yaml).Select(p => p.Value)
            .Where(v => MediaExtensions.Any(e => v.EndsWith(e, StringComparison.Ordinal))).ToList();

        Assert.That(named, Has.Count.GreaterThanOrEqualTo(4 + 6 + 3 + 18));
        Assert.That(named, Has.None.Contain("..").And.None.StartsWith("/").And.None.Contain("\\"));
        Assert.That(named.Where(n => !File.Exists(PathOf(n))), Is.Empty);
    }

    [Test]
    public void Every_id_is_lower_case_letters_digits_and_dashes()
    {
        var ids = YamlTree.AllMaps(_yaml).Where(m => m.ContainsKey("id")).Select(m => YamlTree.Scalar(m["id"])).ToList();

        Assert.That(ids, Has.Count.GreaterThan(30));
        Assert.That(ids, Has.All.Matches("^[a-z0-9-]+$"));
    }

    [Test]
    public void Keys_are_snake_case()
    {
        var keys = YamlTree.AllMaps(_yaml).SelectMany(m => m.Keys.Cast<string>()).Distinct().ToList();

        Assert.That(keys, Has.All.Matches("^[a-z][a-z0-9_]*$"));
    }

    [Test]
    public void Progress_is_reported_step_by_step()
    {
        Assert.That(_progress, Has.Count.GreaterThanOrEqualTo(7));
        Assert.That(_progress[^1], Does.Contain("written"));
    }
}
