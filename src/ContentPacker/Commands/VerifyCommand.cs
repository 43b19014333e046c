using System.CommandLine;
using ContentPacker.Cli;
using Exhibition.Bundle.Format;
using Exhibition.Bundle.Signing;
using Spectre.Console;

namespace ContentPacker.Commands;

/// <summary><c>verify FILE [--trust PUB]</c>: structure, manifest, every entry's hash, and the signature.</summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var bundle = new Argument<string>("bundle") { Description = "The .exhibit file to check." };
        var trust = new Option<string[]>("--trust")
        {
            Description = "A publisher's .pub key file; the bundle must be signed by one of the given keys. Repeatable.",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("verify",
            "Check a bundle completely: ZIP structure, manifest, the size and SHA-256 of every entry, and the signature. " +
            "Exit 0 if good, 3 if not (the first bad entry is named).")
        { bundle, trust };
        command.SetAction(parsed => PackerCli.Guard("verify", () => Run(parsed.GetValue(bundle)!, parsed.GetValue(trust) ?? [])));
        return command;
    }

    private static int Run(string file, string[] trustFiles)
    {
        var trusted = LoadTrusted(trustFiles);
        if (!File.Exists(file))
            throw new UsageException($"{file} does not exist.");

        BundleManifest manifest = null!;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask($"Verifying {Path.GetFileName(file)}", maxValue: 1);
                manifest = BundleVerifier.Verify(file, trusted, new SyncProgress<double>(v => task.Value = v));
                task.Value = 1;
            });

        using var reader = BundleReader.Open(file);
        var signer = reader.Signer is { } key ? $"signed by {key.Fingerprint}" : "unsigned";
        var trustNote = trusted is null ? "" : ", signer trusted";
        AnsiConsole.MarkupLine(
            $"[green]ok[/] {Markup.Escape(file)}: {Markup.Escape(manifest.Id)} {Markup.Escape(manifest.Version)}, " +
            $"{manifest.Entries.Count} entries verified, {signer}{trustNote}");
        return ExitCodes.Success;
    }

    internal static IReadOnlyCollection<PublicKey>? LoadTrusted(string[] files)
    {
        if (files.Length == 0)
            return null;
        var keys = new List<PublicKey>();
        foreach (var file in files)
        {
            if (!File.Exists(file))
                throw new UsageException($"Trusted key {file} does not exist.");
            try
            {
                keys.Add(PublicKey.Load(file));
            }
            catch (InvalidDataException e)
            {
                throw new UsageException(e.Message);
            }
        }
        return keys;
    }
}
