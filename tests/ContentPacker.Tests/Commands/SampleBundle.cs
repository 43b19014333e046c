using ContentPacker.Tests.Support;

namespace ContentPacker.Tests.Commands;

/// <summary>The sample exhibition, generated and packed once for all command tests, through the real command line.</summary>
[SetUpFixture]
public sealed class SampleBundle
{
    private static TempFolder? _folder;

    public static string AuthoringFolder => Path.Combine(Root, "sample");

    public static string Bundle => Path.Combine(Root, "sample.exhibit");

    public static string KeyBase => Path.Combine(Root, "team");

    public static string Root => _folder?.Path ?? throw new InvalidOperationException("SampleBundle set-up has not run");

    [OneTimeSetUp]
    public void MakeSample()
    {
        _folder = new TempFolder();
        Expect(PackerProcess.Run("sample", AuthoringFolder));
        Expect(PackerProcess.Run("keygen", "-o", KeyBase));
        Expect(PackerProcess.Run("build", AuthoringFolder, "-o", Bundle, "--sign", KeyBase + ".key"));
    }

    [OneTimeTearDown]
    public void Remove() => _folder?.Dispose();

    private static void Expect(PackerProcess.Result result) =>
        Assert.That(result.ExitCode, Is.Zero, result.All);
}
