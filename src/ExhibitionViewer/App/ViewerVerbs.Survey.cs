using Exhibition.Bundle.Format;
using Exhibition.Survey.Commands;
using Exhibition.Survey.Storage;
using Exhibition.Survey.Sync;

namespace ExhibitionViewer.App;

/// <summary>The <c>survey</c> verbs, thin over <see cref="SurveyCommands"/>.</summary>
internal static partial class ViewerVerbs
{
    private static int SurveyStats(VerbArguments a) => WithStore(a.Data, store => SurveyCommands.Stats(store, Console.Out));

    private static int SurveyRecord(VerbArguments a)
    {
        var bundle = a.Required("--bundle");
        Exhibition.Bundle.Model.Tour tour;
        try
        {
            tour = SurveyCommands.ReadTour(bundle);
        }
        catch (Exception e) when (e is BundleException or IOException or UnauthorizedAccessException)
        {
            throw new ViewerException(ViewerException.BadInput, $"cannot read {bundle}: {e.Message}", e);
        }

        return WithStore(a.Data, store => SurveyCommands.Record(tour, store, Console.In, Console.Out, Console.Error, TimeProvider.System));
    }

    private static int SurveyExport(VerbArguments a)
    {
        var to = a.Required("--to");
        return WithStore(a.Data, store => SurveyCommands.Export(store, to, a.Has("--all"), Console.Out, Console.Error));
    }

    private static int SurveyPurge(VerbArguments a) => WithStore(a.Data, store => SurveyCommands.Purge(store, Console.Out, Console.Error));

    private static int SurveySync(VerbArguments a)
    {
        SyncEndpoint endpoint;
        try
        {
            endpoint = new SyncEndpoint(new Uri(a.Required("--endpoint")), a.Required("--token"));
        }
        catch (Exception e) when (e is ArgumentException or UriFormatException)
        {
            throw new ViewerException(ViewerException.BadInput, e.Message, e);
        }

        return WithStore(a.Data, store => SurveyCommands.SyncAsync(store, endpoint, Console.Out, Console.Error).GetAwaiter().GetResult());
    }

    private static int WithStore(string data, Func<SurveyStore, int> action)
    {
        try
        {
            using var store = SurveyStore.Open(data);
            return action(store);
        }
        catch (SurveyStoreException e)
        {
            Console.Error.WriteLine($"ExhibitionViewer: {e.Message}");
            return SurveyCommands.StoreUnavailable;
        }
    }
}
