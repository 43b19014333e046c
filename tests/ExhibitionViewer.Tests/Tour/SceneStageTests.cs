using ExhibitionViewer.Rendering;
using ExhibitionViewer.Tests.Support;
using ExhibitionViewer.Touring;

namespace ExhibitionViewer.Tests.Touring;

public sealed class SceneStageTests
{
    private static (TourPlayer Player, SceneStage Stage, NullRenderer Renderer) Create(double transitionSeconds = 0.5)
    {
        var entries = TourBundle.Entries(out var tour, transitionSeconds);
        var content = new MemoryContent(entries);
        var renderer = new NullRenderer();
        return (new TourPlayer(tour, content, null, 640, 360), new SceneStage(renderer, content, 64L << 20, 1), renderer);
    }

    private static LayerFrame? Frame(TourPlayer player, SceneStage stage, NullRenderer renderer, double seconds = 1 / 60.0)
    {
        player.Update(seconds);
        renderer.BeginFrame(player.Camera.Projection);
        var frame = stage.Draw(player);
        renderer.EndFrame();
        return frame;
    }

    private static void FramesUntil(Func<bool> done, TourPlayer player, SceneStage stage, NullRenderer renderer)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!done() && DateTime.UtcNow < deadline)
        {
            Frame(player, stage, renderer);
            Thread.Sleep(2);
        }

        Assert.That(done(), Is.True, "timed out");
    }

    [Test]
    public void Linked_scenes_are_preloaded_and_unlinked_ones_released()
    {
        var (player, stage, renderer) = Create();
        using var _ = stage;

        FramesUntil(() => stage.OpenScenes.Contains("workshop"), player, stage, renderer);
        Assert.That(SceneStage.LinkedScenes(player, 3).Select(l => (l.Scene.Id, l.View)), Is.EqualTo(new[] { ("workshop", TourBundle.WorkshopEntry) }));

        player.Activate("film");
        FramesUntil(() => player.Transition is null, player, stage, renderer);
        Frame(player, stage, renderer);

        Assert.That(stage.OpenScenes, Is.Empty, "a video scene links nowhere, so nothing stays loaded");
    }

    [Test]
    public void The_first_frame_after_a_tap_shows_the_preloaded_scene_over_the_fading_one()
    {
        var (player, stage, renderer) = Create();
        using var _ = stage;
        FramesUntil(() => stage.OpenScenes.Contains("workshop") && Frame(player, stage, renderer) is { IsComplete: true }, player, stage, renderer);
        Assert.That(renderer.TranslucentQuadsLastFrame, Is.Zero);

        player.Activate("to-workshop");
        var frame = Frame(player, stage, renderer, 0.1);

        Assert.That(frame, Is.Not.Null);
        Assert.That(renderer.TranslucentQuadsLastFrame, Is.GreaterThan(0), "the new scene fades in over the old");
        Assert.That(renderer.QuadsLastFrame, Is.GreaterThan(renderer.TranslucentQuadsLastFrame), "the old scene is drawn underneath");

        FramesUntil(() => player.Transition is null, player, stage, renderer);
        Frame(player, stage, renderer);
        Assert.That(renderer.TranslucentQuadsLastFrame, Is.Zero);
        Assert.That(stage.OpenScenes, Is.EquivalentTo(new[] { "workshop", "hall" }), "the hall is linked back from the workshop");
    }

    [Test]
    public void A_scene_whose_preview_is_corrupt_draws_nothing_and_does_not_throw()
    {
        var entries = TourBundle.Entries(out var tour);
        var content = new MemoryContent(entries);
        content.Failing.Add(tour.FindScene("workshop")!.Panorama!.PreviewPath);
        using var renderer = new NullRenderer();
        var player = new TourPlayer(tour, content, null, 640, 360);
        using var stage = new SceneStage(renderer, content, 64L << 20, 1);

        player.Activate("to-workshop");
        var frame = Frame(player, stage, renderer);

        Assert.That(frame, Is.Null);
        Assert.That(player.Scene.Id, Is.EqualTo("workshop"));
    }
}
