namespace Exhibition.Bundle.Format;

/// <summary>Where a stored entry's bytes lie in the bundle file, e.g. for ffmpeg's <c>subfile</c> protocol.</summary>
/// <param name="Offset">Byte offset of the first data byte.</param>
/// <param name="Length">Number of data bytes.</param>
public readonly record struct EntryRange(long Offset, long Length);
