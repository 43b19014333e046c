using Exhibition.Bundle.Model;
using ExhibitionViewer.Controls;
using ExhibitionViewer.Platform;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Tests.Controls;

public sealed class ViewControlsTests
{
    private static (Camera Camera, ViewControls Controls) Create()
    {
        var camera = new Camera(new ViewAngles(0, 0, 90), ViewLimits.Full, 640, 360);
        return (camera, new ViewControls(camera));
    }

    [Test]
    public void Dragging_the_mouse_left_turns_the_view_right()
    {
        var (camera, controls) = Create();

        controls.Handle(new InputEvent(InputEventKind.PointerDown, 320, 180, Id: 1));
        controls.Handle(new InputEvent(InputEventKind.PointerMove, 220, 180));
        controls.Handle(new InputEvent(InputEventKind.PointerUp, 220, 180, Id: 1));
        controls.Handle(new InputEvent(InputEventKind.PointerMove, 0, 0));

        // 100 px left of centre at hfov 90 on 640 px is atan(100/320) = 17.35 degrees
        Assert.That(camera.View.Yaw, Is.EqualTo(17.354).Within(0.01));
        Assert.That(camera.View.Pitch, Is.EqualTo(0).Within(1e-6));
    }

    [Test]
    public void A_finger_drag_down_turns_the_view_up()
    {
        var (camera, controls) = Create();

        controls.Handle(new InputEvent(InputEventKind.FingerDown, 0.5, 0.5, Id: 3));
        controls.Handle(new InputEvent(InputEventKind.FingerMove, 0.5, 0.7, Id: 3));

        Assert.That(camera.View.Pitch, Is.GreaterThan(10));
    }

    [Test]
    public void Wheel_up_zooms_in()
    {
        var (camera, controls) = Create();

        controls.Handle(new InputEvent(InputEventKind.Wheel, 0, 2));

        Assert.That(camera.View.Hfov, Is.EqualTo(90 * 0.81).Within(1e-9));
    }

    [Test]
    public void A_held_arrow_key_turns_at_the_key_rate_until_released()
    {
        var (camera, controls) = Create();

        controls.Handle(new InputEvent(InputEventKind.KeyDown, Key: Keys.Left));
        controls.Update(0.5);
        controls.Handle(new InputEvent(InputEventKind.KeyUp, Key: Keys.Left));
        controls.Update(0.5);

        Assert.That(camera.View.Yaw, Is.EqualTo(-ViewControls.KeyTurnRate / 2).Within(1e-9));
    }

    [Test]
    public void Holding_minus_zooms_out()
    {
        var (camera, controls) = Create();

        controls.Handle(new InputEvent(InputEventKind.KeyDown, Key: Keys.Minus));
        controls.Update(0.1);

        Assert.That(camera.View.Hfov, Is.EqualTo(90 / 0.9).Within(1e-9));
    }
}
