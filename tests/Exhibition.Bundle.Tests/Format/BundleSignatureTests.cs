using System.Text;
using Exhibition.Bundle.Format;
using Exhibition.Bundle.Tests.Support;

namespace Exhibition.Bundle.Tests.Format;

public sealed class BundleSignatureTests
{
    private TempDirectory _temp = null!;

    [SetUp]
    public void SetUp() => _temp = new TempDirectory();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    [Test]
    public void A_good_signature_names_its_signer_and_satisfies_a_trust_list_holding_it()
    {
        // Given
        var path = BundleFactory.Write(_temp.File("a.exhibit"), SampleEntries.Make(), TestKeys.Trusted);

        // When
        using var reader = BundleReader.Open(path);

        // Then
        Assert.That(reader.Signer, Is.EqualTo(TestKeys.Trusted.PublicKey));
        Assert.That(() => reader.RequireSigner([TestKeys.Other.PublicKey, TestKeys.Trusted.PublicKey]), Throws.Nothing);
    }

    [Test]
    public void A_signature_by_an_untrusted_key_is_refused_when_a_signer_is_required()
    {
        // Given
        using var reader = BundleReader.Open(BundleFactory.Write(_temp.File("a.exhibit"), SampleEntries.Make(), TestKeys.Other));

        // When
        var error = Assert.Throws<BundleException>(() => reader.RequireSigner([TestKeys.Trusted.PublicKey]))!;

        // Then
        Assert.That(error.Code, Is.EqualTo(BundleErrorCode.UntrustedSigner));
        Assert.That(error.Message, Does.Contain(TestKeys.Other.PublicKey.Fingerprint).And.Contain("a.exhibit"));
    }

    [Test]
    public void An_unsigned_bundle_opens_but_is_refused_when_a_signer_is_required()
    {
        // Given
        using var reader = BundleReader.Open(BundleFactory.Write(_temp.File("a.exhibit"), SampleEntries.Make()));

        // When
        var error = Assert.Throws<BundleException>(() => reader.RequireSigner([TestKeys.Trusted.PublicKey]))!;

        // Then
        Assert.That(reader.Signer, Is.Null);
        Assert.That(error.Code, Is.EqualTo(BundleErrorCode.Unsigned));
    }

    [Test]
    public void A_manifest_changed_after_signing_fails_at_open()
    {
        // Given a signature made for one manifest, shipped with another
        var a = new RawZip.Entry("a.txt", Encoding.UTF8.GetBytes("alpha"));
        var signed = BundleFactory.Write(_temp.File("signed.exhibit"), new Dictionary<string, byte[]> { ["a.txt"] = a.Content }, TestKeys.Trusted);
        byte[] signature;
        using (var reader = BundleReader.Open(signed))
            signature = reader.ReadEntry("signature.json");
        var tampered = RawZip.ManifestOf([a]) with { Version = "9.9.9" };

        // When / Then
        var bytes = RawZip.Build([a, RawZip.ManifestEntryFor(tampered), new RawZip.Entry("signature.json", signature)]);
        var error = Rejection.Expect(_temp, bytes, BundleErrorCode.BadSignature, "signature.json");
        Assert.That(error.Message, Does.Contain(TestKeys.Trusted.PublicKey.Fingerprint));
    }

    [TestCase("not json")]
    [TestCase("{\"algorithm\":\"rsa\",\"publicKey\":\"AAAA\",\"signature\":\"AAAA\"}")]
    [TestCase("{\"algorithm\":\"ed25519\",\"publicKey\":\"%%%\",\"signature\":\"AAAA\"}")]
    [TestCase("{\"algorithm\":\"ed25519\",\"publicKey\":\"AAAA\",\"signature\":\"AAAA\"}")]
    public void A_malformed_signature_fails_at_open(string json)
    {
        var a = new RawZip.Entry("a.txt", Encoding.UTF8.GetBytes("alpha"));
        var bytes = RawZip.Build([a, RawZip.ManifestEntryFor(RawZip.ManifestOf([a])), new RawZip.Entry("signature.json", Encoding.UTF8.GetBytes(json))]);
        Rejection.Expect(_temp, bytes, BundleErrorCode.BadSignature, "signature.json");
    }
}
