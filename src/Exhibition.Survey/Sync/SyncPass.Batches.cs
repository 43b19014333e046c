using Exhibition.Survey.Model;
using Exhibition.Survey.Storage;

namespace Exhibition.Survey.Sync;

public static partial class SyncPass
{
    // Pending responses first, read afresh for each batch (new answers join the pass); then, if asked, those already
    // exported. An id is sent at most once per pass, so a collector that acknowledges less than it was sent cannot
    // keep a pass going for ever.
    private static IEnumerable<IReadOnlyList<SurveyResponse>> Batches(SurveyStore store, SyncOptions options)
    {
        var sent = new HashSet<Guid>();
        while (true)
        {
            var batch = store.Pending(options.BatchSize).Where(r => sent.Add(r.Id)).ToList();
            if (batch.Count == 0) break;
            yield return batch;
        }

        if (!options.IncludeExported || store.Stats().Exported == 0) yield break;
        var exported = store.All().Where(r => r.State == ResponseState.Exported && sent.Add(r.Id)).ToList();
        foreach (var chunk in exported.Chunk(options.BatchSize)) yield return chunk;
    }

    private sealed class Tally
    {
        private int _sent, _stored, _duplicates, _batches;

        public void Add(int sent, UploadAcknowledgement acknowledgement)
        {
            _sent += sent;
            _stored += acknowledgement.Stored.Count;
            _duplicates += acknowledgement.Duplicates.Count;
            _batches++;
        }

        public SyncPassResult Result(SyncStatus status, string? error) => new(status, _sent, _stored, _duplicates, _batches, error);
    }
}
