namespace ContentPacker.Sample;

/// <summary>
/// Writes the sample exhibition behind <c>exhibition-pack sample DIR</c>: a complete authoring folder about technicians,
/// every picture, video and sound made by code, so it can be packed and shown as it is or edited as a starting point.
/// </summary>
public static partial class SampleExhibition
{
    /// <summary>
    /// Writes the sample authoring folder to <paramref name="directory"/>, which must not exist or be empty.
    /// Files are made in a temporary folder beside it and moved into place only when all are written.
    /// </summary>
    /// <param name="directory">The folder to create.</param>
    /// <param name="progress">Receives a short message as each step starts.</param>
    /// <exception cref="ArgumentException">The folder exists and is not empty.</exception>
    /// <exception cref="Media.MediaException">ffmpeg is missing or failed to make the video.</exception>
    public static void Write(string directory, IProgress<string>? progress = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var target = Path.GetFullPath(directory);
        if (File.Exists(target))
        {
            throw new ArgumentException($"'{directory}' is a file; give a folder for the sample exhibition.", nameof(directory));
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new ArgumentException(
                $"'{directory}' is not empty; give a new or empty folder for the sample exhibition.", nameof(directory));
        }

        WriteCore(target, progress ?? new Progress<string>());
    }

    private static void WriteCore(string target, IProgress<string> progress)
    {
        var parent = Path.GetDirectoryName(target) ?? throw new ArgumentException("The folder needs a parent.", nameof(target));
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.sample-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            WriteAll(staging, progress);
            if (Directory.Exists(target))
            {
                Directory.Delete(target);
            }

            Directory.Move(staging, target);
            progress.Report($"Sample exhibition written to {target}");
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }
}
