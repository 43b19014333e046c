namespace ContentPacker.Media;

/// <summary>
/// A temporary file beside a final path, renamed onto it by <see cref="Commit"/> and deleted on dispose otherwise,
/// so a failed or interrupted conversion never leaves a half-written output under the final name.
/// </summary>
internal sealed class AtomicFile : IDisposable
{
    private bool _committed;

    /// <summary>Reserves a temporary name in the directory of <paramref name="finalPath"/>.</summary>
    public AtomicFile(string finalPath)
    {
        FinalPath = Path.GetFullPath(finalPath);
        string directory = Path.GetDirectoryName(FinalPath)!;
        Directory.CreateDirectory(directory);
        TempPath = Path.Combine(directory, $".{Path.GetFileName(FinalPath)}.{Guid.NewGuid():N}.partial");
    }

    /// <summary>Where the output is written first.</summary>
    public string TempPath { get; }

    /// <summary>Where the output ends up.</summary>
    public string FinalPath { get; }

    /// <summary>Moves the finished temporary file onto the final path, replacing what was there.</summary>
    public void Commit()
    {
        File.Move(TempPath, FinalPath, overwrite: true);
        _committed = true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_committed)
        {
            File.Delete(TempPath);
        }
    }
}
