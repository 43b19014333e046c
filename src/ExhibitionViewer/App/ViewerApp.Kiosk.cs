using Exhibition.Survey.Storage;
using Exhibition.Survey.Sync;
using ExhibitionViewer.KioskMode;
using Serilog;

namespace ExhibitionViewer.App;

/// <summary>Kiosk mode: the machine's configuration, the trust check, the survey store and the sync worker around the interactive mode.</summary>
public static partial class ViewerApp
{
    private static int RunKiosk(ViewerOptions options)
    {
        var data = DataFolder.Resolve(options.DataPath);
        var config = LoadKioskConfig(data);
        var path = options.ContentPath ?? config.Bundle
            ?? throw new ViewerException(ViewerException.BadInput, $"kiosk mode needs a bundle: name one on the command line or set \"bundle\" in {KioskConfig.PathIn(data)}");
        using var content = ContentOpener.Open(path);
        KioskTrust.Require(content, [.. config.TrustedKeys, .. options.Trust]);
        var tour = ReadTour(content);
        var runtime = KioskRuntime.From(tour.Kiosk, config);
        if (runtime.ReducedMotion)
        {
            tour = tour with { Kiosk = tour.Kiosk with { AutoRotateAfterSeconds = double.PositiveInfinity } };
        }

        var scene = tour.FindScene(tour.FirstScene)
            ?? throw new ViewerException(ViewerException.BadInput, $"{content.Location} has no scene '{tour.FirstScene}'");
        using var store = OpenStore(data);
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var sync = StartSync(config, store, http);
        Log.Information("Kiosk mode: {Tour} {Version}, data in {Data}, idle timeout {Idle} s, sync {Sync}",
            tour.Id, tour.Version, data, runtime.IdleTimeoutSeconds, sync is null ? "off" : "on");
        // SDL can turn SIGTERM into the same quit event as Alt+F4, which a kiosk ignores. .NET's own handler usually
        // wins already; the hint makes sure `systemctl stop` and a shutdown end the viewer at once (answers are on disk).
        Platform.Sdl.SetHint("SDL_NO_SIGNAL_HANDLERS", "1");
        var kioskOptions = options with { Fullscreen = options.ScriptPath is null, Display = config.Display ?? options.Display };
        try
        {
            var start = TourStart.Begin(content, tour, scene, scene.InitialView, kioskOptions.Language, kioskOptions.WindowSize);
            return RunInteractive(Task.FromResult(start), kioskOptions, (player, gl) =>
                new KioskFrame(new KioskSession(player, runtime, store is null ? null : new SurveyStoreAdapter(store),
                    player.Camera.Projection.Width, player.Camera.Projection.Height) { Sync = sync }, gl));
        }
        finally
        {
            sync?.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(5));
        }
    }

    private static KioskConfig LoadKioskConfig(string data)
    {
        try
        {
            return KioskConfig.Load(data);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new ViewerException(ViewerException.BadInput, e.Message, e);
        }
    }

    // A kiosk whose store cannot open still shows the exhibition; the survey then says calmly that it is unavailable.
    private static SurveyStore? OpenStore(string data)
    {
        try
        {
            return SurveyStore.Open(data);
        }
        catch (SurveyStoreException e)
        {
            Log.Warning(e, "The survey store is unavailable; the kiosk runs without it");
            return null;
        }
    }

    private static SyncWorker? StartSync(KioskConfig config, SurveyStore? store, HttpClient http)
    {
        if (store is null || string.IsNullOrWhiteSpace(config.SyncEndpoint) || string.IsNullOrWhiteSpace(config.SyncToken))
        {
            return null;
        }

        try
        {
            var options = new SyncOptions();
            var endpoint = new SyncEndpoint(new Uri(config.SyncEndpoint), config.SyncToken);
            var worker = new SyncWorker(store, new SyncClient(http, endpoint, options.RequestTimeout), options, message => Log.Information("{Sync}", message));
            worker.Start();
            return worker;
        }
        catch (Exception e) when (e is ArgumentException or UriFormatException)
        {
            Log.Warning("Sync is off: {Reason}", e.Message);
            return null;
        }
    }
}
