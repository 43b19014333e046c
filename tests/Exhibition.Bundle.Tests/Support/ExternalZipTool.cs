using System.Diagnostics;

namespace Exhibition.Bundle.Tests.Support;

/// <summary>Runs a ZIP tool that is not ours (Info-ZIP unzip, else Python's zipfile) so the format is checked independently.</summary>
public static class ExternalZipTool
{
    public readonly record struct Result(int ExitCode, string Output);

    /// <summary>Tests every entry's CRC; the exit code is 0 only if the archive is sound.</summary>
    public static Result Test(string zipPath)
    {
        if (Find("unzip") is { } unzip)
            return Run(unzip, "-t", zipPath);
        var python = Find("python3") ?? throw new AssertionException("Neither unzip nor python3 is installed; test.sh installs both.");
        const string Script = "import sys,zipfile\nz=zipfile.ZipFile(sys.argv[1])\nbad=z.testzip()\nprint('\\n'.join(z.namelist()))\nsys.exit(1 if bad else 0)";
        return Run(python, "-c", Script, zipPath);
    }

    /// <summary>Lists entry names with Python's zipfile, which also checks ZIP64 records.</summary>
    public static Result PythonList(string zipPath)
    {
        var python = Find("python3") ?? throw new AssertionException("python3 is not installed; test.sh installs it.");
        const string Script = "import sys,zipfile\nz=zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nfor i in z.infolist(): print(i.filename, i.file_size, i.compress_type, i.date_time)";
        return Run(python, "-c", Script, zipPath);
    }

    private static string? Find(string tool) => (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator)
        .Select(dir => Path.Combine(dir, tool))
        .FirstOrDefault(File.Exists);

    private static Result Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new Result(process.ExitCode, output.Result + error);
    }
}
