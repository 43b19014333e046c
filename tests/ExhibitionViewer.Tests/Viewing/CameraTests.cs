using Exhibition.Bundle.Model;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Tests.Viewing;

public sealed class CameraTests
{
    [Test]
    public void Dragging_keeps_the_grabbed_point_under_the_pointer()
    {
        // Given a camera and a point grabbed right of centre
        var camera = new Camera(new ViewAngles(0, 0, 90), ViewLimits.Full, 640, 360);
        var start = new ScreenPoint(400, 200);
        var grabbed = camera.Projection.ScreenToAngles(start);

        // When the pointer drags it 150 pixels left and 60 up
        camera.BeginDrag(start);
        camera.DragTo(new ScreenPoint(325, 170));
        camera.DragTo(new ScreenPoint(250, 140));

        // Then the same scene point is under the pointer (within a tenth of a pixel) and the view turned right
        var now = camera.Projection.AnglesToScreen(grabbed.Yaw, grabbed.Pitch)!.Value;
        Assert.That(now.X, Is.EqualTo(250).Within(0.1));
        Assert.That(now.Y, Is.EqualTo(140).Within(0.1));
        Assert.That(camera.View.Yaw, Is.GreaterThan(0));
        Assert.That(camera.View.Pitch, Is.LessThan(0));
    }

    [Test]
    public void Turning_past_180_wraps_to_minus_180()
    {
        var camera = new Camera(new ViewAngles(170, 0, 90), ViewLimits.Full, 640, 360);

        camera.RotateBy(20, 0);

        Assert.That(camera.View.Yaw, Is.EqualTo(-170).Within(1e-9));
    }

    [Test]
    public void Zooming_stops_at_the_limits()
    {
        var camera = new Camera(new ViewAngles(0, 0, 90), ViewLimits.Full, 640, 360);

        camera.ZoomBy(0.1);
        var narrow = camera.View.Hfov;
        camera.ZoomBy(100);

        Assert.That(narrow, Is.EqualTo(30));
        Assert.That(camera.View.Hfov, Is.EqualTo(120));
    }
}
