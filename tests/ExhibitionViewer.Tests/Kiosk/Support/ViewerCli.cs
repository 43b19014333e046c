using ExhibitionViewer.Tests.Support;

namespace ExhibitionViewer.Tests.Kiosk.Support;

/// <summary>Runs the real viewer executable with text on its standard input (for the verbs that read it).</summary>
internal static class ViewerCli
{
    public static (int ExitCode, string StdOut, string StdErr) Run(string input, params string[] args) =>
        ViewerProcess.RunToExit(ViewerProcess.StartInfo(args), TimeSpan.FromSeconds(60), input);
}
