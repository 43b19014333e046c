using Exhibition.Bundle.Model;
using ExhibitionViewer.Platform;
using ExhibitionViewer.Scripting;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Tests.Scripting;

public sealed class InputScriptTests
{
    private static readonly ScriptFrame Frame = new(new ViewProjection(new ViewAngles(0, 0, 90), 640, 360), "hall", true);

    private static List<List<InputEvent>> Play(string text, double frameSeconds = 0.1, int frames = 50)
    {
        var player = new ScriptPlayer(InputScript.Parse(text, "test.txt"));
        var all = new List<List<InputEvent>>();
        for (var i = 0; i < frames && !player.Finished; i++)
        {
            var events = new List<InputEvent>();
            player.Step(frameSeconds, Frame, events);
            all.Add(events);
        }

        return all;
    }

    [Test]
    public void A_bad_line_is_refused_with_its_number()
    {
        var error = Assert.Throws<FormatException>(() => InputScript.Parse("wait 1\n# note\ndrag 1 2 3\n", "s.txt"));

        Assert.That(error!.Message, Does.StartWith("s.txt:3:"));
        Assert.Throws<FormatException>(() => InputScript.Parse("key Hyper", "s.txt"));
    }

    [Test]
    public void A_drag_presses_moves_evenly_holds_then_releases_at_the_end_point()
    {
        var frames = Play("drag 100 50 300 50 0.4");
        var flat = frames.SelectMany(f => f).ToList();

        Assert.That(flat[0], Is.EqualTo(new InputEvent(InputEventKind.PointerDown, 100, 50, Id: 1)));
        Assert.That(flat.Where(e => e.Kind == InputEventKind.PointerMove).Select(e => e.X), Is.EqualTo(new[] { 150.0, 200, 250, 300 }).Within(1e-9));
        Assert.That(flat[^1], Is.EqualTo(new InputEvent(InputEventKind.PointerUp, 300, 50, Id: 1)));
        Assert.That(frames.Count(f => f.Count == 0), Is.GreaterThanOrEqualTo(1), "it holds still before releasing");
    }

    [Test]
    public void Shift_Tab_presses_shift_first_and_releases_it_last()
    {
        var flat = Play("key Shift+Tab").SelectMany(f => f).ToList();

        Assert.That(flat.Select(e => (e.Kind, e.Key)), Is.EqualTo(new[]
        {
            (InputEventKind.KeyDown, Keys.LeftShift), (InputEventKind.KeyDown, Keys.Tab),
            (InputEventKind.KeyUp, Keys.Tab), (InputEventKind.KeyUp, Keys.LeftShift),
        }));
    }

    [Test]
    public void Tap_angle_taps_where_the_angle_is_on_screen()
    {
        var flat = Play("tap-angle 30 0").SelectMany(f => f).ToList();

        Assert.That(flat[0].X, Is.EqualTo(320 + 320 * Math.Tan(Math.PI / 6)).Within(1e-6));
        Assert.That(flat[0].Y, Is.EqualTo(180).Within(1e-6));
    }

    [Test]
    public void Wait_takes_its_time_and_an_unmet_expectation_is_reported()
    {
        var player = new ScriptPlayer(InputScript.Parse("wait 0.5\nexpect-scene workshop", "s.txt"));
        var frames = 0;
        while (!player.Finished)
        {
            player.Step(0.1, Frame, new List<InputEvent>());
            frames++;
        }

        Assert.That(frames, Is.EqualTo(6));
        Assert.That(player.Failures, Has.Count.EqualTo(1));
        Assert.That(player.Failures[0], Does.Contain("line 2").And.Contain("'hall'"));
    }

    [Test]
    public void Wait_video_goes_on_once_the_video_reaches_its_time_however_long_that_takes()
    {
        // A slow machine: the video starts late and advances a tenth of a second every frame
        var player = new ScriptPlayer(InputScript.Parse("wait-video 1\nkey Space", "s.txt"));
        var pressedAt = new List<int>();
        for (var frame = 0; !player.Finished; frame++)
        {
            var events = new List<InputEvent>();
            double? at = frame < 20 ? null : (frame - 20) * 0.1;
            player.Step(0.1, Frame with { SceneId = "film", VideoSeconds = at }, events);
            pressedAt.AddRange(events.Where(e => e.Kind == InputEventKind.KeyDown).Select(_ => frame));
        }

        Assert.That(pressedAt, Is.EqualTo(new[] { 30 }), "the key went down in the frame that saw the video at 1.0 s");
        Assert.That(player.Failures, Is.Empty);
    }

    [Test]
    public void Wait_scene_gives_up_after_its_limit_and_reports_where_the_viewer_was()
    {
        var player = new ScriptPlayer(InputScript.Parse("wait-scene workshop 0.5\nwait-video 2 0.3", "s.txt"));
        var frames = 0;
        while (!player.Finished)
        {
            player.Step(0.1, Frame, new List<InputEvent>());
            frames++;
        }

        Assert.That(frames, Is.EqualTo(9));
        Assert.That(player.Failures, Is.EqualTo(new[]
        {
            "script line 1: after 0.5 s the viewer was still in 'hall', not 'workshop'",
            "script line 2: after 0.3 s no video was playing",
        }));
    }
}
