using Exhibition.Survey.Json;
using Exhibition.Survey.Model;

namespace Exhibition.Survey.Exports;

public static partial class ExportReader
{
    // Every line a response and every line ended: the writer ends each with '\n', so a last line without one is a
    // file cut short, even when what remains happens to be valid JSON.
    private static List<SurveyResponse> ParseLines(string path, byte[] bytes)
    {
        var responses = new List<SurveyResponse>();
        var start = 0;
        var number = 0;
        while (start < bytes.Length)
        {
            number++;
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            if (end < 0) throw new ExportException(path, number, "the last line has no end: the file is truncated.");
            responses.Add(ParseLine(path, number, bytes.AsMemory(start, end - start)));
            start = end + 1;
        }

        return responses;
    }

    private static SurveyResponse ParseLine(string path, int number, ReadOnlyMemory<byte> line)
    {
        try
        {
            if (line.IsEmpty) throw new FormatException("the line is empty.");
            return SurveyResponseJson.Parse(line);
        }
        catch (FormatException e)
        {
            throw new ExportException(path, number, $"not a survey response ({e.Message})", e);
        }
    }
}
