using ContentPacker.Sample;
using ContentPacker.Tests.Sample.Support;

namespace ContentPacker.Tests.Sample;

/// <summary>The sample is generated once (it takes seconds), then each test reads the folder.</summary>
[TestFixture]
public sealed partial class SampleExhibitionTests
{
    private string _root = string.Empty;
    private string _folder = string.Empty;
    private Dictionary<object, object> _yaml = [];
    private readonly List<string> _progress = [];

    [OneTimeSetUp]
    public void Generate_the_sample_once()
    {
        _root = Path.Combine(Path.GetTempPath(), $"sample-tests-{Guid.NewGuid():N}");
        _folder = Path.Combine(_root, "sample");
        SampleExhibition.Write(_folder, new ListProgress(_progress));
        _yaml = YamlTree.Parse(File.ReadAllText(Path.Combine(_folder, "exhibition.yaml")));
    }

    [OneTimeTearDown]
    public void Delete_the_sample() => Directory.Delete(_root, recursive: true);

    private string PathOf(string relative) => Path.Combine(_folder, relative);

    private IEnumerable<Dictionary<object, object>> Scenes() => YamlTree.List(_yaml["scenes"]).Select(YamlTree.Map);

    private IEnumerable<Dictionary<object, object>> Hotspots() =>
        Scenes().Where(s => s.ContainsKey("hotspots")).SelectMany(s => YamlTree.List(s["hotspots"]).Select(YamlTree.Map));

    private sealed class ListProgress(List<string> messages) : IProgress<string>
    {
        public void Report(string value)
        {
            lock (messages)
            {
                messages.Add(value);
            }
        }
    }
}
