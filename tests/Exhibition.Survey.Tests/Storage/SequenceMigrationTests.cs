using Exhibition.Survey.Model;
using Exhibition.Survey.Storage;
using Exhibition.Survey.Tests.Support;
using LiteDB;

namespace Exhibition.Survey.Tests.Storage;

/// <summary>
/// Stores written before responses carried sequence numbers marked every exported response in its own document;
/// opening one numbers the responses and keeps each one's state.
/// </summary>
public sealed class SequenceMigrationTests
{
    [Test]
    public void A_store_in_the_old_format_opens_with_its_states_kept_and_exports_only_its_pending_responses()
    {
        // Given a store in the old format: 3 pending, 2 exported and 1 synced responses, no sequence numbers
        using var temp = new TempDirectory();
        string kiosk;
        using (var store = SurveyStore.Open(temp.Path)) kiosk = store.KioskId;
        var states = new[] { "pending", "exported", "pending", "synced", "exported", "pending" };
        var responses = states.Select((_, i) => Responses.Varied(kiosk, i)).ToList();
        WriteOldFormat(Path.Combine(temp.Path, SurveyStore.DatabaseFileName), responses, states);

        // When it is opened
        using var reopened = SurveyStore.Open(temp.Path);

        // Then each response keeps its state, and an export takes exactly the pending ones
        Assert.That(reopened.Stats(), Is.EqualTo(new SurveyStats(3, 2, 1)));
        Assert.That(responses.Select(r => reopened.Find(r.Id)!.State.ToString().ToLowerInvariant()), Is.EqualTo(states));
        var export = reopened.Export(temp.Sub("usb"));
        Assert.That(export.Count, Is.EqualTo(3));
        Assert.That(File.ReadAllText(export.FilePath), Does.Contain(responses[0].Id.ToString()).And.Not.Contain(responses[1].Id.ToString()));
        Assert.That(reopened.Stats(), Is.EqualTo(new SurveyStats(0, 5, 1)));

        // And a response stored after the migration is numbered after the migrated ones
        var later = Responses.Varied(kiosk, 50);
        reopened.Store(later);
        Assert.That(reopened.Pending(10).Select(r => r.Id), Is.EqualTo(new[] { later.Id }));
    }

    [Test]
    public void A_response_stored_after_a_purge_emptied_the_store_is_pending_not_exported()
    {
        // Given a store whose responses were all exported and purged
        using var temp = new TempDirectory();
        using (var store = Responses.FilledStore(temp.Sub("data"), 5))
        {
            store.Export(temp.Sub("usb"));
            store.Purge();
        }

        // When it is reopened and a new response is stored
        using var reopened = SurveyStore.Open(temp.Sub("data"));
        reopened.Store(Responses.Varied(reopened.KioskId, 9));

        // Then the new response waits for the next export
        Assert.That(reopened.Stats(), Is.EqualTo(new SurveyStats(1, 0, 0)));
        Assert.That(reopened.Export(temp.Sub("usb")).Count, Is.EqualTo(1));
    }

    // The old layout: the same document without "seq", and no "meta" collection.
    private static void WriteOldFormat(string path, List<SurveyResponse> responses, string[] states)
    {
        using var db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
        db.DropCollection("meta");
        var collection = db.GetCollection("responses");
        collection.DeleteAll();
        for (var i = 0; i < responses.Count; i++)
        {
            var document = ResponseBson.ToDocument(responses[i], 0);
            document.Remove(ResponseBson.Sequence);
            document[ResponseBson.State] = states[i];
            collection.Insert(document);
        }
    }
}
