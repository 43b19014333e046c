using Exhibition.Survey.Model;

namespace Exhibition.Survey.Storage;

public sealed partial class SurveyStore
{
    /// <summary>
    /// Stores many responses in one transaction, for tests and benchmarks that need a full store quickly (a kiosk
    /// stores one at a time through <see cref="Store"/>). Durable once it returns, like <see cref="Store"/>.
    /// </summary>
    internal int StoreBatch(IEnumerable<SurveyResponse> responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        var count = 0;
        lock (_gate)
        {
            // In chunks, each under its own write watchdog, like marking an export.
            foreach (var chunk in responses.Chunk(MarkBatch))
            {
                Write(() =>
                {
                    var db = Engine();
                    var first = _nextSequence;
                    var documents = chunk.Select((r, i) => ResponseBson.ToDocument(r with { State = ResponseState.Pending }, first + i)).ToList();
                    count += db.GetCollection(Collection).InsertBulk(documents, MarkBatch);
                    _nextSequence = first + documents.Count;
                    MakeDurable(db);
                }, "Responses could not be stored");
            }
        }

        return count;
    }
}
