using Exhibition.Bundle.Captions;

namespace Exhibition.Bundle.Tests.Captions;

public sealed class WebVttParserTests
{
    private const string GoodFile =
        "\uFEFFWEBVTT - Interview captions\r\n" +
        "Kind: captions\r\n" +
        "\r\n" +
        "STYLE\r\n" +
        "::cue { color: yellow }\r\n" +
        "\r\n" +
        "REGION\r\n" +
        "id:lower width:40% lines:3\r\n" +
        "\r\n" +
        "NOTE Welsh lines are in the .cy.vtt file\r\n" +
        "\r\n" +
        "intro\r\n" +
        "00:01.000 --> 00:04.500 line:85% align:center\r\n" +
        "<v Sam>I fix the machines</v>\r\n" +
        "that make the &lt;wings&gt;.\r\n" +
        "\r\n" +
        "00:00:04.500 --> 00:01:02.250\r\n" +
        "<i>Workshop noise</i>\r\n" +
        "\r\n" +
        "NOTE a comment\r\nover two lines\r\n" +
        "\r\n" +
        "100:00:00.000 --> 100:00:01.000 position:10%,line-left size:50% vertical:rl region:lower\r\n" +
        "Much later";

    [Test]
    public void A_well_formed_file_has_no_problems()
    {
        Assert.That(WebVttParser.Analyze(GoodFile).Problems, Is.Empty);
    }

    [Test]
    public void Parse_gives_each_cue_its_times_in_seconds()
    {
        var cues = WebVttParser.Parse(GoodFile);

        Assert.That(cues.Select(c => (c.StartSeconds, c.EndSeconds)),
            Is.EqualTo(new[] { (1.0, 4.5), (4.5, 62.25), (360_000.0, 360_001.0) }));
    }

    [Test]
    public void Parse_keeps_identifier_settings_text_and_timing_line()
    {
        var cue = WebVttParser.Parse(GoodFile)[0];

        Assert.That(cue.Identifier, Is.EqualTo("intro"));
        Assert.That(cue.Settings, Is.EqualTo("line:85% align:center"));
        Assert.That(cue.Text, Is.EqualTo("<v Sam>I fix the machines</v>\nthat make the &lt;wings&gt;."));
        Assert.That(cue.PlainText, Is.EqualTo("I fix the machines\nthat make the <wings>."));
        Assert.That(cue.Line, Is.EqualTo(13));
        Assert.That(WebVttParser.Parse(GoodFile)[1].Identifier, Is.Null);
    }

    [Test]
    public void A_cue_is_active_from_its_start_until_just_before_its_end()
    {
        var cue = WebVttParser.Parse(GoodFile)[0];

        Assert.That((cue.IsActiveAt(0.999), cue.IsActiveAt(1.0), cue.IsActiveAt(4.499), cue.IsActiveAt(4.5)),
            Is.EqualTo((false, true, true, false)));
    }

    [Test]
    public void Parse_still_reads_the_cues_around_a_bad_one()
    {
        var cues = WebVttParser.Parse("WEBVTT\n\n00:01.000 --> 00:02.000\nA\n\n00:02,000 --> 00:03.000\nB\n\n00:03.000 --> 00:04.000\nC");

        Assert.That(cues.Select(c => c.Text), Is.EqualTo(new[] { "A", "C" }));
    }
}
