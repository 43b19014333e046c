using System.Text;
using Exhibition.Bundle.Format;
using Exhibition.Bundle.Model;
using Exhibition.Bundle.Tests.Support;

namespace Exhibition.Bundle.Tests.Format;

public sealed class BundleReaderTests
{
    private TempDirectory _temp = null!;

    [SetUp]
    public void SetUp() => _temp = new TempDirectory();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    [Test]
    public void OpenEntry_streams_the_content_and_reports_its_length()
    {
        // Given
        var entries = SampleEntries.Make();
        using var reader = BundleReader.Open(BundleFactory.Write(_temp.File("a.exhibit"), entries));

        // When
        using var stream = reader.OpenEntry("media/item-01.bin");
        using var copy = new MemoryStream();
        stream.CopyTo(copy, 7);

        // Then
        Assert.That(copy.ToArray(), Is.EqualTo(entries["media/item-01.bin"]));
        Assert.That(stream.Length, Is.EqualTo(entries["media/item-01.bin"].Length));
    }

    [Test]
    public void GetRange_points_at_the_entry_bytes_in_the_file()
    {
        // Given
        var entries = SampleEntries.Make();
        var path = BundleFactory.Write(_temp.File("a.exhibit"), entries);
        using var reader = BundleReader.Open(path);
        var file = File.ReadAllBytes(path);

        // When
        var range = reader.GetRange("media/item-03.bin");

        // Then
        Assert.That(file.AsSpan((int)range.Offset, (int)range.Length).ToArray(), Is.EqualTo(entries["media/item-03.bin"]));
    }

    [Test]
    public void Contains_tells_present_from_absent_entries()
    {
        // Given
        using var reader = BundleReader.Open(BundleFactory.Write(_temp.File("a.exhibit"), SampleEntries.Make()));

        // When / Then
        Assert.That(reader.Contains("empty.txt"), Is.True);
        Assert.That(reader.Contains("manifest.json"), Is.True);
        Assert.That(reader.Contains("nope.txt"), Is.False);
        Assert.That(() => reader.ReadEntry("nope.txt"), Throws.TypeOf<BundleException>()
            .With.Property(nameof(BundleException.Code)).EqualTo(BundleErrorCode.MissingEntry).And.Message.Contains("nope.txt"));
    }

    [Test]
    public void FilePath_is_the_full_path_of_the_bundle()
    {
        // Given
        var path = BundleFactory.Write(_temp.File("a.exhibit"), SampleEntries.Make());

        // When
        using var reader = BundleReader.Open(path);

        // Then
        Assert.That(reader.FilePath, Is.EqualTo(Path.GetFullPath(path)));
        Assert.That(reader.Signer, Is.Null);
    }

    [Test]
    public void Many_threads_can_read_entries_at_once()
    {
        // Given
        var entries = SampleEntries.Make(count: 40, maxSize: 20000);
        using var reader = BundleReader.Open(BundleFactory.Write(_temp.File("a.exhibit"), entries));
        var names = entries.Keys.ToArray();
        var failures = 0;

        // When
        Parallel.For(0, 2000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var name = names[i % names.Length];
            var bytes = i % 2 == 0 ? reader.ReadEntry(name) : ReadAll(reader.OpenEntry(name));
            if (!bytes.AsSpan().SequenceEqual(entries[name]))
                Interlocked.Increment(ref failures);
        });

        // Then
        Assert.That(failures, Is.Zero);
    }

    [Test]
    public void Deflated_entries_are_read_and_hash_checked()
    {
        // Given
        var content = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("technicians ", 500)));
        var path = _temp.File("deflate.exhibit");
        File.WriteAllBytes(path, RawZip.Bundle([new RawZip.Entry("text.txt", content, Deflate: true)]));

        // When
        using var reader = BundleReader.Open(path);

        // Then
        Assert.That(reader.ReadEntry("text.txt"), Is.EqualTo(content));
        Assert.That(ReadAll(reader.OpenEntry("text.txt")), Is.EqualTo(content));
        Assert.That(() => reader.GetRange("text.txt"), Throws.TypeOf<BundleException>()
            .With.Property(nameof(BundleException.Code)).EqualTo(BundleErrorCode.UnsupportedEntry).And.Message.Contains("text.txt"));
    }

    [Test]
    public void ReadTour_returns_the_tour_that_was_written()
    {
        // Given
        var tour = SampleTour.Make();
        var entries = new Dictionary<string, byte[]> { [TourJson.EntryPath] = TourJson.Serialize(tour) };
        using var reader = BundleReader.Open(BundleFactory.Write(_temp.File("a.exhibit"), entries));

        // When
        var read = reader.ReadTour();

        // Then
        Assert.That(TourJson.Serialize(read), Is.EqualTo(TourJson.Serialize(tour)));
        Assert.That(read.Scenes[0].Panorama!.Extent, Is.EqualTo(tour.Scenes[0].Panorama!.Extent));
    }

    private static byte[] ReadAll(Stream stream)
    {
        using (stream)
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}
