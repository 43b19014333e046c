using Exhibition.Bundle.Model;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Tests.Viewing;

public sealed class ExtentLimitsTests
{
    [Test]
    public void A_full_sphere_keeps_the_scene_limits() =>
        Assert.That(ExtentLimits.Combine(ViewLimits.Full, null), Is.SameAs(ViewLimits.Full));

    [Test]
    public void A_partial_panorama_limits_yaw_and_pitch_to_what_it_covers()
    {
        var limits = ExtentLimits.Combine(ViewLimits.Full, new PanoramaExtent(120, 60, 10));

        Assert.That((limits.MinYaw, limits.MaxYaw, limits.MinPitch, limits.MaxPitch), Is.EqualTo((-60.0, 60.0, -20.0, 40.0)));
    }

    [Test]
    public void Scene_limits_inside_the_extent_still_apply()
    {
        var scene = new ViewLimits(-30, 80, -10, 90, 30, 120);

        var limits = ExtentLimits.Combine(scene, new PanoramaExtent(120, 60, 10));

        Assert.That((limits.MinYaw, limits.MaxYaw, limits.MinPitch, limits.MaxPitch), Is.EqualTo((-30.0, 60.0, -10.0, 40.0)));
    }

    [Test]
    public void The_view_edges_never_leave_a_partial_panorama()
    {
        var limits = ExtentLimits.Combine(ViewLimits.Full, new PanoramaExtent(180, 90, 0));
        var camera = new Camera(new ViewAngles(0, 0, 60), limits, 640, 360);

        camera.RotateBy(170, 80);

        var edgeYaw = camera.View.Yaw + camera.View.Hfov / 2;
        var edgePitch = camera.View.Pitch + camera.Projection.Vfov / 2;
        Assert.That(edgeYaw, Is.EqualTo(90).Within(1e-6));
        Assert.That(edgePitch, Is.EqualTo(45).Within(1e-6));
    }
}
