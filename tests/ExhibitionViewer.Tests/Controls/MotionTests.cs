using Exhibition.Bundle.Model;
using ExhibitionViewer.Controls;
using ExhibitionViewer.Platform;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Tests.Controls;

public sealed class MotionTests
{
    private static (Camera Camera, ViewControls Controls) Create()
    {
        var camera = new Camera(new ViewAngles(0, 0, 90), ViewLimits.Full, 640, 360);
        return (camera, new ViewControls(camera));
    }

    [Test]
    public void Inertia_decays_exponentially_and_travels_velocity_times_the_time_constant()
    {
        var inertia = new Inertia();
        inertia.Start(100, 0);

        var first = inertia.Advance(Inertia.TimeConstant);
        Assert.That(inertia.Velocity.Yaw, Is.EqualTo(100 / Math.E).Within(1e-9));
        var total = first.Yaw;
        for (var i = 0; i < 600; i++)
        {
            total += inertia.Advance(1 / 60.0).Yaw;
        }

        // It stops once slower than StopSpeed, so it falls short of the full integral by at most StopSpeed x tau.
        Assert.That(inertia.IsMoving, Is.False);
        Assert.That(total, Is.EqualTo(100 * Inertia.TimeConstant).Within(Inertia.StopSpeed * Inertia.TimeConstant));
    }

    [Test]
    public void A_fling_glides_on_after_release_but_a_drag_that_stops_first_does_not()
    {
        var (camera, controls) = Create();
        controls.Handle(new InputEvent(InputEventKind.PointerDown, 320, 180, Id: 1));
        for (var i = 1; i <= 6; i++)
        {
            controls.Update(1 / 60.0);
            controls.Handle(new InputEvent(InputEventKind.PointerMove, 320 - 10 * i, 180));
        }

        controls.Handle(new InputEvent(InputEventKind.PointerUp, 260, 180, Id: 1));
        var atRelease = camera.View.Yaw;
        controls.Update(1);
        Assert.That(camera.View.Yaw, Is.GreaterThan(atRelease + 1));

        controls.Handle(new InputEvent(InputEventKind.PointerDown, 320, 180, Id: 1));
        controls.Handle(new InputEvent(InputEventKind.PointerMove, 300, 180));
        controls.Update(0.3);
        controls.Handle(new InputEvent(InputEventKind.PointerUp, 300, 180, Id: 1));
        var placed = camera.View.Yaw;
        controls.Update(1);
        Assert.That(camera.View.Yaw, Is.EqualTo(placed));
    }

    [TestCase(90, 2, 53.130)]
    [TestCase(90, 0.5, 126.870)]
    [TestCase(60, 1, 60)]
    public void Pinch_scale_maps_to_hfov_through_the_tangent(double start, double scale, double expected) =>
        Assert.That(PinchZoom.Hfov(start, scale), Is.EqualTo(expected).Within(1e-3));

    [Test]
    public void Two_fingers_spreading_zoom_in_without_turning()
    {
        var (camera, controls) = Create();

        controls.Handle(new InputEvent(InputEventKind.FingerDown, 0.4, 0.5, Id: 1));
        controls.Handle(new InputEvent(InputEventKind.FingerDown, 0.6, 0.5, Id: 2));
        controls.Handle(new InputEvent(InputEventKind.FingerMove, 0.3, 0.5, Id: 1));
        controls.Handle(new InputEvent(InputEventKind.FingerMove, 0.7, 0.5, Id: 2));

        Assert.That(camera.View.Hfov, Is.EqualTo(PinchZoom.Hfov(90, 2)).Within(1e-9));
        Assert.That(camera.View.Yaw, Is.EqualTo(0));
    }

    [Test]
    public void Auto_rotation_starts_after_the_idle_time_at_its_rate_and_stops_on_input()
    {
        var (camera, controls) = Create();
        controls.AutoRotateAfterSeconds = 2;
        controls.AutoRotateDegreesPerSecond = 6;

        controls.Update(1.5);
        Assert.That(camera.View.Yaw, Is.EqualTo(0));
        controls.Update(1.5);
        Assert.That(camera.View.Yaw, Is.EqualTo(6).Within(1e-9));

        controls.Handle(new InputEvent(InputEventKind.KeyDown, Key: Keys.Space));
        controls.Update(1.9);
        Assert.That(camera.View.Yaw, Is.EqualTo(6).Within(1e-9));
    }
}
