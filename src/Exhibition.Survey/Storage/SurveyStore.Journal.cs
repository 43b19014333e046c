using Exhibition.Survey.Json;
using Exhibition.Survey.Model;
using LiteDB;

namespace Exhibition.Survey.Storage;

public sealed partial class SurveyStore
{
    private static byte[] JournalRecord(SurveyResponse response) =>
        SurveyResponseJson.ToUtf8(response with { State = ResponseState.Pending });

    // Opens the journal (Journal durability only) and stores every response it holds that LiteDB lost (its own log
    // is written after Insert returns, so a kill can take the last few). The caller checkpoints, then resets it.
    private SurveyJournal? OpenJournal(LiteDatabase db)
    {
        if (_durability != StoreDurability.Journal) return null;
        var (journal, records) = SurveyJournal.Open(Folder);
        try
        {
            var responses = db.GetCollection(Collection);
            foreach (var record in records)
            {
                var response = SurveyResponseJson.Parse(record);
                if (responses.FindById(response.Id) is not null) continue;
                responses.Insert(ResponseBson.ToDocument(response with { State = ResponseState.Pending }, _nextSequence));
                _nextSequence++;
            }
        }
        catch
        {
            journal.Dispose();
            throw;
        }

        return journal;
    }
}
