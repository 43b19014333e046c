using System.CommandLine;
using System.Text.Json;
using ContentPacker.Authoring;
using ContentPacker.Building;
using ContentPacker.Cli;
using ContentPacker.Media.Panorama;
using Exhibition.Bundle.Model;
using Exhibition.Bundle.Signing;
using Spectre.Console;

namespace ContentPacker.Commands;

/// <summary><c>build FOLDER -o FILE [--sign KEY] [--json]</c>: the packer's main job.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "The authoring folder: exhibition.yaml and the media it names (see docs/authoring.md)." };
        var output = new Option<string>("--output", "-o") { Description = "The .exhibit file to write. It appears only when complete.", Required = true };
        var sign = new Option<string?>("--sign") { Description = "A .key file (from 'exhibition-pack keygen') to sign the bundle with. Kiosks refuse unsigned bundles." };
        var quality = new Option<int>("--quality") { Description = "JPEG quality of panorama tiles, 50-100.", DefaultValueFactory = _ => 85 };
        var cache = new Option<string?>("--cache") { Description = "Folder for converted media reused between builds (default: FOLDER/.exhibit-cache)." };
        var json = new Option<bool>("--json") { Description = "Print a JSON summary (or the list of problems) instead of progress bars." };
        var command = new Command("build",
            "Check an authoring folder and pack it into one bundle. Every problem is reported at once, with file, line and field; " +
            "if there is any, nothing is written and the exit code is 2.")
        { folder, output, sign, quality, cache, json };
        command.SetAction(parsed => PackerCli.Guard("build", () =>
        {
            var source = parsed.GetValue(folder)!;
            var options = MakeOptions(source, parsed.GetValue(output)!, parsed.GetValue(sign), parsed.GetValue(quality), parsed.GetValue(cache));
            return Run(source, options, parsed.GetValue(json));
        }));
        return command;
    }

    internal static BuildOptions MakeOptions(string folder, string output, string? keyFile, int quality, string? cache)
    {
        if (quality is < 50 or > 100)
            throw new UsageException($"--quality {quality} is out of range: give 50 to 100 (85 is a good default).");
        if (Path.GetDirectoryName(Path.GetFullPath(output)) is { } outDir && !Directory.Exists(outDir))
            throw new UsageException($"The output folder {outDir} does not exist. Create it first.");
        SigningKey? key = null;
        if (keyFile is not null)
        {
            if (!File.Exists(keyFile))
                throw new UsageException($"Signing key {keyFile} does not exist. Make one with 'exhibition-pack keygen -o NAME'.");
            try
            {
                key = SigningKey.Load(keyFile);
            }
            catch (InvalidDataException e)
            {
                throw new UsageException(e.Message);
            }
        }
        return new BuildOptions(output, key, new TilingOptions(JpegQuality: quality), cache ?? Path.Combine(folder, ".exhibit-cache"));
    }

    private static int Run(string folder, BuildOptions options, bool json)
    {
        if (!Directory.Exists(folder))
            throw new UsageException($"{folder} is not a folder. Give the authoring folder that holds exhibition.yaml.");

        var loaded = AuthoringLoader.Load(folder);
        if (loaded.Exhibition is null || loaded.Problems.Count > 0)
            return ReportProblems(loaded.Problems, json);

        var result = json
            ? BundleBuilder.Build(loaded.Exhibition, options, new SilentBuildProgress())
            : BuildWithBars(loaded.Exhibition, options);
        if (json)
            Console.Out.WriteLine(JsonSerializer.Serialize(new { ok = true, bundle = result }, PackerJson.Options));
        else
            BuildReport.Write(result);
        return ExitCodes.Success;
    }

    private static BuildResult BuildWithBars(AuthoredExhibition exhibition, BuildOptions options)
    {
        BuildResult result = null!;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context => result = BundleBuilder.Build(exhibition, options, new SpectreBuildProgress(context)));
        return result;
    }

    private static int ReportProblems(IReadOnlyList<AuthoringProblem> problems, bool json)
    {
        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(new { ok = false, problems }, PackerJson.Options));
            return ExitCodes.InvalidInput;
        }
        foreach (var problem in problems)
            Console.Error.WriteLine($"error: {problem}");
        var count = problems.Count == 1 ? "1 problem" : $"{problems.Count} problems";
        Console.Error.WriteLine($"{count} found; nothing was written. Fix them and build again.");
        return ExitCodes.InvalidInput;
    }
}
