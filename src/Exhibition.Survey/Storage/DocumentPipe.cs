using System.Collections.Concurrent;

namespace Exhibition.Survey.Storage;

/// <summary>
/// Reads and converts on one thread what the caller consumes on another, so that reading LiteDB and building
/// responses overlap with writing the export files on two cores. Only a bounded number are in flight, so a large
/// export streams instead of holding every response (100,000 held responses cost more in garbage collection than
/// reading them).
/// </summary>
internal static class DocumentPipe
{
    private const int InFlight = 1024;

    public static IEnumerable<TOut> Stream<TIn, TOut>(Func<IEnumerable<TIn>> source, Func<TIn, TOut> convert)
    {
        using var queue = new BlockingCollection<TOut>(InFlight);
        using var stop = new CancellationTokenSource();
        var producer = Task.Run(() =>
        {
            try
            {
                // The whole enumeration stays on this one thread.
                foreach (var item in source()) queue.Add(convert(item), stop.Token);
            }
            finally
            {
                queue.CompleteAdding();
            }
        });
        try
        {
            foreach (var item in queue.GetConsumingEnumerable()) yield return item;
        }
        finally
        {
            // The consumer stopped early (or failed): the producer must not wait on a queue nobody drains.
            stop.Cancel();
            try
            {
                producer.Wait();
            }
            catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException))
            {
                // Cancelled on purpose above.
            }
        }

        // Rethrows a failure of reading or converting, which ended the enumeration above early.
        producer.GetAwaiter().GetResult();
    }
}
