using ContentPacker.Tests.Support;

namespace ContentPacker.Tests.Authoring;

public sealed class AuthoringLoaderKioskTests
{
    private const string Yaml = "exhibition.yaml";

    [Test]
    public void Load_reports_an_idle_timeout_under_ten_seconds()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("idle_timeout: 90", "idle_timeout: 5"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("idle_timeout: 5"), "kiosk.idle_timeout", "from 10 to 3600");
    }

    [Test]
    public void Load_reports_an_attract_scene_that_does_not_exist()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("[entrance, workshop]", "[entrance, workshops]"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("attract_scenes"), "kiosk.attract_scenes[1]", "no scene has id 'workshops'", "Did you mean 'workshop'?");
    }

    [Test]
    public void Load_reports_a_last_scene_that_does_not_exist()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("last_scene: workshop", "last_scene: exit"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("last_scene: exit"), "kiosk.last_scene", "no scene has id 'exit'");
    }

    [Test]
    public void Load_reports_a_careers_link_that_is_not_a_web_address()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("careers_link: https://example.org/careers", "careers_link: mailto:jobs@example.org"));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("careers_link"), "kiosk.careers_link", "not a full web address");
    }

    [Test]
    public void Load_reports_an_auto_rotate_speed_out_of_range()
    {
        using var folder = AuthoringFolderFixture.Example(y => y.Replace("auto_rotate: 3 ", "auto_rotate: -90 "));

        var result = folder.Load();

        AuthoringAssert.HasProblem(result, Yaml, folder.Line("auto_rotate: -90"), "kiosk.auto_rotate", "from -30 to 30");
    }

    [Test]
    public void Load_uses_default_kiosk_settings_when_kiosk_is_absent()
    {
        using var folder = AuthoringFolderFixture.Example(y => y[..y.IndexOf("kiosk:", StringComparison.Ordinal)]);

        var kiosk = folder.Load().Exhibition!.Kiosk;

        Assert.That((kiosk.IdleTimeoutSeconds, kiosk.AttractScenes.Count, kiosk.LastScene), Is.EqualTo((90.0, 0, (string?)null)));
    }
}
