using System.CommandLine;
using ContentPacker.Cli;
using ContentPacker.Sample;
using Spectre.Console;

namespace ContentPacker.Commands;

/// <summary><c>sample DIR</c>: writes the built-in sample exhibition's authoring folder.</summary>
internal static class SampleCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("folder") { Description = "An empty or new folder to write the sample authoring folder into." };
        var command = new Command("sample",
            "Write the sample exhibition (a small gallery about technicians: panoramas, a 360° video with captions, case studies, " +
            "an exit survey, English and Welsh) as an authoring folder, made entirely by this program. Pack it with 'build'.")
        { directory };
        command.SetAction(parsed => PackerCli.Guard("sample", () => Run(parsed.GetValue(directory)!)));
        return command;
    }

    private static int Run(string directory)
    {
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
            throw new UsageException($"{directory} is not empty. Give a new or empty folder.");
        AnsiConsole.Status().Start("Generating the sample exhibition", context =>
            SampleExhibition.Write(directory, new SyncProgress<string>(step => context.Status(Markup.Escape(step)))));
        AnsiConsole.MarkupLine($"[green]Wrote[/] the sample exhibition to [bold]{Markup.Escape(directory)}[/]. " +
                               $"Pack it with: exhibition-pack build {Markup.Escape(directory)} -o sample.exhibit");
        return ExitCodes.Success;
    }
}
