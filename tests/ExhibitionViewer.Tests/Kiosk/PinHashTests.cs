using ExhibitionViewer.KioskMode;
using ExhibitionViewer.Tests.Support;

namespace ExhibitionViewer.Tests.Kiosk;

public sealed class PinHashTests
{
    [Test]
    public void The_right_PIN_verifies_and_a_wrong_one_does_not()
    {
        var hash = PinHash.Create("482916");

        Assert.That(hash.Verify("482916"), Is.True);
        Assert.That(hash.Verify("482917"), Is.False);
        Assert.That(hash.Verify(""), Is.False);
        Assert.That(hash.Iterations, Is.GreaterThanOrEqualTo(200_000));
    }

    [Test]
    public void Two_hashes_of_one_PIN_differ_because_each_has_its_own_salt()
    {
        var a = PinHash.Create("1234");
        var b = PinHash.Create("1234");

        Assert.That(a.Salt, Is.Not.EqualTo(b.Salt));
        Assert.That(a.Hash, Is.Not.EqualTo(b.Hash));
    }

    [Test]
    public void The_saved_configuration_never_holds_the_PIN_in_clear()
    {
        using var temp = new TempDirectory();
        new KioskConfig { AdminPin = PinHash.Create("90210573") }.Save(temp.Path);

        var text = File.ReadAllText(KioskConfig.PathIn(temp.Path));
        var loaded = KioskConfig.Load(temp.Path);

        Assert.That(text, Does.Not.Contain("90210573"));
        Assert.That(text, Does.Contain("pbkdf2-sha256"));
        Assert.That(loaded.AdminPin!.Verify("90210573"), Is.True);
        if (!OperatingSystem.IsWindows())
        {
            Assert.That(File.GetUnixFileMode(KioskConfig.PathIn(temp.Path)), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        }
    }

    [TestCase("123")]
    [TestCase("12a4")]
    [TestCase("1234567890123")]
    public void A_PIN_that_is_not_4_to_12_digits_is_refused(string pin)
    {
        Assert.That(PinHash.IsValidPin(pin), Is.False);
        Assert.That(() => PinHash.Create(pin), Throws.ArgumentException);
    }

    [Test]
    public void A_hash_with_a_tampered_algorithm_never_verifies()
    {
        var hash = PinHash.Create("1234") with { Algorithm = "none" };

        Assert.That(hash.Verify("1234"), Is.False);
    }
}
