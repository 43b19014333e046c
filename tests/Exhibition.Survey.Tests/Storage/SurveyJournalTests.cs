using System.Text;
using Exhibition.Survey.Storage;
using Exhibition.Survey.Tests.Support;

namespace Exhibition.Survey.Tests.Storage;

public sealed class SurveyJournalTests
{
    [Test]
    public void Records_read_back_in_order_and_a_torn_last_record_is_dropped()
    {
        // Given a journal with three records appended
        using var temp = new TempDirectory();
        var (journal, _) = Open(temp.Path);
        using (journal)
        {
            foreach (var text in new[] { "one", "two", "three" }) Assert.That(journal.TryAppend(Encoding.UTF8.GetBytes(text)), Is.True);
        }

        // When the last record's final byte is lost, as an append cut short would leave it
        var path = Path.Combine(temp.Path, SurveyJournal.FileName);
        var bytes = File.ReadAllBytes(path);
        var lastByte = Encoding.UTF8.GetBytes("onetwothree").Length + 3 * 20 + 4096 - 1;
        bytes[lastByte] = 0;
        File.WriteAllBytes(path, bytes);

        // Then the journal reads back the first two, in order
        var (reopened, records) = Open(temp.Path);
        using (reopened) Assert.That(records.Select(Encoding.UTF8.GetString), Is.EqualTo(new[] { "one", "two" }));
    }

    [Test]
    public void A_reset_journal_reads_back_empty_though_the_old_bytes_are_still_there()
    {
        using var temp = new TempDirectory();
        var (journal, _) = Open(temp.Path);
        using (journal)
        {
            journal.TryAppend("old"u8);
            journal.Reset();
            Assert.That(journal.IsEmpty, Is.True);
        }

        var (reopened, records) = Open(temp.Path);
        using (reopened) Assert.That(records, Is.Empty);
        Assert.That(File.ReadAllText(Path.Combine(temp.Path, SurveyJournal.FileName)), Does.Contain("old"), "the reset wrote only the header");
    }

    [Test]
    public void A_full_journal_refuses_a_record_and_keeps_its_size()
    {
        using var temp = new TempDirectory();
        var (journal, _) = SurveyJournal.Open(temp.Path, capacity: 8192);
        using (journal)
        {
            Assert.That(journal.TryAppend(new byte[3000]), Is.True);
            Assert.That(journal.TryAppend(new byte[3000]), Is.False);
        }

        Assert.That(new FileInfo(Path.Combine(temp.Path, SurveyJournal.FileName)).Length, Is.EqualTo(8192));
    }

    [Test]
    public void Responses_held_only_in_the_journal_are_stored_when_the_store_opens()
    {
        // Given the journal of a store that acknowledged three responses, beside a store that never saw them
        using var temp = new TempDirectory();
        var responses = Enumerable.Range(0, 3).Select(i => Responses.Varied("kiosk", i)).ToList();
        using (var store = SurveyStore.Open(temp.Sub("kiosk")))
        {
            responses.ForEach(store.Store);
            File.Copy(Path.Combine(temp.Sub("kiosk"), SurveyJournal.FileName), temp.Sub("journal.bin"));
        }

        using (SurveyStore.Open(temp.Sub("other"))) { }
        File.Copy(temp.Sub("journal.bin"), Path.Combine(temp.Sub("other"), SurveyJournal.FileName), overwrite: true);

        // When that store opens
        using var other = SurveyStore.Open(temp.Sub("other"));

        // Then it holds the three, pending, and its journal has been emptied into it
        Assert.That(other.Ids(), Is.EquivalentTo(responses.Select(r => r.Id)));
        Assert.That(other.Stats(), Is.EqualTo(new SurveyStats(3, 0, 0)));
        Assert.That(other.Find(responses[1].Id)!.Answers, Is.EquivalentTo(responses[1].Answers));
    }

    private static (SurveyJournal Journal, List<byte[]> Records) Open(string folder) => SurveyJournal.Open(folder);
}
