using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace ContentPacker.Cli;

/// <summary>
/// Logging: warnings to standard error, everything to a rolling compact-JSON file, so a failed overnight pack can be
/// diagnosed without cluttering the progress display.
/// </summary>
internal static class PackerLog
{
    public static string Folder { get; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
        "exhibition", "logs");

    public static void Configure()
    {
        Log.Logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            .WriteTo.Console(
                restrictedToMinimumLevel: LogEventLevel.Warning,
                standardErrorFromLevel: LogEventLevel.Verbose,
                outputTemplate: "{Level:w}: {Message:lj}{NewLine}")
            .WriteTo.File(new CompactJsonFormatter(), Path.Combine(Folder, "packer-.log"),
                rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14)
            .CreateLogger();
    }
}
