using System.Buffers;
using System.Text.Unicode;
using Exhibition.Bundle.Captions;

namespace ContentPacker.Media;

/// <summary>Checks WebVTT caption files.</summary>
public static class WebVtt
{
    /// <summary>Returns problems as (line, message) pairs; empty when the file is valid WebVTT.</summary>
    public static IReadOnlyList<(int Line, string Message)> Check(string file)
    {
        ArgumentException.ThrowIfNullOrEmpty(file);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MediaException($"{file} cannot be read: {e.Message}. Check the caption path in exhibition.yaml.", e);
        }

        return CheckCore(bytes);
    }

    // WebVTT is always UTF-8; a file saved as Windows-1252 would show wrong accents (Welsh ŵ, ŷ), so it is an error.
    private static IReadOnlyList<(int Line, string Message)> CheckCore(byte[] bytes)
    {
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out int read, out int written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            int line = 1 + bytes.AsSpan(0, read).Count((byte)'\n');
            return [(line, "This line is not valid UTF-8 text. Save the file with UTF-8 encoding (WebVTT is always UTF-8).")];
        }

        return WebVttParser.Analyze(new string(chars, 0, written)).Problems.Select(p => (p.Line, p.Message)).ToList();
    }
}
