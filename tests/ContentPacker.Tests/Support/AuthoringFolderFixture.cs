using ContentPacker.Authoring;
using ContentPacker.Media;

namespace ContentPacker.Tests.Support;

/// <summary>A temporary authoring folder: exhibition.yaml plus placeholder or real media. Deleted on dispose.</summary>
internal sealed partial class AuthoringFolderFixture : IDisposable
{
    private AuthoringFolderFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), "authoring-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Probe = new AuthoringFakeMediaProbe(Folder);
    }

    public string Folder { get; }

    public AuthoringFakeMediaProbe Probe { get; }

    /// <summary>An empty folder.</summary>
    public static AuthoringFolderFixture Empty() => new();

    /// <summary>The docs' example with placeholder media that the fake probe describes as valid.</summary>
    public static AuthoringFolderFixture Example(Func<string, string>? edit = null)
    {
        var fixture = new AuthoringFolderFixture();
        fixture.WriteYaml(edit is null ? AuthoringExample.Yaml : edit(AuthoringExample.Yaml));
        fixture.FakeImage("panoramas/entrance.jpg", 256, 128).FakeImage("panoramas/balcony.jpg", 250, 100);
        foreach (var face in AuthoringExample.CubeFaces)
        {
            fixture.FakeImage($"panoramas/workshop/{face}.jpg", 64, 64);
        }

        fixture.FakeImage("images/aerospace.jpg", 64, 48);
        fixture.WriteText("video/interview.mp4", "placeholder");
        fixture.Probe.Videos["video/interview.mp4"] = new VideoInfo(256, 128, 60, 25, "h264", "High", "yuv420p", "aac", true);
        fixture.WriteText("video/interview.en.vtt", "WEBVTT\n\n00:00.000 --> 00:02.000\nHello\n");
        fixture.WriteText("video/interview.cy.vtt", "WEBVTT\n\n00:00.000 --> 00:02.000\nHelo\n");
        fixture.WriteText("case-studies/aerospace.en.md", "# Priya\n\nPriya lays up carbon fibre. [More](https://example.org/priya)\n");
        fixture.WriteText("case-studies/aerospace.cy.md", "# Priya\n\nMae Priya yn gosod ffibr carbon.\n");
        return fixture;
    }

    public AuthoringFolderFixture WriteYaml(string yaml, string file = "exhibition.yaml") => WriteText(file, yaml);

    public AuthoringFolderFixture WriteText(string relative, string text) =>
        WriteBytes(relative, System.Text.Encoding.UTF8.GetBytes(text));

    public AuthoringFolderFixture WriteBytes(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    /// <summary>A placeholder file the fake probe reports as an image of the given size.</summary>
    public AuthoringFolderFixture FakeImage(string relative, int width, int height)
    {
        WriteText(relative, "placeholder");
        Probe.Images[relative] = new ImageInfo(width, height);
        return this;
    }

    public string PathOf(string relative) => Path.Combine(Folder, relative);

    public string ReadYaml(string file = "exhibition.yaml") => File.ReadAllText(PathOf(file));

    /// <summary>The 1-based line of exhibition.yaml holding <paramref name="fragment"/> (after <paramref name="after"/>, if given).</summary>
    public int Line(string fragment, string? after = null, string file = "exhibition.yaml") =>
        AuthoringAssert.LineOf(ReadYaml(file), fragment, after);

    /// <summary>Loads with the fake probes.</summary>
    public AuthoringResult Load() => AuthoringLoader.Load(Folder, Probe);

    /// <summary>Loads with the packer's real probes (ImageProbe, VideoProbe, WebVtt).</summary>
    public AuthoringResult LoadWithRealProbes() => AuthoringLoader.Load(Folder);

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
