using System.Text;

namespace Exhibition.Survey.Tests.Support;

/// <summary>A strict RFC 4180 reader (CRLF rows, quoted fields with doubled quotes), to check what the exports write.</summary>
internal static class Csv
{
    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (!(text[i] == '"' && (i + 1 == text.Length || text[i + 1] != '"')))
                {
                    if (text[i] == '"') i++;
                    field.Append(text[i++]);
                }

                i++;
            }

            while (i < text.Length && text[i] is not (',' or '\r')) field.Append(text[i++]);
            row.Add(field.ToString());
            field.Clear();
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }

            if (i + 1 >= text.Length || text[i + 1] != '\n') throw new FormatException($"A row ends with a bare CR at {i}.");
            i += 2;
            rows.Add([.. row]);
            row.Clear();
        }

        return rows;
    }
}
