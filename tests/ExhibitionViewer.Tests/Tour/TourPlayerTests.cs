using ExhibitionViewer.Controls;
using ExhibitionViewer.Platform;
using Exhibition.Bundle.Model;
using ExhibitionViewer.Overlay;
using ExhibitionViewer.Tests.Support;
using ExhibitionViewer.Touring;

namespace ExhibitionViewer.Tests.Touring;

public sealed class TourPlayerTests
{
    private static (TourPlayer Player, MemoryContent Content) Create(double transitionSeconds = 0.3, string? language = null)
    {
        var entries = TourBundle.Entries(out var tour, transitionSeconds);
        var content = new MemoryContent(entries);
        return (new TourPlayer(tour, content, language, 640, 360), content);
    }

    [Test]
    public void A_scene_hotspot_goes_to_its_scene_with_the_target_view()
    {
        var (player, _) = Create();

        var activated = player.Activate("to-workshop");

        Assert.That(activated, Is.True);
        Assert.That(player.Scene.Id, Is.EqualTo("workshop"));
        Assert.That(player.Camera.View, Is.EqualTo(TourBundle.WorkshopEntry));
    }

    [Test]
    public void Entering_a_scene_applies_its_own_limits()
    {
        var (player, _) = Create();
        player.Activate("to-workshop");

        player.Camera.RotateBy(0, 80);

        // The workshop limits pitch to 45; the top of a 90x50.6 view stops there.
        Assert.That(player.Camera.View.Pitch + player.Camera.Projection.Vfov / 2, Is.EqualTo(45).Within(1e-6));
    }

    [Test]
    public void A_case_study_hotspot_opens_its_panel_with_the_body_in_the_visitor_language()
    {
        var (player, _) = Create();

        player.Activate("story");

        Assert.That(player.Panel, Is.Not.Null);
        Assert.That(player.Panel!.MarkdownBody, Is.EqualTo(TourBundle.CaseStudyBody));
        Assert.That(player.Panel.Title, Is.EqualTo("Building wings"));
        Assert.That(player.BuildOverlay().Panel, Is.SameAs(player.Panel));
    }

    [Test]
    public void Switching_language_rereads_the_open_case_study()
    {
        var (player, _) = Create();
        player.Activate("story");

        var switched = player.SetLanguage("cy");

        Assert.That(switched, Is.True);
        Assert.That(player.Panel!.MarkdownBody, Is.EqualTo("# Adeiladu adenydd"));
        Assert.That(player.BuildOverlay().SceneTitle, Is.EqualTo("Hall (cy)"));
        Assert.That(player.SetLanguage("fr"), Is.False);
    }

    [Test]
    public void A_link_hotspot_opens_the_link_panel()
    {
        var (player, _) = Create();

        player.Activate("careers");

        Assert.That(player.Link, Is.EqualTo(new LinkPanel("Careers", "https://example.org/careers")));
        Assert.That(player.Panel, Is.Null);
    }

    [Test]
    public void A_video_hotspot_enters_the_video_scene_and_Escape_goes_back()
    {
        var (player, _) = Create();
        var input = new TourInput(player, new ViewControls(player.Camera), new MarkerHitTest());

        player.Activate("film");
        Assert.That(player.Scene.Id, Is.EqualTo("film"));
        Assert.That(player.IsVideoScene, Is.True);
        Assert.That(player.Message, Is.Null, "the video itself shows, not a message");

        input.Handle(new(InputEventKind.KeyDown, Key: Keys.Escape));

        Assert.That(player.Scene.Id, Is.EqualTo("hall"));
        Assert.That(input.QuitRequested, Is.False);
    }

    [Test]
    public void A_video_scene_shows_a_timed_hotspot_only_during_its_time_range()
    {
        // Given a film with a hotspot from 2 s until 5 s, straight ahead
        var entries = TourBundle.Entries(out var tour);
        var timed = new Hotspot { Id = "timed", Kind = HotspotKind.Scene, Yaw = 0, Pitch = 0, Label = new LocalizedText { ["en"] = "Hall" }, Target = "hall", ShowFrom = 2, ShowUntil = 5 };
        tour = tour with { Scenes = [.. tour.Scenes.Select(s => s.Video is null ? s : s with { Hotspots = [timed] })] };
        var player = new TourPlayer(tour, new MemoryContent(entries), null, 640, 360, "film");

        // When the video is before, inside and after the range
        var shown = new[] { 0.0, 1.9, 2.0, 4.9, 5.0 }.Select(t =>
        {
            player.VideoSeconds = t;
            return player.BuildOverlay().Hotspots.Any(h => h.Id == "timed");
        });

        // Then it shows from 2 s (inclusive) until 5 s (exclusive)
        Assert.That(shown, Is.EqualTo(new[] { false, false, true, true, false }));
    }

    [Test]
    public void Leaving_a_video_scene_entered_directly_goes_to_the_first_scene()
    {
        var entries = TourBundle.Entries(out var tour);
        var player = new TourPlayer(tour, new MemoryContent(entries), null, 640, 360, "film");

        var left = player.LeaveVideo();

        Assert.That(left, Is.True);
        Assert.That(player.Scene.Id, Is.EqualTo(tour.FirstScene));
    }

    [Test]
    public void The_calm_message_is_in_the_bundles_own_words_when_it_gives_them()
    {
        var entries = TourBundle.Entries(out var tour);
        var worded = tour with
        {
            Strings = new Dictionary<string, LocalizedText> { ["tour.unavailable"] = new() { ["en"] = "Closed for now", ["cy"] = "Ar gau am y tro" } },
        };
        var content = new MemoryContent(entries);
        content.Failing.Add("case-studies/aerospace/cy.md");
        var player = new TourPlayer(worded, content, "cy", 640, 360);

        player.Activate("story");

        Assert.That(player.Message, Is.EqualTo("Ar gau am y tro"));
    }

    [Test]
    public void An_unreadable_case_study_body_leaves_the_visitor_a_calm_message()
    {
        var (player, content) = Create();
        content.Failing.Add("case-studies/aerospace/en.md");

        var activated = player.Activate("story");

        Assert.That(activated, Is.False);
        Assert.That(player.Panel, Is.Null);
        Assert.That(player.Message, Does.Contain("resting"));
        player.Update(TourPlayer.MessageSeconds + 0.1);
        Assert.That(player.Message, Is.Null);
    }

    [Test]
    public void The_cross_fade_lasts_the_tour_transition_time()
    {
        var (player, _) = Create(transitionSeconds: 0.8);
        player.Activate("to-workshop");

        player.Update(0.4);
        Assert.That(player.Transition!.Progress, Is.EqualTo(0.5).Within(1e-9));
        Assert.That(player.Transition.From.Id, Is.EqualTo("hall"));
        Assert.That(player.BuildOverlay().Opacity, Is.EqualTo(0.5f).Within(1e-6));

        player.Update(0.41);
        Assert.That(player.Transition, Is.Null);
    }

    [Test]
    public void A_tour_without_transition_time_changes_scene_at_once()
    {
        var (player, _) = Create(transitionSeconds: 0);

        player.Activate("to-workshop");

        Assert.That(player.Transition, Is.Null);
    }
}
