using Exhibition.Bundle.Captions;

namespace Exhibition.Bundle.Tests.Captions;

public sealed class WebVttProblemTests
{
    private const string Cue = "00:01.000 --> 00:02.000\nHello\n";

    // (file text, line of the expected problem, words the message must contain, total problems expected)
    private static readonly object[] Cases =
    [
        new object[] { "", 1, "empty", 1 },
        new object[] { "WEBVTT\n", 1, "no cues", 1 },
        new object[] { Cue, 1, "first line must be WEBVTT", 1 },
        new object[] { "WEBVTTX\n\n" + Cue, 1, "first line must be WEBVTT", 1 },
        new object[] { "webvtt\n\n" + Cue, 1, "first line must be WEBVTT", 1 },
        new object[] { "1\n00:00:01,000 --> 00:00:02,000\nHi\n", 1, "SRT", 2 },
        new object[] { "WEBVTT\n\n00:00:01,000 --> 00:00:02.000\nHi\n", 3, "full stop", 1 },
        new object[] { "WEBVTT\n" + Cue, 2, "blank line between the WEBVTT line", 1 },
        new object[] { "WEBVTT\n\n" + Cue + "00:03.000 --> 00:04.000\nBye\n", 5, "blank line before this timing line", 1 },
        new object[] { "WEBVTT\n\n00:00:01 --> 00:00:02.000\nHi\n", 3, "three digits of milliseconds", 1 },
        new object[] { "WEBVTT\n\n00:01.000 --> 00:61:00.000\nHi\n", 3, "above 59", 1 },
        new object[] { "WEBVTT\n\n00:01.000 --> abc\nHi\n", 3, "end time 'abc' is not a WebVTT time", 1 },
        new object[] { "WEBVTT\n\n00:02.000 --> 00:02.000\nHi\n", 3, "ends (00:00:02.000) before or when it starts", 1 },
        new object[] { "WEBVTT\n\n00:05.000 --> 00:06.000\nA\n\n" + Cue, 6, "in order of start time", 1 },
        new object[] { "WEBVTT\n\n00:01.000 --> 00:02.000\n\n", 3, "no text", 1 },
        new object[] { "WEBVTT\n\n" + Cue + "   \n00:03.000 --> 00:04.000\nBye\n", 5, "only spaces or tabs", 2 },
        new object[] { "WEBVTT\n\nhello\nworld\n\n" + Cue, 3, "Expected a cue timing line", 1 },
        new object[] { "WEBVTT\n\n00:01.000 -> 00:02.000\nHi\n", 3, "'-->'", 1 },
        new object[] { "WEBVTT\n\n00:01.000-->00:02.000\nHi\n", 3, "space on each side", 1 },
        new object[] { "WEBVTT\n\n" + Cue + "\nSTYLE\n::cue { color: red }\n", 6, "above the first cue", 1 },
        new object[] { "WEBVTT\n\na\n" + Cue + "\na\n00:03.000 --> 00:04.000\nBye\n", 7, "already used on line 3", 1 },
        new object[] { "WEBVTT\n\n00:01.000 --> 00:02.000 align:middle\nHi\n", 3, "'align:middle' has a value", 1 },
        new object[] { "WEBVTT\n\n00:01.000 --> 00:02.000 colour:red\nHi\n", 3, "'colour:red' is not a cue setting", 1 },
        new object[] { "WEBVTT\n\nNOTE\n" + Cue, 3, "Put a blank line after 'NOTE'", 1 },
    ];

    [TestCaseSource(nameof(Cases))]
    public void Each_kind_of_error_is_reported_on_its_line_with_what_to_fix(string text, int line, string words, int count)
    {
        // Given a caption file with one kind of mistake
        // When it is analysed
        var problems = WebVttParser.Analyze(text).Problems;

        // Then the problem is on the right line, says what to fix, and nothing else is reported but its knock-on effects
        Assert.That(problems.Any(p => p.Line == line && p.Message.Contains(words, StringComparison.Ordinal)), Is.True,
            () => "got: " + string.Join(" | ", problems));
        Assert.That(problems, Has.Count.EqualTo(count), () => "got: " + string.Join(" | ", problems));
    }

    [Test]
    public void Line_numbers_count_crlf_and_lone_cr_line_ends_alike()
    {
        var problems = WebVttParser.Analyze("WEBVTT\r\n\r00:02.000 --> 00:01.000\r\nHi\n").Problems;

        Assert.That(problems.Select(p => p.Line), Is.EqualTo(new[] { 3 }));
    }
}
