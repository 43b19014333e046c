using System.Security.Cryptography;
using Exhibition.Bundle.Signing;
using Exhibition.Bundle.Tests.Support;

namespace Exhibition.Bundle.Tests.Signing;

public sealed class PublicKeyTests
{
    [Test]
    public void Parse_of_Base64_gives_an_equal_key_with_an_equal_hash_code()
    {
        var key = TestKeys.Trusted.PublicKey;
        var parsed = PublicKey.Parse(key.Base64);
        Assert.That(parsed, Is.EqualTo(key));
        Assert.That(parsed.GetHashCode(), Is.EqualTo(key.GetHashCode()));
        Assert.That(parsed, Is.Not.EqualTo(TestKeys.Other.PublicKey));
    }

    [Test]
    public void The_fingerprint_is_the_first_16_hex_digits_of_the_sha256_of_the_key_bytes()
    {
        var key = TestKeys.Trusted.PublicKey;
        var expected = Convert.ToHexStringLower(SHA256.HashData(Convert.FromBase64String(key.Base64)))[..16];
        Assert.That(key.Fingerprint, Is.EqualTo(expected));
    }

    [TestCase("")]
    [TestCase("AAAA")]
    [TestCase("not base64!")]
    public void Parse_refuses_text_that_is_not_a_32_byte_key(string text)
    {
        Assert.That(() => PublicKey.Parse(text), Throws.InstanceOf<FormatException>());
    }

    [Test]
    public void A_signature_of_the_wrong_length_does_not_verify()
    {
        var data = new byte[] { 1, 2, 3 };
        var signature = TestKeys.Trusted.Sign(data);
        Assert.That(TestKeys.Trusted.PublicKey.Verify(data, signature), Is.True);
        Assert.That(TestKeys.Trusted.PublicKey.Verify(data, signature[..^1]), Is.False);
    }
}
