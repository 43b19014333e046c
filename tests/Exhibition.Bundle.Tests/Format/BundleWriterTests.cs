using System.Text;
using Exhibition.Bundle.Format;
using Exhibition.Bundle.Tests.Support;

namespace Exhibition.Bundle.Tests.Format;

public sealed class BundleWriterTests
{
    private TempDirectory _temp = null!;

    [SetUp]
    public void SetUp() => _temp = new TempDirectory();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    [Test]
    public void Written_entries_read_back_identical()
    {
        // Given
        var entries = SampleEntries.Make();
        var path = BundleFactory.Write(_temp.File("a.exhibit"), entries);

        // When
        using var reader = BundleReader.Open(path);

        // Then
        Assert.That(reader.Manifest.Entries.Select(e => e.Path), Is.EqualTo(entries.Keys));
        foreach (var (name, bytes) in entries)
            Assert.That(reader.ReadEntry(name), Is.EqualTo(bytes), name);
        Assert.That(reader.Manifest.Id, Is.EqualTo(BundleFactory.Id));
        Assert.That(reader.Manifest.Version, Is.EqualTo(BundleFactory.Version));
    }

    [Test]
    public void The_same_entries_give_identical_bytes_whatever_the_order_they_were_added_in()
    {
        // Given
        var entries = SampleEntries.Make(seed: 7);
        var first = _temp.File("first.exhibit");
        var second = _temp.File("second.exhibit");
        BundleFactory.Write(first, entries);

        // When
        using (var writer = new BundleWriter(second))
        {
            foreach (var (name, bytes) in entries.Reverse())
                writer.AddEntry(name, bytes);
            writer.Commit(BundleFactory.Id, BundleFactory.Version);
        }

        // Then
        Assert.That(File.ReadAllBytes(second), Is.EqualTo(File.ReadAllBytes(first)));
    }

    [Test]
    public void A_file_entry_gives_the_same_bytes_as_the_same_content_from_memory()
    {
        // Given
        var content = Encoding.UTF8.GetBytes(new string('x', 5000));
        var source = _temp.File("source.bin");
        File.WriteAllBytes(source, content);

        // When
        BundleFactory.Write(_temp.File("memory.exhibit"), new Dictionary<string, byte[]> { ["a/b.bin"] = content });
        using (var writer = new BundleWriter(_temp.File("file.exhibit")))
        {
            writer.AddFile("a/b.bin", source);
            writer.Commit(BundleFactory.Id, BundleFactory.Version);
        }

        // Then
        Assert.That(File.ReadAllBytes(_temp.File("file.exhibit")), Is.EqualTo(File.ReadAllBytes(_temp.File("memory.exhibit"))));
    }

    [Test]
    public void The_manifest_is_sorted_camel_case_json_with_lower_case_hashes_and_lists_no_reserved_entry()
    {
        // Given
        var path = BundleFactory.Write(_temp.File("a.exhibit"), SampleEntries.Make(), TestKeys.Trusted);

        // When
        using var reader = BundleReader.Open(path);
        var json = Encoding.UTF8.GetString(reader.ReadEntry(BundleManifest.EntryPath));

        // Then
        Assert.That(json, Does.StartWith("{\n  \"format\": 1,\n  \"id\": \"sample-exhibition\",\n  \"version\": \"1.0.0\",\n  \"entries\": [\n"));
        Assert.That(json, Does.Contain("\"sha256\": \"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\""), "empty.txt's hash");
        Assert.That(json, Does.Not.Contain("manifest.json").And.Not.Contain("signature.json"));
        Assert.That(reader.Manifest.Entries.Select(e => e.Path), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
    }

    [Test]
    public void An_external_unzip_tool_lists_and_tests_every_entry()
    {
        // Given
        var entries = SampleEntries.Make();
        var path = BundleFactory.Write(_temp.File("a.exhibit"), entries, TestKeys.Trusted);

        // When
        var result = ExternalZipTool.Test(path);

        // Then
        Assert.That(result.ExitCode, Is.Zero, result.Output);
        foreach (var name in entries.Keys.Append("manifest.json").Append("signature.json"))
            Assert.That(result.Output, Does.Contain(name));
    }

    [Test]
    public void Entries_are_stored_with_the_fixed_1980_timestamp()
    {
        // Given
        var path = BundleFactory.Write(_temp.File("a.exhibit"), SampleEntries.Make());

        // When
        var result = ExternalZipTool.PythonList(path);

        // Then
        Assert.That(result.ExitCode, Is.Zero, result.Output);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(SampleEntries.Make().Count + 1));
        Assert.That(lines, Has.All.EndsWith(" 0 (1980, 1, 1, 0, 0, 0)"), "method 0 (stored), 1980-01-01");
    }

    [Test]
    public void A_zip64_bundle_round_trips_and_external_tools_accept_it()
    {
        // Given
        var entries = SampleEntries.Make(seed: 3);
        var path = BundleFactory.Write(_temp.File("z64.exhibit"), entries, forceZip64: true);

        // When
        var external = ExternalZipTool.PythonList(path);
        using var reader = BundleReader.Open(path);

        // Then
        Assert.That(external.ExitCode, Is.Zero, external.Output);
        Assert.That(File.ReadAllBytes(path).AsSpan().IndexOf(new byte[] { 0x50, 0x4b, 0x06, 0x06 }), Is.GreaterThan(0), "has a ZIP64 end record");
        foreach (var (name, bytes) in entries)
            Assert.That(reader.ReadEntry(name), Is.EqualTo(bytes), name);
        Assert.That(ExternalZipTool.Test(path).ExitCode, Is.Zero);
    }
}
