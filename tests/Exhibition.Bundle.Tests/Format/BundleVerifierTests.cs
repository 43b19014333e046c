using Exhibition.Bundle.Format;
using Exhibition.Bundle.Tests.Support;

namespace Exhibition.Bundle.Tests.Format;

public sealed class BundleVerifierTests
{
    private TempDirectory _temp = null!;

    [SetUp]
    public void SetUp() => _temp = new TempDirectory();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    [Test]
    public void Verify_passes_a_good_signed_bundle_and_reports_progress_up_to_one()
    {
        // Given
        var path = BundleFactory.Write(_temp.File("a.exhibit"), SampleEntries.Make(count: 20), TestKeys.Trusted);
        var progress = new RecordingProgress();

        // When
        var manifest = BundleVerifier.Verify(path, [TestKeys.Trusted.PublicKey], progress);

        // Then
        Assert.That(manifest.Entries, Has.Count.EqualTo(22));
        Assert.That(progress.Values, Is.Ordered);
        Assert.That(progress.Values[0], Is.Zero);
        Assert.That(progress.Values[^1], Is.EqualTo(1.0));
        Assert.That(progress.Values, Has.Count.GreaterThan(2));
    }

    [Test]
    public void Verify_fails_when_an_entry_is_corrupted_and_names_it()
    {
        // Given
        var zip = new ZipPatch(BundleFactory.Bytes(_temp, SampleEntries.Make()));
        zip.Bytes[zip.Data("media/item-03.bin") + 5] ^= 0xFF;
        var path = _temp.File("crafted.exhibit");
        File.WriteAllBytes(path, zip.Bytes);

        // When
        var error = Assert.Throws<BundleException>(() => BundleVerifier.Verify(path))!;

        // Then
        Assert.That(error.Code, Is.EqualTo(BundleErrorCode.HashMismatch));
        Assert.That(error.Entry, Is.EqualTo("media/item-03.bin"));
        Assert.That(error.Message, Does.Contain("media/item-03.bin").And.Contain("crafted.exhibit"));
    }

    [Test]
    public void Verify_fails_when_a_local_header_disagrees_with_the_directory()
    {
        // Given
        var zip = new ZipPatch(BundleFactory.Bytes(_temp, SampleEntries.Make()));
        zip.Set32(zip.Local("media/item-01.bin") + ZipPatch.LocalCrc, 12345);

        // When / Then
        var error = Rejection.Expect(_temp, zip.Bytes, BundleErrorCode.HashMismatch, "media/item-01.bin", r => r.VerifyContents(null));
        Assert.That(error.Message, Does.Contain("CRC"));
    }

    [Test]
    public void Verify_with_a_trust_list_fails_an_unsigned_bundle()
    {
        var path = BundleFactory.Write(_temp.File("a.exhibit"), SampleEntries.Make());
        var error = Assert.Throws<BundleException>(() => BundleVerifier.Verify(path, [TestKeys.Trusted.PublicKey]))!;
        Assert.That(error.Code, Is.EqualTo(BundleErrorCode.Unsigned));
    }

    [Test]
    public void Verify_with_a_trust_list_fails_a_bundle_signed_by_another_key()
    {
        var path = BundleFactory.Write(_temp.File("a.exhibit"), SampleEntries.Make(), TestKeys.Other);
        var error = Assert.Throws<BundleException>(() => BundleVerifier.Verify(path, [TestKeys.Trusted.PublicKey]))!;
        Assert.That(error.Code, Is.EqualTo(BundleErrorCode.UntrustedSigner));
    }

    [Test]
    public void Verify_without_a_trust_list_accepts_an_unsigned_bundle()
    {
        var path = BundleFactory.Write(_temp.File("a.exhibit"), SampleEntries.Make());
        Assert.That(BundleVerifier.Verify(path).Id, Is.EqualTo(BundleFactory.Id));
    }
}
