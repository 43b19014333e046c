using ExhibitionViewer.Controls;
using ExhibitionViewer.Platform;
using ExhibitionViewer.Tests.Support;
using ExhibitionViewer.Touring;

namespace ExhibitionViewer.Tests.Touring;

public sealed class TourInputTests
{
    private static (TourPlayer Player, TourInput Input, List<string> Printed) Create(bool author = false)
    {
        var entries = TourBundle.Entries(out var tour);
        var player = new TourPlayer(tour, new MemoryContent(entries), null, 640, 360);
        var printed = new List<string>();
        return (player, new TourInput(player, new ViewControls(player.Camera), new MarkerHitTest()) { AuthorMode = author, AuthorOutput = printed.Add }, printed);
    }

    private static void Tap(TourInput input, double x, double y)
    {
        input.Handle(new InputEvent(InputEventKind.PointerDown, x, y, Id: 1));
        input.Handle(new InputEvent(InputEventKind.PointerUp, x + 3, y - 2, Id: 1));
    }

    private static void Key(TourInput input, int key)
    {
        input.Handle(new InputEvent(InputEventKind.KeyDown, Key: key));
        input.Handle(new InputEvent(InputEventKind.KeyUp, Key: key));
    }

    [Test]
    public void Tab_moves_the_focus_through_visible_hotspots_in_screen_order_and_Shift_Tab_back()
    {
        var (player, input, _) = Create();

        Key(input, Keys.Tab);
        var first = player.FocusedHotspot;
        Key(input, Keys.Tab);
        var second = player.FocusedHotspot;
        Key(input, Keys.Tab);
        var wrapped = player.FocusedHotspot;
        input.Handle(new InputEvent(InputEventKind.KeyDown, Key: Keys.LeftShift));
        Key(input, Keys.Tab);

        // Only yaw -30 and 30 are on screen at yaw 0, hfov 90: the link (100) and the film (150) are not.
        Assert.That((first, second, wrapped, player.FocusedHotspot), Is.EqualTo(("story", "to-workshop", "story", "to-workshop")));
        Assert.That(player.BuildOverlay().Hotspots.Single(h => h.Focused).Id, Is.EqualTo("to-workshop"));
    }

    [Test]
    public void Enter_activates_the_focused_hotspot()
    {
        var (player, input, _) = Create();

        Key(input, Keys.Tab);
        Key(input, Keys.Return);

        Assert.That(player.Panel?.Id, Is.EqualTo("aerospace"));
    }

    [Test]
    public void A_tap_on_a_marker_activates_it_but_a_drag_across_it_does_not()
    {
        var (player, input, _) = Create();
        input.Handle(new InputEvent(InputEventKind.PointerDown, 135, 180, Id: 1));
        input.Handle(new InputEvent(InputEventKind.PointerMove, 180, 180));
        input.Handle(new InputEvent(InputEventKind.PointerUp, 180, 180, Id: 1));
        Assert.That(player.Panel, Is.Null);
        player.Camera.SetView(new(0, 0, 90));

        // yaw -30 is 320 - 320 tan 30 = 135.2 px from the left
        Tap(input, 135, 180);

        Assert.That(player.Panel?.Id, Is.EqualTo("aerospace"));
    }

    [Test]
    public void A_tap_outside_the_panel_closes_it_and_a_tap_inside_does_not()
    {
        var (player, input, _) = Create();
        player.Activate("story");

        Tap(input, 320, 180);
        Assert.That(player.HasPanel, Is.True);
        Tap(input, 10, 10);

        Assert.That(player.HasPanel, Is.False);
    }

    [Test]
    public void Escape_closes_the_panel_before_it_quits()
    {
        var (player, input, _) = Create();
        player.Activate("careers");

        Key(input, Keys.Escape);
        Assert.That((player.HasPanel, input.QuitRequested), Is.EqualTo((false, false)));
        Key(input, Keys.Escape);

        Assert.That(input.QuitRequested, Is.True);
    }

    [Test]
    public void The_panorama_does_not_move_while_a_panel_is_open()
    {
        var (player, input, _) = Create();
        player.Activate("story");

        input.Handle(new InputEvent(InputEventKind.PointerDown, 300, 180, Id: 1));
        input.Handle(new InputEvent(InputEventKind.PointerMove, 100, 180));
        input.Handle(new InputEvent(InputEventKind.PointerUp, 100, 180, Id: 1));
        input.Update(1);

        Assert.That(player.Camera.View.Yaw, Is.EqualTo(0));
    }

    [Test]
    public void A_pinch_never_counts_as_a_tap()
    {
        var (player, input, _) = Create();

        input.Handle(new InputEvent(InputEventKind.FingerDown, 135 / 640.0, 0.5, Id: 1));
        input.Handle(new InputEvent(InputEventKind.FingerDown, 0.6, 0.5, Id: 2));
        input.Handle(new InputEvent(InputEventKind.FingerUp, 0.6, 0.5, Id: 2));
        input.Handle(new InputEvent(InputEventKind.FingerUp, 135 / 640.0, 0.5, Id: 1));

        Assert.That(player.Panel, Is.Null);
    }

    [Test]
    public void Author_mode_shows_the_angles_under_the_pointer_and_prints_a_hotspot_line_on_click()
    {
        var (player, input, printed) = Create(author: true);

        input.Handle(new InputEvent(InputEventKind.PointerMove, 320, 180));
        Assert.That(player.BuildOverlay().Message, Is.EqualTo("yaw 0.0  pitch 0.0"));
        Tap(input, 135, 180);

        // The tap is where the press was released, (138, 178): yaw atan(-182/320), pitch just above the horizon.
        var (yaw, pitch) = player.Camera.Projection.ScreenToAngles(new(138, 178));
        Assert.That((Math.Round(yaw, 1), Math.Round(pitch, 1)), Is.EqualTo((-29.6, 0.3)));
        Assert.That(printed, Is.EqualTo(new[] { "- {id: hotspot-1, yaw: -29.6, pitch: 0.3, scene: TODO, label: {en: TODO}}" }));
        Assert.That(player.Panel, Is.Null);
    }

    [Test]
    public void On_a_video_scene_a_tap_on_nothing_goes_to_the_video_controls_and_a_claimed_press_never_moves_the_view()
    {
        // Given the film scene with video controls that claim presses in the bottom row of pixels
        var entries = TourBundle.Entries(out var tour);
        var player = new TourPlayer(tour, new MemoryContent(entries), null, 640, 360, "film");
        var video = new FakeVideoControls(e => e.Kind == InputEventKind.PointerDown && e.Y > 350);
        var input = new TourInput(player, new ViewControls(player.Camera), new MarkerHitTest()) { Video = video };
        var view = player.Camera.View;

        // When the visitor taps the middle, then drags from the bottom row
        Tap(input, 320, 180);
        input.Handle(new InputEvent(InputEventKind.PointerDown, 320, 355, Id: 1));
        input.Handle(new InputEvent(InputEventKind.PointerMove, 100, 355, Id: 1));
        input.Handle(new InputEvent(InputEventKind.PointerUp, 100, 355, Id: 1));

        // Then the tap reached the controls as a tap on the scene, and the claimed drag did not turn the view
        Assert.That(video.SceneTaps, Is.EqualTo(1));
        Assert.That(player.Scene.Id, Is.EqualTo("film"));
        Assert.That(player.Camera.View.Yaw, Is.EqualTo(view.Yaw).Within(1e-9));
    }
}
