namespace ContentPacker.Media;

/// <summary>A media file could not be read or converted; the message names the file and says what to do.</summary>
public sealed class MediaException(string message, Exception? inner = null) : Exception(message, inner);
