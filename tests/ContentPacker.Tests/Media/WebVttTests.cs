using System.Text;
using ContentPacker.Media;
using ContentPacker.Tests.Media.Support;

namespace ContentPacker.Tests.Media;

public sealed class WebVttTests
{
    [Test]
    public void Check_passes_a_good_utf8_file_with_welsh_text()
    {
        // Given a valid caption file with Welsh letters outside Latin-1
        using var folder = new TempDirectory();
        string file = folder.File("interview.cy.vtt");
        File.WriteAllText(file, "WEBVTT\n\n00:01.000 --> 00:03.000\nCroeso i'r gweithdy, ŵyr ac ŷd\n", new UTF8Encoding(false));

        // When it is checked, then there is nothing to fix
        Assert.That(WebVtt.Check(file), Is.Empty);
    }

    [Test]
    public void Check_reports_each_problem_with_its_line()
    {
        // Given a file with a comma in a time (line 3) and a cue that ends before it starts (line 6)
        using var folder = new TempDirectory();
        string file = folder.File("bad.vtt");
        File.WriteAllText(file, "WEBVTT\n\n00:01,000 --> 00:02.000\nA\n\n00:05.000 --> 00:04.000\nB\n");

        // When it is checked, then both come back, in line order
        var problems = WebVtt.Check(file);
        Assert.That(problems.Select(p => p.Line), Is.EqualTo(new[] { 3, 6 }));
        Assert.That(problems[0].Message, Does.Contain("full stop"));
    }

    [Test]
    public void Check_reports_text_that_is_not_utf8_on_its_line()
    {
        // Given a file saved as Windows-1252: "café" with é as the single byte 0xE9 on line 4
        using var folder = new TempDirectory();
        string file = folder.File("latin1.vtt");
        byte[] head = Encoding.ASCII.GetBytes("WEBVTT\n\n00:01.000 --> 00:02.000\ncaf");
        File.WriteAllBytes(file, [.. head, 0xE9, (byte)'\n']);

        // When it is checked, then line 4 is named and the fix is to save as UTF-8
        var problems = WebVtt.Check(file);
        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0].Line, Is.EqualTo(4));
        Assert.That(problems[0].Message, Does.Contain("UTF-8"));
    }

    [Test]
    public void Check_names_a_missing_file()
    {
        using var folder = new TempDirectory();
        string file = folder.File("absent.vtt");

        var error = Assert.Throws<MediaException>(() => WebVtt.Check(file))!;
        Assert.That(error.Message, Does.Contain(file));
    }
}
