using System.CommandLine;
using System.Text.Json;
using ContentPacker.Cli;
using ContentPacker.Reports;
using Exhibition.Bundle.Format;
using Exhibition.Bundle.Model;
using Exhibition.Survey.Exports;
using Spectre.Console;

namespace ContentPacker.Commands;

/// <summary><c>survey report PATH... -o DIR [--bundle FILE] [--json]</c>: merges kiosk exports into one report.</summary>
internal static class SurveyReportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("exports")
        {
            Description = "Export manifests (.manifest.json), .jsonl files, or folders holding exports (searched recursively).",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o") { Description = "The report folder to write (replaced if it holds a previous report).", Required = true };
        var bundle = new Option<string?>("--bundle") { Description = "The .exhibit bundle whose survey gives question texts and option labels; without it, ids are shown." };
        var json = new Option<bool>("--json") { Description = "Print a JSON summary instead of text." };
        var command = new Command("report",
            "Merge survey exports from many kiosks (duplicates removed by response id; a truncated or altered export is rejected, " +
            "exit 2) and write responses.csv, report.json, charts/*.png and report.html into the output folder.")
        { paths, output, bundle, json };
        command.SetAction(parsed => PackerCli.Guard("survey report", () =>
            Run(parsed.GetValue(paths)!, parsed.GetValue(output)!, parsed.GetValue(bundle), parsed.GetValue(json))));
        return command;
    }

    private static int Run(string[] paths, string output, string? bundlePath, bool json)
    {
        var tour = bundlePath is null ? null : ReadTour(bundlePath);
        var read = json || Console.IsOutputRedirected ? ExportReader.ReadAll(paths) : ReadWithProgress(paths);
        if (read.Errors.Count > 0)
        {
            foreach (var error in read.Errors.Skip(1)) Console.Error.WriteLine($"exhibition-pack survey report: error: {error.Message}");
            throw new UsageException(read.Errors[0].Message + (read.Errors.Count > 1 ? $" ({read.Errors.Count} exports rejected; no report written)" : " (no report written)"));
        }

        var merged = ExportMerger.Merge(read.Exports);
        var warnings = read.Warnings.Concat(merged.Warnings).ToList();
        var summary = SurveyReportWriter.Write(output, merged, new ReportLabels(tour), warnings, read.Exports.Count);
        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(summary, SurveyReportWriter.JsonOptions));
            return ExitCodes.Success;
        }

        foreach (var warning in warnings) AnsiConsole.MarkupLine($"[yellow]warning[/] {Markup.Escape(warning)}");
        AnsiConsole.MarkupLine($"[green]ok[/] {summary.Responses:N0} responses from {summary.Kiosks} kiosks in {summary.Exports} exports " +
                               $"({summary.DuplicatesIgnored:N0} copies ignored): {Markup.Escape(Path.Combine(summary.Output, ReportFolder.HtmlName))}");
        return ExitCodes.Success;
    }

    private static Tour ReadTour(string bundlePath)
    {
        if (!File.Exists(bundlePath)) throw new UsageException($"{bundlePath} does not exist.");
        using var reader = BundleReader.Open(bundlePath);
        return reader.ReadTour();
    }

    private static ExportReadResult ReadWithProgress(string[] paths)
    {
        ExportReadResult result = null!;
        AnsiConsole.Progress().AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("Reading exports", maxValue: Math.Max(1, ExportReader.CountExports(paths)));
                result = ExportReader.ReadAll(paths, new SyncProgress<string>(_ => task.Increment(1)));
            });
        return result;
    }
}
