using System.CommandLine;
using System.Text.Json;
using ContentPacker.Building;
using ContentPacker.Cli;
using Exhibition.Bundle.Format;
using Exhibition.Bundle.Model;
using Spectre.Console;

namespace ContentPacker.Commands;

/// <summary><c>inspect FILE [--json]</c>: what a bundle holds, as tables or as JSON for scripts.</summary>
internal static class InspectCommand
{
    public static Command Create()
    {
        var bundle = new Argument<string>("bundle") { Description = "The .exhibit file to describe." };
        var json = new Option<bool>("--json")
        {
            Description = "Print one JSON document instead of tables (scenes, media sizes, languages, signer and the survey, " +
                          "whose questions list their ids, kinds and option ids so scripts can build answers).",
        };
        var command = new Command("inspect", "Describe a bundle: scenes, media and their sizes, languages, signer and the exit survey.")
        {
            bundle, json,
        };
        command.SetAction(parsed => PackerCli.Guard("inspect", () => Run(parsed.GetValue(bundle)!, parsed.GetValue(json))));
        return command;
    }

    private static int Run(string file, bool json)
    {
        if (!File.Exists(file))
            throw new UsageException($"{file} does not exist.");
        using var reader = BundleReader.Open(file);
        var report = BundleSummary.From(reader, new FileInfo(file).Length);
        if (json)
            Console.Out.WriteLine(JsonSerializer.Serialize(report, PackerJson.Options));
        else
            InspectTables.Write(report);
        return ExitCodes.Success;
    }
}
