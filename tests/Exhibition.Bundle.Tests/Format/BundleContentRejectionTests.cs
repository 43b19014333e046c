using System.Text;
using Exhibition.Bundle.Format;
using Exhibition.Bundle.Model;
using Exhibition.Bundle.Tests.Support;

namespace Exhibition.Bundle.Tests.Format;

public sealed class BundleContentRejectionTests
{
    private static readonly RawZip.Entry A = new("a.txt", Encoding.UTF8.GetBytes("alpha"));
    private static readonly RawZip.Entry B = new("b.txt", Encoding.UTF8.GetBytes("bravo bravo"));
    private TempDirectory _temp = null!;

    [SetUp]
    public void SetUp() => _temp = new TempDirectory();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    [Test]
    public void A_bundle_without_a_manifest_is_rejected()
    {
        var zip = new ZipPatch(RawZip.Bundle([A])).Rename("manifest.json", "manifest.jsox");
        Rejection.Expect(_temp, zip.Bytes, BundleErrorCode.BadManifest, "manifest.json");
    }

    [TestCase("{ not json", "not valid JSON")]
    [TestCase("[]", "not a JSON object")]
    [TestCase("{\"format\":2,\"id\":\"x\",\"version\":\"1\",\"entries\":[]}", "format 2")]
    [TestCase("{\"format\":1,\"id\":\"\",\"version\":\"1\",\"entries\":[]}", "'id'")]
    [TestCase("{\"format\":1,\"id\":\"x\",\"version\":\"1\"}", "'entries'")]
    [TestCase("{\"format\":1,\"id\":\"x\",\"version\":\"1\",\"entries\":[{\"path\":\"a.txt\",\"size\":5,\"sha256\":\"ABC\"}]}", "sha256")]
    [TestCase("{\"format\":1,\"id\":\"x\",\"format\":1,\"version\":\"1\",\"entries\":[]}", "twice")]
    public void A_malformed_manifest_is_rejected(string json, string expected)
    {
        var bytes = RawZip.Build([A, new RawZip.Entry("manifest.json", Encoding.UTF8.GetBytes(json))]);
        var error = Rejection.Expect(_temp, bytes, BundleErrorCode.BadManifest, "manifest.json");
        Assert.That(error.Message, Does.Contain(expected));
    }

    [Test]
    public void An_entry_the_manifest_lists_but_the_bundle_lacks_is_rejected()
    {
        var bytes = RawZip.Bundle([A], RawZip.ManifestOf([A, B]));
        Rejection.Expect(_temp, bytes, BundleErrorCode.MissingEntry, "b.txt");
    }

    [Test]
    public void An_entry_the_manifest_does_not_list_is_rejected()
    {
        var bytes = RawZip.Bundle([A, B], RawZip.ManifestOf([A]));
        Rejection.Expect(_temp, bytes, BundleErrorCode.MissingEntry, "b.txt");
    }

    [Test]
    public void A_manifest_size_that_differs_from_the_zip_is_rejected()
    {
        var manifest = RawZip.ManifestOf([A, B]);
        var lying = manifest with { Entries = [manifest.Entries[0] with { Size = 4 }, manifest.Entries[1]] };
        Rejection.Expect(_temp, RawZip.Bundle([A, B], lying), BundleErrorCode.SizeMismatch, "a.txt");
    }

    [Test]
    public void A_changed_entry_fails_its_hash_check_on_read()
    {
        var zip = new ZipPatch(RawZip.Bundle([A, B]));
        zip.Bytes[zip.Data("b.txt")] ^= 0x20;
        Rejection.Expect(_temp, zip.Bytes, BundleErrorCode.HashMismatch, "b.txt", r => r.ReadEntry("b.txt"));
    }

    [Test]
    public void A_changed_entry_fails_its_hash_check_at_the_end_of_its_stream()
    {
        var zip = new ZipPatch(RawZip.Bundle([A, B]));
        zip.Bytes[zip.Data("b.txt") + 3] ^= 0x01;
        var chunks = 0;
        Rejection.Expect(_temp, zip.Bytes, BundleErrorCode.HashMismatch, "b.txt", r =>
        {
            using var stream = r.OpenEntry("b.txt");
            var buffer = new byte[4];
            while (stream.Read(buffer) > 0)
                chunks++;
        });
        Assert.That(chunks, Is.EqualTo(3), "every byte was delivered before the end-of-stream check");
    }

    [Test]
    public void A_changed_manifest_fails_its_crc_at_open()
    {
        var zip = new ZipPatch(RawZip.Bundle([A]));
        zip.Bytes[zip.Data("manifest.json") + 20] ^= 0x01;
        Rejection.Expect(_temp, zip.Bytes, BundleErrorCode.HashMismatch, "manifest.json");
    }

    [Test]
    public void A_deflated_entry_that_inflates_past_its_declared_size_is_rejected()
    {
        var content = new byte[100_000];
        var bomb = new RawZip.Entry("bomb.bin", content, Deflate: true, DeclaredSize: 1000);
        var manifest = RawZip.ManifestOf([bomb]);
        manifest = manifest with { Entries = [manifest.Entries[0] with { Size = 1000 }] };
        var bytes = RawZip.Bundle([bomb], manifest);
        Rejection.Expect(_temp, bytes, BundleErrorCode.SizeMismatch, "bomb.bin", r => r.ReadEntry("bomb.bin"));
        Rejection.Expect(_temp, bytes, BundleErrorCode.SizeMismatch, "bomb.bin", r => r.OpenEntry("bomb.bin").CopyTo(Stream.Null));
    }

    [Test]
    public void A_deflated_entry_declaring_more_than_deflate_can_produce_is_rejected_at_open()
    {
        var liar = new RawZip.Entry("liar.bin", new byte[10], Deflate: true, DeclaredSize: 50_000_000_000);
        var manifest = RawZip.ManifestOf([liar]);
        manifest = manifest with { Entries = [manifest.Entries[0] with { Size = 50_000_000_000 }] };
        Rejection.Expect(_temp, RawZip.Bundle([liar], manifest), BundleErrorCode.SizeMismatch, "liar.bin");
    }

    [Test]
    public void A_malformed_tour_is_a_bad_manifest()
    {
        var tour = new RawZip.Entry(TourJson.EntryPath, Encoding.UTF8.GetBytes("{\"id\": 3"));
        var error = Rejection.Expect(_temp, RawZip.Bundle([tour]), BundleErrorCode.BadManifest, TourJson.EntryPath, r => r.ReadTour());
        Assert.That(error.InnerException, Is.InstanceOf<System.Text.Json.JsonException>());
    }

    [Test]
    public void A_tour_missing_required_fields_is_a_bad_manifest()
    {
        var tour = new RawZip.Entry(TourJson.EntryPath, Encoding.UTF8.GetBytes("{\"id\": \"x\"}"));
        Rejection.Expect(_temp, RawZip.Bundle([tour]), BundleErrorCode.BadManifest, TourJson.EntryPath, r => r.ReadTour());
    }

    [Test]
    public void A_bundle_without_a_tour_is_a_bad_manifest_when_the_tour_is_read()
    {
        Rejection.Expect(_temp, RawZip.Bundle([A]), BundleErrorCode.BadManifest, TourJson.EntryPath, r => r.ReadTour());
    }
}
