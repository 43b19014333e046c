namespace ContentPacker.Media;

/// <summary>What a header read tells about an image file.</summary>
public readonly record struct ImageInfo(int Width, int Height);
