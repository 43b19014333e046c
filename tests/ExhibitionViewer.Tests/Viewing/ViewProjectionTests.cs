using Exhibition.Bundle.Model;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Tests.Viewing;

public sealed class ViewProjectionTests
{
    private const double Tolerance = 1e-9;

    [TestCase(0, 0, 90)]
    [TestCase(135, 20, 60)]
    [TestCase(-170, -45, 100)]
    [TestCase(30, 90, 90)]
    public void Picking_the_screen_centre_gives_the_current_yaw_and_pitch(double yaw, double pitch, double hfov)
    {
        // Given a view
        var projection = new ViewProjection(new ViewAngles(yaw, pitch, hfov), 640, 360);

        // When the centre of the screen is picked
        var picked = projection.ScreenToAngles(new ScreenPoint(320, 180));

        // Then it is the view direction (yaw is meaningless at the pole)
        Assert.That(picked.Pitch, Is.EqualTo(pitch).Within(Tolerance));
        if (Math.Abs(pitch) < 89)
        {
            Assert.That(picked.Yaw, Is.EqualTo(yaw).Within(Tolerance));
        }
    }

    [TestCase(0, 90)]
    [TestCase(50, 60)]
    [TestCase(-120, 100)]
    public void The_right_screen_edge_at_pitch_zero_is_yaw_plus_half_the_hfov(double yaw, double hfov)
    {
        // Given a level view
        var projection = new ViewProjection(new ViewAngles(yaw, 0, hfov), 800, 600);

        // When the middle of the right edge is picked
        var picked = projection.ScreenToAngles(new ScreenPoint(800, 300));

        // Then it is half the field of view to the right, on the horizon
        Assert.That(picked.Yaw, Is.EqualTo(yaw + hfov / 2).Within(Tolerance));
        Assert.That(picked.Pitch, Is.EqualTo(0).Within(Tolerance));
    }

    [Test]
    public void The_top_screen_edge_is_above_the_view_by_half_the_vfov()
    {
        // Given a level view
        var projection = new ViewProjection(new ViewAngles(10, 0, 90), 640, 360);

        // When the middle of the top edge is picked
        var picked = projection.ScreenToAngles(new ScreenPoint(320, 0));

        // Then pitch is positive (up is up), half the vertical field of view
        Assert.That(picked.Pitch, Is.EqualTo(projection.Vfov / 2).Within(Tolerance));
        Assert.That(picked.Pitch, Is.GreaterThan(0));
    }

    [TestCase(0, 0, 13, 7)]
    [TestCase(170, 10, -15, 3)]
    [TestCase(-175, 0, 10, -5)]
    [TestCase(0, 80, 5, 8)]
    public void Angles_to_screen_and_back_round_trip(double yaw, double pitch, double dYaw, double dPitch)
    {
        // Given a view and a direction inside it (possibly across the ±180 seam)
        var projection = new ViewProjection(new ViewAngles(yaw, pitch, 100), 1280, 720);
        var targetYaw = Angles.WrapYaw(yaw + dYaw);
        var targetPitch = pitch + dPitch;

        // When it is projected and picked again
        var point = projection.AnglesToScreen(targetYaw, targetPitch);
        Assert.That(point, Is.Not.Null);
        var back = projection.ScreenToAngles(point!.Value);

        // Then the angles come back
        Assert.That(Angles.WrapYaw(back.Yaw - targetYaw), Is.EqualTo(0).Within(1e-7));
        Assert.That(back.Pitch, Is.EqualTo(targetPitch).Within(1e-7));
    }

    [Test]
    public void Turning_right_moves_a_fixed_point_left_on_screen()
    {
        // Given a point straight ahead at yaw 20
        var before = new ViewProjection(new ViewAngles(20, 0, 90), 640, 360).AnglesToScreen(20, 0)!.Value;

        // When the view turns right by 10 degrees
        var after = new ViewProjection(new ViewAngles(30, 0, 90), 640, 360).AnglesToScreen(20, 0)!.Value;

        // Then the point is left of centre
        Assert.That(before.X, Is.EqualTo(320).Within(1e-9));
        Assert.That(after.X, Is.LessThan(before.X - 10));
    }

    [Test]
    public void A_direction_behind_the_viewer_has_no_screen_point()
    {
        var projection = new ViewProjection(new ViewAngles(0, 0, 90), 640, 360);

        Assert.That(projection.AnglesToScreen(180, 0), Is.Null);
        Assert.That(projection.AnglesToScreen(0, 0), Is.Not.Null);
    }
}
