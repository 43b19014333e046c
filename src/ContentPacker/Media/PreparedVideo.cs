namespace ContentPacker.Media;

/// <summary>A video made ready for kiosks, with its poster frame.</summary>
public sealed record PreparedVideo(string Mp4File, string PosterFile, VideoInfo Info);
