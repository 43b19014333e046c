namespace ExhibitionViewer.App;

/// <summary>Finds the sample bundle built by <c>./run.sh</c> when the viewer is started without a bundle.</summary>
public static class SampleBundle
{
    /// <summary>The sample's path relative to the repository root.</summary>
    public const string RelativePath = "out/sample.exhibit";

    /// <summary>
    /// Walks up from <paramref name="start"/> (the executable's folder by default) to the folder holding
    /// <c>Exhibition.sln</c> and returns its sample bundle; throws <see cref="ViewerException"/> saying what to do if absent.
    /// </summary>
    public static string Locate(string? start = null)
    {
        for (var dir = new DirectoryInfo(start ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Exhibition.sln")))
            {
                var sample = Path.Combine(dir.FullName, RelativePath);
                return File.Exists(sample) ? sample
                    : throw new ViewerException(ViewerException.BadInput,
                        $"no bundle given and the sample {RelativePath} has not been built yet: run ./run.sh in {dir.FullName} first");
            }
        }

        throw new ViewerException(ViewerException.BadInput, "no bundle given: ExhibitionViewer path/to/exhibition.exhibit");
    }
}
