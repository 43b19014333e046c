using ContentPacker.Building;
using Spectre.Console;

namespace ContentPacker.Commands;

/// <summary>The closing lines of a successful build.</summary>
internal static class BuildReport
{
    public static void Write(BuildResult result)
    {
        var reused = result.Steps.Count(s => s.Reused);
        var signer = result.Signer is null ? "[yellow]unsigned[/] (kiosks will refuse it; sign with --sign KEY)" : $"signed by {result.Signer}";
        AnsiConsole.MarkupLine(
            $"[green]Built[/] [bold]{Markup.Escape(result.Output)}[/]: {Markup.Escape(result.Id)} {Markup.Escape(result.Version)}, " +
            $"{result.Entries} entries, {EntryLayout.Bytes(result.Bytes)}, {signer}, in {result.Seconds:0.0} s " +
            $"({reused} of {result.Steps.Count} conversions from cache).");
    }
}
