namespace ContentPacker.Media;

/// <summary>Makes a video kiosk-safe: H.264 High, yuv420p, AAC, at most 3840×1920, moov atom first; and a poster frame.</summary>
public static class VideoPreparer
{
    /// <summary>
    /// Writes <c>video.mp4</c> (copied when already kiosk-safe, else transcoded) and <c>poster.jpg</c> into
    /// <paramref name="outputDir"/>. Throws <see cref="MediaException"/> naming the source file on failure.
    /// </summary>
    public static PreparedVideo Prepare(string sourceFile, string outputDir, IProgress<double>? progress = null) =>
        throw new NotImplementedException();
}
