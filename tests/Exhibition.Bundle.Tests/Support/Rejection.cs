using Exhibition.Bundle.Format;

namespace Exhibition.Bundle.Tests.Support;

/// <summary>Writes crafted bytes to a file and asserts the reader rejects them with a code and a message naming file and entry.</summary>
public static class Rejection
{
    public static BundleException Expect(TempDirectory temp, byte[] bytes, BundleErrorCode code, string? entry, Action<BundleReader>? use = null)
    {
        var path = temp.File("crafted.exhibit");
        File.WriteAllBytes(path, bytes);
        var error = Assert.Throws<BundleException>(() =>
        {
            using var reader = BundleReader.Open(path);
            use?.Invoke(reader);
        })!;
        Assert.That(error.Code, Is.EqualTo(code), error.Message);
        Assert.That(error.Message, Does.Contain("crafted.exhibit"));
        if (entry is not null)
        {
            Assert.That(error.Message, Does.Contain($"'{entry}'"));
            Assert.That(error.Entry, Is.EqualTo(entry));
        }
        return error;
    }
}
