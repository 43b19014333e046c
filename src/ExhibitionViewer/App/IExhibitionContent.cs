using Exhibition.Bundle.Model;

namespace ExhibitionViewer.App;

/// <summary>An exhibition's tour and entries: a bundle, or (for authors) an unpacked folder. Reads are thread-safe.</summary>
public interface IExhibitionContent : IDisposable
{
    /// <summary>Where the content came from, for messages.</summary>
    string Location { get; }

    /// <summary>The tour.</summary>
    Tour ReadTour();

    /// <summary>One entry's bytes, by bundle path.</summary>
    byte[] ReadEntry(string path);
}
