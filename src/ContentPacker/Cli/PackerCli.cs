using System.CommandLine;
using ContentPacker.Commands;
using ContentPacker.Media;
using Exhibition.Bundle.Format;
using Serilog;
using Spectre.Console;

namespace ContentPacker.Cli;

/// <summary>The <c>exhibition-pack</c> command line: parsing, logging and the mapping of failures to exit codes.</summary>
internal static class PackerCli
{
    public static int Run(string[] args)
    {
        PackerLog.Configure();
        // Redirected output is read by scripts and logs: never wrap a line at an imagined 80 columns.
        if (Console.IsOutputRedirected)
            AnsiConsole.Profile.Width = 240;
        try
        {
            var root = new RootCommand(
                "exhibition-pack: turns an exhibition's authoring folder into one signed .exhibit bundle, and checks, " +
                "inspects and signs bundles.\n\nExit codes: 0 success, 2 invalid input or usage, 3 verification failed, 1 anything else.")
            {
                BuildCommand.Create(),
                QuickCommand.Create(),
                VerifyCommand.Create(),
                InspectCommand.Create(),
                KeygenCommand.Create(),
                SampleCommand.Create(),
                SurveyCommand.Create(),
            };
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors)
                    Console.Error.WriteLine($"exhibition-pack: {error.Message}");
                Console.Error.WriteLine("Run 'exhibition-pack --help' for usage.");
                return ExitCodes.InvalidInput;
            }
            return parsed.Invoke();
        }
        finally
        {
            Log.CloseAndFlush();
        }
    }

    /// <summary>Runs a command body, turning the failures every command shares into a message and an exit code.</summary>
    public static int Guard(string command, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (UsageException e)
        {
            return Fail(command, e.Message, ExitCodes.InvalidInput);
        }
        catch (BundleException e)
        {
            Log.Information("{Command}: bundle rejected ({Code}, entry {Entry})", command, e.Code, e.Entry);
            return Fail(command, e.Message, ExitCodes.VerificationFailed);
        }
        catch (MediaException e)
        {
            return Fail(command, e.Message, ExitCodes.InvalidInput);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Log.Information(e, "{Command} failed", command);
            return Fail(command, e.Message, ExitCodes.Failure);
        }
        catch (Exception e)
        {
            // A defect, not bad input: the console gets one line, the log file gets the stack.
            Log.Error(e, "{Command} failed unexpectedly: {Reason}. Details are in the log in {Folder}", command, e.Message, PackerLog.Folder);
            return ExitCodes.Failure;
        }
    }

    private static int Fail(string command, string message, int code)
    {
        // Plain standard error: never wrapped mid-message, so scripts and logs keep one line per error.
        Console.Error.WriteLine($"exhibition-pack {command}: error: {message}");
        return code;
    }
}
