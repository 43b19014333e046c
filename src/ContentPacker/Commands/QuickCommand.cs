using System.CommandLine;
using ContentPacker.Building;
using ContentPacker.Cli;
using Spectre.Console;

namespace ContentPacker.Commands;

/// <summary><c>quick FILE... -o OUT</c>: a bundle with one scene per image or video, for a quick look at new material.</summary>
internal static class QuickCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Panoramas (JPEG, PNG, TIFF) and 360° videos, one scene each, in this order.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "The .exhibit file to write.", Required = true };
        var command = new Command("quick",
            "Pack images and videos into a bundle with sensible defaults: one scene per file, linked in order by Next and " +
            "Back hotspots. A 2:1 image is a full panorama; any other shape is shown as a partial one. No survey.")
        { files, output };
        command.SetAction(parsed => PackerCli.Guard("quick", () => Run(parsed.GetValue(files)!, parsed.GetValue(output)!)));
        return command;
    }

    private static int Run(string[] files, string output)
    {
        var missing = files.Where(f => !File.Exists(f)).ToList();
        if (missing.Count > 0)
            throw new UsageException($"Not found: {string.Join(", ", missing)}.");
        var exhibition = QuickExhibition.From(files);
        var options = BuildCommand.MakeOptions(Path.GetTempPath(), output, keyFile: null, quality: 85,
            cache: Path.Combine(Path.GetTempPath(), "exhibition-quick-cache"));
        BuildResult result = null!;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context => result = BundleBuilder.Build(exhibition, options, new SpectreBuildProgress(context)));
        BuildReport.Write(result);
        return ExitCodes.Success;
    }
}
