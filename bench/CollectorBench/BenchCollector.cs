using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CollectorBench;

/// <summary>One `dotnet SurveyCollector.dll serve` child process on a free loopback port.</summary>
internal sealed class BenchCollector : IDisposable
{
    private readonly Process _process;

    private BenchCollector(Process process, Uri address) => (_process, Address) = (process, address);

    public Uri Address { get; }

    public static async Task<BenchCollector> StartAsync(string connectionString)
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "SurveyCollector.dll"), "serve", "--urls", $"http://127.0.0.1:{port}", "--db", connectionString })
            info.ArgumentList.Add(a);
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"collector:{port}: {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var address = new Uri($"http://127.0.0.1:{port}/");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var i = 0; i < 300; i++)
        {
            try
            {
                if ((await http.GetAsync(new Uri(address, "health"))).IsSuccessStatusCode) return new BenchCollector(process, address);
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }

            await Task.Delay(100);
        }

        process.Kill(true);
        throw new TimeoutException("A collector did not become healthy.");
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(true);
        _process.WaitForExit();
        _process.Dispose();
    }
}
