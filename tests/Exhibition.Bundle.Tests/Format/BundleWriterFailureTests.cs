using Exhibition.Bundle.Format;
using Exhibition.Bundle.Tests.Support;

namespace Exhibition.Bundle.Tests.Format;

public sealed class BundleWriterFailureTests
{
    private TempDirectory _temp = null!;

    [SetUp]
    public void SetUp() => _temp = new TempDirectory();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    [TestCase("")]
    [TestCase("/abs.txt")]
    [TestCase("../up.txt")]
    [TestCase("a/../b.txt")]
    [TestCase("a/./b.txt")]
    [TestCase("a\\b.txt")]
    [TestCase("a//b.txt")]
    [TestCase("dir/")]
    [TestCase("C:/x.txt")]
    [TestCase("bell\u0007.txt")]
    [TestCase("manifest.json")]
    [TestCase("signature.json")]
    public void AddEntry_refuses_a_bad_or_reserved_path(string path)
    {
        // Given
        using var writer = new BundleWriter(_temp.File("a.exhibit"));

        // When / Then
        Assert.That(() => writer.AddEntry(path, new byte[] { 1 }), Throws.ArgumentException);
    }

    [Test]
    public void AddEntry_refuses_a_duplicate_path()
    {
        // Given
        using var writer = new BundleWriter(_temp.File("a.exhibit"));
        writer.AddEntry("a.txt", new byte[] { 1 });

        // When / Then
        Assert.That(() => writer.AddEntry("a.txt", new byte[] { 2 }), Throws.ArgumentException.With.Message.Contains("a.txt"));
    }

    [Test]
    public void Dispose_without_commit_leaves_nothing_behind()
    {
        // Given
        var writer = new BundleWriter(_temp.File("a.exhibit"));
        writer.AddEntry("a.txt", new byte[] { 1 });
        Assert.That(_temp.FileNames(), Has.Length.EqualTo(1), "the temporary file exists while writing");

        // When
        writer.Dispose();

        // Then
        Assert.That(_temp.FileNames(), Is.Empty);
    }

    [Test]
    public void A_failed_commit_leaves_neither_the_bundle_nor_the_temporary_file()
    {
        // Given a source file that disappears before the commit
        var source = _temp.File("source.bin");
        File.WriteAllBytes(source, new byte[100]);
        using var writer = new BundleWriter(_temp.File("a.exhibit"));
        writer.AddEntry("a.txt", new byte[] { 1 });
        writer.AddFile("b.bin", source);
        File.Delete(source);

        // When
        Assert.That(() => writer.Commit("id", "1"), Throws.InstanceOf<FileNotFoundException>());

        // Then
        Assert.That(_temp.FileNames(), Is.Empty);
    }

    [Test]
    public void A_failed_commit_keeps_the_previous_bundle_at_the_destination()
    {
        // Given
        var destination = _temp.File("a.exhibit");
        BundleFactory.Write(destination, SampleEntries.Make());
        var before = File.ReadAllBytes(destination);
        var source = _temp.File("source.bin");
        File.WriteAllBytes(source, new byte[10]);
        using var writer = new BundleWriter(destination);
        writer.AddFile("b.bin", source);
        File.Delete(source);

        // When
        Assert.That(() => writer.Commit("id", "1"), Throws.Exception);

        // Then
        Assert.That(File.ReadAllBytes(destination), Is.EqualTo(before));
        Assert.That(_temp.FileNames(), Is.EqualTo(new[] { "a.exhibit" }));
    }

    [Test]
    public void Commit_reports_progress_ending_at_one_and_leaves_only_the_bundle()
    {
        // Given
        var progress = new RecordingProgress();
        using var writer = new BundleWriter(_temp.File("a.exhibit"));
        foreach (var (name, bytes) in SampleEntries.Make())
            writer.AddEntry(name, bytes);

        // When
        writer.Commit("id", "1", progress: progress);

        // Then
        Assert.That(progress.Values, Is.Not.Empty.And.Ordered);
        Assert.That(progress.Values[^1], Is.EqualTo(1.0));
        Assert.That(_temp.FileNames(), Is.EqualTo(new[] { "a.exhibit" }));
        Assert.That(() => writer.AddEntry("late.txt", new byte[] { 1 }), Throws.InvalidOperationException);
    }
}
