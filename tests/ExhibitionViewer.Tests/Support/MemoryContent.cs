using Exhibition.Bundle.Model;
using ExhibitionViewer.App;

namespace ExhibitionViewer.Tests.Support;

/// <summary>Exhibition content held in memory; counts reads and can be told to fail for some paths.</summary>
internal sealed class MemoryContent(IReadOnlyDictionary<string, byte[]> entries) : IExhibitionContent
{
    public HashSet<string> Failing { get; } = [];

    public string Location => "memory";

    public Tour ReadTour() => TourJson.Deserialize(ReadEntry(TourJson.EntryPath));

    public byte[] ReadEntry(string path) =>
        Failing.Contains(path) ? throw new InvalidDataException($"{path} is corrupt")
        : entries.TryGetValue(path, out var bytes) ? bytes : throw new FileNotFoundException(path);

    public void Dispose() { }
}
