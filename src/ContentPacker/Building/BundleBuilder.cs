using System.Diagnostics;
using ContentPacker.Authoring;
using Exhibition.Bundle.Format;
using Exhibition.Bundle.Model;

namespace ContentPacker.Building;

/// <summary>
/// Turns a validated authoring folder into a bundle: converts media (through the cache), writes the tour and
/// every entry, and signs. The bundle appears at the output path only when complete.
/// </summary>
internal sealed partial class BundleBuilder
{
    private readonly AuthoredExhibition _exhibition;
    private readonly BuildOptions _options;
    private readonly IBuildProgress _progress;
    private readonly DerivedMediaCache _cache;
    private readonly List<BuildStep> _steps = [];

    private BundleBuilder(AuthoredExhibition exhibition, BuildOptions options, IBuildProgress progress)
    {
        _exhibition = exhibition;
        _options = options;
        _progress = progress;
        _cache = new DerivedMediaCache(options.CacheFolder);
    }

    public static BuildResult Build(AuthoredExhibition exhibition, BuildOptions options, IBuildProgress progress)
    {
        ArgumentNullException.ThrowIfNull(exhibition);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);
        return new BundleBuilder(exhibition, options, progress).BuildCore();
    }

    private BuildResult BuildCore()
    {
        var clock = Stopwatch.StartNew();
        using var writer = new BundleWriter(_options.OutputFile);
        var scenes = _exhibition.Scenes.Select(scene => AddScene(writer, scene)).ToList();
        var caseStudies = _exhibition.CaseStudies.Select(study => AddCaseStudy(writer, study)).ToList();
        var tour = new Tour
        {
            Id = _exhibition.Id,
            Version = _exhibition.Version,
            Title = _exhibition.Title,
            Languages = _exhibition.Languages,
            FirstScene = _exhibition.FirstScene,
            TransitionSeconds = _exhibition.TransitionSeconds,
            Scenes = scenes,
            CaseStudies = caseStudies,
            Survey = _exhibition.Survey,
            Kiosk = _exhibition.Kiosk,
            Strings = _exhibition.Strings,
        };
        writer.AddEntry(TourJson.EntryPath, TourJson.Serialize(tour));

        const string writing = "Writing bundle";
        var manifest = writer.Commit(_exhibition.Id, _exhibition.Version, _options.SigningKey, _progress.Begin(writing));
        _progress.End(writing, reused: false);

        return new BuildResult(
            Path.GetFullPath(_options.OutputFile),
            manifest.Id,
            manifest.Version,
            manifest.Entries.Count,
            new FileInfo(_options.OutputFile).Length,
            _options.SigningKey?.PublicKey.Fingerprint,
            clock.Elapsed.TotalSeconds,
            _steps);
    }

    /// <summary>Runs one cached conversion as a reported step.</summary>
    private string Convert(string description, string kind, string key, Action<string, IProgress<double>> produce)
    {
        var clock = Stopwatch.StartNew();
        var progress = _progress.Begin(description);
        var (folder, reused) = _cache.GetOrCreate(kind, key, scratch => produce(scratch, progress));
        _progress.End(description, reused);
        _steps.Add(new BuildStep(description, reused, clock.Elapsed.TotalSeconds));
        return folder;
    }

    /// <summary>Adds every file under <paramref name="folder"/> as an entry under <paramref name="prefix"/>.</summary>
    private static void AddFolder(BundleWriter writer, string folder, string prefix, Func<string, bool> include)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
            if (include(relative))
                writer.AddFile(prefix + relative, file);
        }
    }
}
