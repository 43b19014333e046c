using System.Diagnostics;

namespace Exhibition.SurveyCollector.Tests.Support;

/// <summary>The kiosk child (SurveyKioskChild.dll) syncing a store, to be SIGKILLed mid-sync.</summary>
public sealed class KioskProcess : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _batches;

    private KioskProcess(Process process) => _process = process;

    public int Batches => _batches;

    public bool HasExited => _process.HasExited;

    public static async Task<KioskProcess> StartAsync(string dataFolder, Uri endpoint, string token, int batchSize)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SurveyKioskChild.dll"));
        foreach (var argument in new[] { dataFolder, endpoint.ToString(), token, batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            info.ArgumentList.Add(argument);
        var kiosk = new KioskProcess(Process.Start(info)!);
        kiosk._process.OutputDataReceived += (_, e) =>
        {
            if (e.Data == "started") kiosk._started.TrySetResult();
            if (e.Data?.StartsWith("batch", StringComparison.Ordinal) == true) Interlocked.Increment(ref kiosk._batches);
        };
        kiosk._process.ErrorDataReceived += (_, _) => { };
        kiosk._process.BeginOutputReadLine();
        kiosk._process.BeginErrorReadLine();
        await kiosk._started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return kiosk;
    }

    public void Kill()
    {
        if (_process.HasExited) return;
        _process.Kill(true);
        _process.WaitForExit();
    }

    public async Task<int> WaitAsync(TimeSpan limit)
    {
        using var cancel = new CancellationTokenSource(limit);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
