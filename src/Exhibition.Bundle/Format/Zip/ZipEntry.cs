namespace Exhibition.Bundle.Format.Zip;

/// <summary>One entry as the central directory describes it, plus what the reader learns about it later.</summary>
internal sealed class ZipEntry
{
    private long _dataOffset = -1;

    public required string Name { get; init; }

    public required int NameByteCount { get; init; }

    public required ushort Flags { get; init; }

    public required ushort Method { get; init; }

    public required uint Crc { get; init; }

    public required long CompressedSize { get; init; }

    /// <summary>Uncompressed size.</summary>
    public required long Size { get; init; }

    public required long LocalHeaderOffset { get; init; }

    /// <summary>Where the next entry's local header (or the central directory) starts: this entry must end by then.</summary>
    public long Limit { get; set; }

    /// <summary>The manifest's SHA-256 of the content; null for the two entries the manifest does not list.</summary>
    public byte[]? Sha256 { get; set; }

    /// <summary>The first data byte, once the local header has been checked; -1 before.</summary>
    public long DataOffset
    {
        get => Volatile.Read(ref _dataOffset);
        set => Volatile.Write(ref _dataOffset, value);
    }

    /// <summary>The fewest bytes the entry can occupy: a local header with no extra field, the name and the data.</summary>
    public long MinimumEnd => LocalHeaderOffset + ZipFormat.LocalHeaderSize + NameByteCount + CompressedSize;
}
