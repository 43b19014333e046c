namespace ContentPacker.Media.Ffmpeg;

/// <summary>
/// What the top-level boxes of a file say: whether it is an MP4/MOV at all, whether its index (<c>moov</c>) comes
/// before its media data (<c>mdat</c>) so playback can start without reading to the end, and whether it is cut short.
/// </summary>
/// <param name="IsMp4">The file starts with a box an MP4 or QuickTime file starts with.</param>
/// <param name="MoovAtFront">A <c>moov</c> box precedes the first <c>mdat</c> box.</param>
/// <param name="TruncatedBox">The type of the box that runs past the end of the file, or null if none does.</param>
internal readonly record struct Mp4Layout(bool IsMp4, bool MoovAtFront, string? TruncatedBox);
