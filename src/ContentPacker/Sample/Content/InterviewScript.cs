namespace ContentPacker.Sample.Content;

/// <summary>What Ffion says in the studio video, cue by cue, as WebVTT in each language.</summary>
internal static class InterviewScript
{
    public const double DurationSeconds = 10;

    private static readonly (double From, double Until, Text Words)[] Cues =
    [
        (0.5, 2.8, new("Hi, I'm Ffion. I'm a broadcast technician.", "Helo, Ffion ydw i. Dw i'n dechnegydd darlledu.")),
        (3.0, 5.3, new("Before we go live, I check every camera and microphone.", "Cyn i ni fynd yn fyw, dw i'n gwirio pob camera a meicroffon.")),
        (5.5, 7.8, new("If something fails on air, we fix it in seconds.", "Os bydd rhywbeth yn methu ar yr awyr, rydyn ni'n ei drwsio mewn eiliadau.")),
        (8.0, 9.8, new("No two days are ever the same!", "Does dim dau ddiwrnod yr un fath!")),
    ];

    public static string WebVtt(bool welsh)
    {
        var lines = new List<string> { "WEBVTT", string.Empty };
        for (int i = 0; i < Cues.Length; i++)
        {
            var (from, until, words) = Cues[i];
            lines.Add((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            lines.Add($"{Stamp(from)} --> {Stamp(until)}");
            lines.Add(welsh ? words.Cy : words.En);
            lines.Add(string.Empty);
        }

        return string.Join('\n', lines);
    }

    private static string Stamp(double seconds) =>
        TimeSpan.FromSeconds(seconds).ToString(@"hh\:mm\:ss\.fff", System.Globalization.CultureInfo.InvariantCulture);
}
