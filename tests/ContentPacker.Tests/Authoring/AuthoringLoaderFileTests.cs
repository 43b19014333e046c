using ContentPacker.Tests.Support;

namespace ContentPacker.Tests.Authoring;

public sealed class AuthoringLoaderFileTests
{
    private const string Yaml = "exhibition.yaml";

    [Test]
    public void Load_reports_a_missing_file_and_suggests_a_similar_name()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("panorama: panoramas/entrance.jpg", "panorama: panoramas/entrence.jpg"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("entrence.jpg"), "scenes[0].panorama", "file 'panoramas/entrence.jpg' does not exist", "Did you mean 'panoramas/entrance.jpg'?");
    }

    [Test]
    public void Load_reports_a_path_that_climbs_out_of_the_folder()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("image: images/aerospace.jpg", "image: images/../../aerospace.jpg"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("image: images/.."), "case_studies[0].image", "leaves the authoring folder");
    }

    [Test]
    public void Load_reports_an_absolute_path()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("image: images/aerospace.jpg", "image: /etc/hostname"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("image: /etc"), "case_studies[0].image", "is an absolute path");
    }

    [Test]
    public void Load_reports_a_path_written_with_backslashes()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("image: images/aerospace.jpg", @"image: 'images\aerospace.jpg'"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line(@"images\aerospace"), "case_studies[0].image", "write paths with '/'");
    }

    [Test]
    public void Load_reports_a_symbolic_link_that_leads_out_of_the_folder()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("image: images/aerospace.jpg", "image: images/outside.jpg"));
        var outside = Path.Combine(Path.GetTempPath(), "authoring-outside-" + Guid.NewGuid().ToString("N") + ".jpg");
        File.WriteAllText(outside, "x");
        try
        {
            File.CreateSymbolicLink(folder.PathOf("images/outside.jpg"), outside);

            var result = folder.Load();

            AuthoringAssert.HasProblem(result, Yaml, folder.Line("images/outside.jpg"), "case_studies[0].image", "leaves the authoring folder");
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Test]
    public void Load_reports_a_folder_named_as_a_file()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("image: images/aerospace.jpg", "image: images"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("image: images"), "case_studies[0].image", "is a folder");
    }
}
