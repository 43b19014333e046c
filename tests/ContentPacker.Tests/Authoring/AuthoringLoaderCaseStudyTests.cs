using ContentPacker.Tests.Support;

namespace ContentPacker.Tests.Authoring;

public sealed class AuthoringLoaderCaseStudyTests
{
    private const string Body = "case-studies/aerospace.en.md";
    private const string Field = "case_studies[0].body.en";

    [Test]
    public void Load_reports_a_body_that_is_not_utf8_with_its_line()
    {
        using var folder = AuthoringFolderFixture.Example();
        folder.WriteBytes(Body, [.. "# Priya\n\nCaf"u8.ToArray(), 0xE9, (byte)'\n']);

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Body, 3, Field, "not UTF-8");
    }

    [Test]
    public void Load_reports_an_empty_body()
    {
        using var folder = AuthoringFolderFixture.Example();
        folder.WriteText(Body, "  \n\n");

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Body, 0, Field, "is empty");
    }

    [Test]
    public void Load_reports_a_raw_html_block_with_its_line()
    {
        using var folder = AuthoringFolderFixture.Example();
        folder.WriteText(Body, "# Priya\n\nText.\n\n<div>boxed</div>\n");

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Body, 5, Field, "raw HTML is not shown on kiosks");
    }

    [Test]
    public void Load_reports_an_image_inside_markdown_with_its_line()
    {
        using var folder = AuthoringFolderFixture.Example();
        folder.WriteText(Body, "# Priya\n\nHere she is: ![Priya](priya.jpg)\n");

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Body, 3, Field, "images inside Markdown are not supported", "'image:'");
    }

    [Test]
    public void Load_reports_a_relative_link_with_its_line()
    {
        using var folder = AuthoringFolderFixture.Example();
        folder.WriteText(Body, "# Priya\n\nText.\n\nSee [the course](courses/composites.html).\n");

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Body, 5, Field, "link 'courses/composites.html' is not a full web address", "QR code");
    }

    [Test]
    public void Load_reports_an_email_autolink()
    {
        using var folder = AuthoringFolderFixture.Example();
        folder.WriteText(Body, "# Priya\n\nWrite to <priya@example.org>.\n");

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Body, 3, Field, "not a full web address");
    }

    [Test]
    public void Load_reports_a_body_missing_a_language()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("body: {en: case-studies/aerospace.en.md, cy: case-studies/aerospace.cy.md}", "body: {en: case-studies/aerospace.en.md}"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, "exhibition.yaml", folder.Line("body:"), "case_studies[0].body", "no body file in 'cy'");
    }
}
