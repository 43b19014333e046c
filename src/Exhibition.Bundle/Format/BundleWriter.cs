using System.Security.Cryptography;

namespace Exhibition.Bundle.Format;

/// <summary>
/// Writes a bundle: a ZIP whose entries are all STORED, sorted by path, with fixed timestamps, so the same entries
/// give the same bytes. Output goes to a temporary file beside the destination and is renamed into place by
/// <see cref="Commit"/>; disposing without committing deletes it.
/// </summary>
public sealed partial class BundleWriter : IDisposable
{
    private readonly string _destination;
    private readonly string _tempPath;
    private readonly SortedDictionary<string, EntrySource> _entries = new(StringComparer.Ordinal);
    private FileStream? _temp;
    private bool _finished;

    /// <summary>Starts a bundle that will be written to <paramref name="destinationPath"/>.</summary>
    public BundleWriter(string destinationPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(destinationPath);
        _destination = Path.GetFullPath(destinationPath);
        var directory = Path.GetDirectoryName(_destination) ?? throw new ArgumentException("The destination has no directory.", nameof(destinationPath));
        _tempPath = Path.Combine(directory, $".{Path.GetFileName(_destination)}.tmp-{RandomNumberGenerator.GetHexString(12, lowercase: true)}");
        // Created now so an unwritable destination fails before any expensive media work, not at the end.
        _temp = new FileStream(_tempPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
    }

    /// <summary>Forces ZIP64 records even for small bundles, so tests can cover the 4 GB path without 4 GB files.</summary>
    internal bool ForceZip64 { get; init; }

    /// <summary>Adds an entry from memory. Throws <see cref="ArgumentException"/> for a bad or duplicate path.</summary>
    public void AddEntry(string path, ReadOnlyMemory<byte> content)
    {
        ArgumentNullException.ThrowIfNull(path);
        // Copied, so a caller reusing its buffer cannot change what was added.
        AddCore(path, new EntrySource(content.ToArray(), null));
    }

    /// <summary>Adds an entry whose content is the file at <paramref name="sourceFile"/>, streamed when written.</summary>
    public void AddFile(string path, string sourceFile)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentException.ThrowIfNullOrEmpty(sourceFile);
        if (!File.Exists(sourceFile))
            throw new FileNotFoundException($"Cannot add '{path}': '{sourceFile}' does not exist.", sourceFile);
        AddCore(path, new EntrySource(null, Path.GetFullPath(sourceFile)));
    }

    /// <inheritdoc />
    public void Dispose() => Abandon();

    private void AddCore(string path, EntrySource source)
    {
        ThrowIfFinished();
        if (EntryPaths.Problem(path) is { } problem)
            throw new ArgumentException($"'{path}' is not a valid bundle entry path: {problem}.", nameof(path));
        if (EntryPaths.IsReserved(path))
            throw new ArgumentException($"'{path}' is written by the bundle writer itself.", nameof(path));
        if (!_entries.TryAdd(path, source))
            throw new ArgumentException($"The bundle already has an entry '{path}'.", nameof(path));
    }

    private void ThrowIfFinished()
    {
        if (_finished)
            throw new InvalidOperationException("The bundle writer has already committed or been disposed.");
    }

    private void Abandon()
    {
        _finished = true;
        _temp?.Dispose();
        _temp = null;
        // A no-op once the file has been renamed into place.
        File.Delete(_tempPath);
    }

    private readonly record struct EntrySource(byte[]? Bytes, string? File);
}
