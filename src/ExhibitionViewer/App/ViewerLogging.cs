using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace ExhibitionViewer.App;

/// <summary>
/// Serilog to the console (information and warnings; errors reach the console as one plain line from the caller)
/// and to a daily rolling compact-JSON file under the user's data folder.
/// </summary>
public static class ViewerLogging
{
    /// <summary>Overrides the data folder (logs go in its <c>logs</c> folder); for tests and portable installs.</summary>
    public const string DataDirVariable = "EXHIBITION_DATA_DIR";

    /// <summary>The folder holding the log files.</summary>
    public static string LogFolder
    {
        get
        {
            var data = Environment.GetEnvironmentVariable(DataDirVariable);
            if (string.IsNullOrEmpty(data))
            {
                var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
                data = Path.Combine(string.IsNullOrEmpty(local) ? Path.GetTempPath() : local, "exhibition");
            }

            return Path.Combine(data, "logs");
        }
    }

    /// <summary>Configures the global logger.</summary>
    public static void Configure()
    {
        Log.Logger = new LoggerConfiguration()
            .MinimumLevel.Debug()
            .Enrich.WithProperty("App", "ExhibitionViewer")
            .WriteTo.Logger(console => console
                .Filter.ByExcluding(e => e.Level >= LogEventLevel.Error)
                .WriteTo.Console(LogEventLevel.Information, outputTemplate: "{Timestamp:HH:mm:ss} {Level:u3} {Message:lj}{NewLine}"))
            .WriteTo.File(new CompactJsonFormatter(), Path.Combine(LogFolder, "viewer-.clef"),
                rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14)
            .CreateLogger();
    }
}
