using System.Diagnostics;
using System.Net.Sockets;

namespace Exhibition.SurveyCollector.Tests.Support;

/// <summary>`dotnet SurveyCollector.dll serve` as a child process on a fixed loopback port, to be SIGKILLed.</summary>
public sealed class CollectorProcess : IDisposable
{
    private readonly Process _process;
    private bool _disposed;

    private CollectorProcess(Process process) => _process = process;

    public static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<CollectorProcess> StartAsync(int port, string connectionString)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SurveyCollector.dll"));
        foreach (var argument in new[] { "serve", "--urls", $"http://127.0.0.1:{port}", "--db", connectionString }) info.ArgumentList.Add(argument);
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"The collector exited with {process.ExitCode}.");
            try
            {
                if ((await http.GetAsync($"http://127.0.0.1:{port}/health")).IsSuccessStatusCode) return new CollectorProcess(process);
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }

            await Task.Delay(100);
        }

        process.Kill(true);
        throw new TimeoutException("The collector did not become healthy within 30 s.");
    }

    public void Kill()
    {
        if (_disposed || _process.HasExited) return;
        _process.Kill(true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _disposed = true;
        _process.Dispose();
    }
}
