using ContentPacker.Tests.Sample.Support;

namespace ContentPacker.Tests.Sample;

public sealed partial class SampleExhibitionTests
{
    private static readonly string[] TextKeys = ["title", "label", "role", "industry", "text", "thank_you"];

    [Test]
    public void Every_hotspot_kind_is_present()
    {
        var kinds = Hotspots().SelectMany(h => h.Keys.Cast<string>()).Intersect(["scene", "case_study", "video", "link"]).ToList();

        Assert.That(kinds, Is.EquivalentTo(new[] { "scene", "case_study", "video", "link" }));
        Assert.That(Hotspots().Where(h => h.ContainsKey("link")).Select(h => h["link"]), Has.Member("https://example.org/careers"));
    }

    [Test]
    public void Hotspots_lead_to_scenes_and_case_studies_that_exist()
    {
        var scenes = Scenes().Select(s => YamlTree.Scalar(s["id"])).ToHashSet();
        var studies = YamlTree.List(_yaml["case_studies"]).Select(c => YamlTree.Scalar(YamlTree.Map(c)["id"])).ToHashSet();

        Assert.That(Hotspots().Where(h => h.ContainsKey("scene")).Select(h => h["scene"]).Distinct(), Is.SubsetOf(scenes));
        Assert.That(Hotspots().Where(h => h.ContainsKey("video")).Select(h => h["video"]).Distinct(), Is.SubsetOf(scenes));
        Assert.That(Hotspots().Where(h => h.ContainsKey("case_study")).Select(h => h["case_study"]).Distinct(), Is.EquivalentTo(studies));
    }

    [Test]
    public void The_survey_has_five_questions_one_of_each_kind()
    {
        var questions = YamlTree.List(YamlTree.Map(_yaml["survey"])["questions"]).Select(YamlTree.Map).ToList();

        Assert.That(questions.Select(q => q["kind"]), Is.EquivalentTo(new[] { "scale", "yesno", "single", "multi", "text" }));
        Assert.That(questions.Where(q => q["kind"] is "single" or "multi").Select(q => YamlTree.List(q["options"]).Count), Has.All.GreaterThanOrEqualTo(2));
        Assert.That(YamlTree.Map(_yaml["survey"]).ContainsKey("thank_you"), Is.True);
    }

    [Test]
    public void Every_visitor_text_has_english_and_welsh()
    {
        var texts = YamlTree.AllMaps(_yaml).SelectMany(m => m.Where(p => TextKeys.Contains((string)p.Key)).Select(p => p.Value)).ToList();
        var languageMaps = YamlTree.AllMaps(_yaml).Where(m => m.ContainsKey("en") || m.ContainsKey("cy")).ToList();

        Assert.That(texts, Has.Count.GreaterThan(50));
        Assert.That(texts, Has.All.InstanceOf<Dictionary<object, object>>());
        Assert.That(languageMaps.Select(m => m.Keys.Cast<string>().Order().ToArray()), Has.All.EqualTo(new[] { "cy", "en" }));
        Assert.That(languageMaps.SelectMany(m => m.Values.Cast<string>()), Has.None.Empty);
    }

    [Test]
    public void Kiosk_settings_attract_with_the_panoramas_and_end_in_the_workshop()
    {
        var kiosk = YamlTree.Map(_yaml["kiosk"]);

        Assert.That(kiosk["idle_timeout"], Is.EqualTo("90"));
        Assert.That(kiosk["auto_rotate"], Is.EqualTo("4"));
        Assert.That(kiosk["careers_link"], Is.EqualTo("https://example.org/careers"));
        Assert.That(YamlTree.List(kiosk["attract_scenes"]), Has.Count.GreaterThanOrEqualTo(4));
        Assert.That(Scenes().Select(s => s["id"]), Has.Member(kiosk["last_scene"]));
    }

    [TestCase("en", "## What the job involves")]
    [TestCase("cy", "## Beth mae'r swydd yn ei olygu")]
    public void Case_study_bodies_use_headings_emphasis_lists_and_a_link(string language, string heading)
    {
        var bodies = YamlTree.List(_yaml["case_studies"]).Select(c => YamlTree.Scalar(YamlTree.Map(YamlTree.Map(c)["body"])[language])).ToList();

        foreach (var body in bodies.Select(b => File.ReadAllText(PathOf(b))))
        {
            Assert.That(body, Does.StartWith("# ").And.Contain(heading).And.Contain("**").And.Contain("\n- "));
            Assert.That(body, Does.Match(@"\]\(https://example\.org/[a-z/-]+\)"));
        }
    }
}
