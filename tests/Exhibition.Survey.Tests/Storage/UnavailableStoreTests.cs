using Exhibition.Survey.Storage;
using Exhibition.Survey.Tests.Support;

namespace Exhibition.Survey.Tests.Storage;

public sealed class UnavailableStoreTests
{
    [Test]
    public void A_full_disk_makes_the_survey_unavailable_without_damaging_stored_answers()
    {
        // Given a store on a 1 MB disk with 10 responses, then the disk filled up
        using var temp = new TempDirectory();
        using var disk = new RamDisk(temp.Sub("disk"), "1M");
        var data = Path.Combine(disk.Path, "data");
        var stored = new List<Guid>();
        using var store = SurveyStore.Open(data);
        for (var i = 0; i < 10; i++)
        {
            var response = Answers.Response(store.KioskId);
            store.Store(response);
            stored.Add(response.Id);
        }

        var filler = disk.Fill();

        // When the kiosk tries to store more
        var failures = Enumerable.Range(0, 3).Select(_ => Catch(() => store.Store(Answers.Response(store.KioskId)))).ToList();

        // Then each attempt says "unavailable", and once space is freed the store works again with nothing lost
        Assert.That(failures, Is.All.TypeOf<SurveyStoreUnavailableException>());
        Assert.That(failures[0]!.Message, Does.Contain("unavailable"));
        File.Delete(filler);
        var later = Answers.Response(store.KioskId);
        store.Store(later);
        Assert.That(store.All().Select(r => r.Id), Is.EquivalentTo(stored.Append(later.Id)));
    }

    // Linux refuses to remount a file system read-only while a file on it is open for writing, so the medium turns
    // read-only between two runs of the kiosk; a medium failing under an open store takes the full-disk path above.
    [Test]
    public void A_read_only_medium_makes_the_survey_unavailable_and_keeps_what_was_stored()
    {
        // Given a store with 5 responses whose medium then becomes read-only
        using var temp = new TempDirectory();
        using var disk = new RamDisk(temp.Sub("disk"), "4M");
        var data = Path.Combine(disk.Path, "data");
        var stored = new List<Guid>();
        using (var store = SurveyStore.Open(data))
        {
            for (var i = 0; i < 5; i++)
            {
                var response = Answers.Response(store.KioskId);
                store.Store(response);
                stored.Add(response.Id);
            }
        }

        disk.RemountReadOnly();

        // When the kiosk opens the store
        var failure = Catch(() => SurveyStore.Open(data).Dispose());

        // Then it is told the survey is unavailable, and the medium made writable again holds everything
        Assert.That(failure, Is.TypeOf<SurveyStoreUnavailableException>());
        Assert.That(failure!.Message, Does.Contain("unavailable"));
        disk.RemountWritable();
        using var reopened = SurveyStore.Open(data);
        Assert.That(reopened.All().Select(r => r.Id), Is.EquivalentTo(stored));
    }

    private static Exception? Catch(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
