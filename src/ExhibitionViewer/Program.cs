using ExhibitionViewer.App;
using Serilog;

DataFolder.ApplyFromArguments(args);
ViewerLogging.Configure();
try
{
    if (ViewerVerbs.TryRun(args) is { } verbExit)
    {
        return verbExit;
    }

    var options = ViewerCommand.Parse(args);
    return options is null ? 0 : ViewerApp.Run(options);
}
catch (ViewerException e)
{
    // Visitors and hosts get one calm line, never a stack trace; the detail is in the log file.
    Log.Error(e, "Viewer stopped: {Reason}", e.Message);
    Console.Error.WriteLine($"ExhibitionViewer: {e.Message}");
    return e.ExitCode;
}
catch (Exception e)
{
    Log.Fatal(e, "Viewer crashed");
    Console.Error.WriteLine($"ExhibitionViewer: unexpected error: {e.Message} (details in {ViewerLogging.LogFolder})");
    return 1;
}
finally
{
    Log.CloseAndFlush();
}
