using System.CommandLine;
using ContentPacker.Cli;
using Exhibition.Bundle.Signing;
using Spectre.Console;

namespace ContentPacker.Commands;

/// <summary><c>keygen -o NAME</c>: a new Ed25519 signing key pair.</summary>
internal static class KeygenCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--output", "-o")
        {
            Description = "Path and base name of the key pair: writes NAME.key (private: keep it safe) and NAME.pub (give it to kiosks).",
            Required = true,
        };
        var force = new Option<bool>("--force") { Description = "Overwrite existing key files." };
        var command = new Command("keygen", "Make a new signing key pair for bundles.") { output, force };
        command.SetAction(parsed => PackerCli.Guard("keygen", () => Run(parsed.GetValue(output)!, parsed.GetValue(force))));
        return command;
    }

    private static int Run(string name, bool force)
    {
        var keyFile = name + ".key";
        var pubFile = name + ".pub";
        foreach (var file in new[] { keyFile, pubFile })
        {
            if (File.Exists(file) && !force)
                throw new UsageException($"{file} already exists. Choose another name, or pass --force to replace it (bundles signed with the old key will no longer match it).");
        }
        var directory = Path.GetDirectoryName(Path.GetFullPath(keyFile))!;
        if (!Directory.Exists(directory))
            throw new UsageException($"Folder {directory} does not exist. Create it first.");

        using var key = SigningKey.Generate();
        key.Save(keyFile, pubFile);
        AnsiConsole.MarkupLine($"Wrote [bold]{Markup.Escape(keyFile)}[/] (private: keep it off kiosks) and [bold]{Markup.Escape(pubFile)}[/].");
        AnsiConsole.MarkupLine($"Fingerprint: [bold]{key.PublicKey.Fingerprint}[/]");
        return ExitCodes.Success;
    }
}
