using Exhibition.Survey.Storage;
using Exhibition.Survey.Tests.Support;

namespace Exhibition.Survey.Tests.Storage;

public sealed class KioskIdentityTests
{
    [Test]
    public void The_id_is_made_once_and_read_back_afterwards()
    {
        using var temp = new TempDirectory();

        var first = KioskIdentity.LoadOrCreate(temp.Path);
        var second = KioskIdentity.LoadOrCreate(temp.Path);

        Assert.That(first, Does.Match("^[0-9a-f]{32}$"));
        Assert.That(second, Is.EqualTo(first));
        Assert.That(File.ReadAllText(temp.Sub(KioskIdentity.FileName)).Trim(), Is.EqualTo(first));
    }

    [Test]
    public void Two_data_folders_get_different_random_ids()
    {
        using var temp = new TempDirectory();

        var a = KioskIdentity.LoadOrCreate(temp.Sub("a"));
        var b = KioskIdentity.LoadOrCreate(temp.Sub("b"));

        Assert.That(a, Is.Not.EqualTo(b));
    }

    [Test]
    public void A_damaged_id_file_is_replaced_with_a_new_id()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Sub(KioskIdentity.FileName), "not an id");

        var id = KioskIdentity.LoadOrCreate(temp.Path);

        Assert.That(id, Does.Match("^[0-9a-f]{32}$"));
        Assert.That(Directory.GetFiles(temp.Path), Has.Length.EqualTo(1), "no temporary file is left behind");
    }

    [Test]
    public void The_store_uses_the_kiosk_id_of_its_folder()
    {
        using var temp = new TempDirectory();
        var id = KioskIdentity.LoadOrCreate(temp.Path);

        using var store = SurveyStore.Open(temp.Path);

        Assert.That(store.KioskId, Is.EqualTo(id));
    }
}
