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
            Write(() =>
            {
                var db = Engine();
                count = db.GetCollection(Collection).InsertBulk(
                    responses.Select(r => ResponseBson.ToDocument(r with { State = ResponseState.Pending })), 5000);
                MakeDurable(db);
            }, "Responses could not be stored");
        }

        return count;
    }
}
