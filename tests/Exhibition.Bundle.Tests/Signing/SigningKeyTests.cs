using System.Text;
using Exhibition.Bundle.Signing;
using Exhibition.Bundle.Tests.Support;

namespace Exhibition.Bundle.Tests.Signing;

public sealed class SigningKeyTests
{
    private TempDirectory _temp = null!;

    [SetUp]
    public void SetUp() => _temp = new TempDirectory();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    [Test]
    public void A_saved_key_loads_back_and_makes_signatures_its_public_key_verifies()
    {
        // Given
        using var key = SigningKey.Generate();
        key.Save(_temp.File("k.key"), _temp.File("k.pub"));

        // When
        using var loaded = SigningKey.Load(_temp.File("k.key"));
        var publicKey = PublicKey.Load(_temp.File("k.pub"));
        var data = Encoding.UTF8.GetBytes("manifest bytes");
        var signature = loaded.Sign(data);

        // Then
        Assert.That(loaded.PublicKey, Is.EqualTo(key.PublicKey));
        Assert.That(publicKey, Is.EqualTo(key.PublicKey));
        Assert.That(publicKey.Verify(data, signature), Is.True);
        Assert.That(publicKey.Verify(Encoding.UTF8.GetBytes("other bytes"), signature), Is.False);
        Assert.That(File.ReadAllLines(_temp.File("k.key"))[0], Is.EqualTo("exhibition-signing-key ed25519"));
        Assert.That(File.ReadAllLines(_temp.File("k.pub"))[0], Is.EqualTo("exhibition-public-key ed25519"));
    }

    [Test]
    [Platform(Exclude = "Win")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void The_private_key_file_is_readable_by_its_owner_only()
    {
        // Given
        using var key = SigningKey.Generate();
        File.WriteAllText(_temp.File("k.key"), "old");
        File.SetUnixFileMode(_temp.File("k.key"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);

        // When
        key.Save(_temp.File("k.key"), _temp.File("k.pub"));
        key.Save(_temp.File("new.key"), _temp.File("new.pub"));

        // Then
        Assert.That(File.GetUnixFileMode(_temp.File("k.key")), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        Assert.That(File.GetUnixFileMode(_temp.File("new.key")), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    [Test]
    public void Loading_a_public_key_file_as_a_private_key_says_what_was_expected()
    {
        // Given
        using var key = SigningKey.Generate();
        key.Save(_temp.File("k.key"), _temp.File("k.pub"));

        // When
        var error = Assert.Throws<InvalidDataException>(() => SigningKey.Load(_temp.File("k.pub")))!;

        // Then
        Assert.That(error.Message, Does.Contain("k.pub").And.Contain("exhibition-signing-key ed25519"));
    }

    [TestCase("exhibition-public-key ed25519\nAAAA\n")]
    [TestCase("exhibition-signing-key ed25519\n")]
    [TestCase("hello")]
    public void Loading_a_file_that_is_not_a_public_key_says_what_was_expected(string text)
    {
        File.WriteAllText(_temp.File("bad.pub"), text);
        var error = Assert.Throws<InvalidDataException>(() => PublicKey.Load(_temp.File("bad.pub")))!;
        Assert.That(error.Message, Does.Contain("bad.pub").And.Contain("exhibition-public-key ed25519"));
    }
}
