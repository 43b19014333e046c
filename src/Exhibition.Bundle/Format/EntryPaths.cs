using System.Text;

namespace Exhibition.Bundle.Format;

/// <summary>The one rule for entry paths, shared by the writer (which refuses) and the reader (which rejects).</summary>
internal static class EntryPaths
{
    /// <summary>The signature entry's path.</summary>
    public const string SignaturePath = "signature.json";

    /// <summary>Longest accepted path, in UTF-8 bytes; ZIP allows 65535 but no real path comes near this.</summary>
    public const int MaxBytes = 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Whether <paramref name="path"/> is one of the two entries the manifest does not list.</summary>
    public static bool IsReserved(string path) => path is BundleManifest.EntryPath or SignaturePath;

    /// <summary>Why <paramref name="path"/> is not a valid entry path, or null if it is.</summary>
    public static string? Problem(string path)
    {
        if (path.Length == 0)
            return "the path is empty";
        if (path[0] == '/')
            return "the path is absolute";
        foreach (var c in path)
        {
            if (c == '\\')
                return "the path contains a backslash";
            if (char.IsControl(c))
                return "the path contains a control character";
            if (c == ':')
                return "the path contains ':' (a drive letter or stream name)";
        }
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0)
                return "the path has an empty segment";
            if (segment is "." or "..")
                return $"the path contains a '{segment}' segment";
        }
        return Utf8Length(path) switch
        {
            < 0 => "the path is not valid Unicode",
            > MaxBytes => $"the path is longer than {MaxBytes} bytes",
            _ => null,
        };
    }

    /// <summary>Decodes a ZIP name strictly: invalid UTF-8 gives null rather than replacement characters.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static int Utf8Length(string path)
    {
        try
        {
            return StrictUtf8.GetByteCount(path);
        }
        catch (EncoderFallbackException)
        {
            return -1;
        }
    }
}
