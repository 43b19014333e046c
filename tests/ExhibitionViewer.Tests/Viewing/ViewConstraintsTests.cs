using Exhibition.Bundle.Model;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Tests.Viewing;

public sealed class ViewConstraintsTests
{
    [TestCase(181, -179)]
    [TestCase(-181, 179)]
    [TestCase(540, -180)]
    [TestCase(179.5, 179.5)]
    [TestCase(-720 - 90, -90)]
    public void Yaw_wraps_into_minus_180_to_180(double yaw, double expected)
    {
        var clamped = ViewConstraints.Clamp(new ViewAngles(yaw, 0, 90), ViewLimits.Full, 640, 360);

        Assert.That(clamped.Yaw, Is.EqualTo(expected).Within(1e-9));
    }

    [Test]
    public void Hfov_is_clamped_to_the_limits()
    {
        var limits = ViewLimits.Full;

        Assert.That(ViewConstraints.Clamp(new ViewAngles(0, 0, 10), limits, 640, 360).Hfov, Is.EqualTo(30));
        Assert.That(ViewConstraints.Clamp(new ViewAngles(0, 0, 150), limits, 640, 360).Hfov, Is.EqualTo(120));
    }

    [Test]
    public void Full_limits_allow_looking_straight_up()
    {
        var clamped = ViewConstraints.Clamp(new ViewAngles(0, 95, 90), ViewLimits.Full, 640, 360);

        Assert.That(clamped.Pitch, Is.EqualTo(90));
    }

    [Test]
    public void A_pitch_limit_keeps_the_top_of_the_view_at_the_limit()
    {
        // Given a scene that may not look more than 30 degrees up
        var limits = new ViewLimits(-180, 180, -90, 30, 30, 120);

        // When the visitor looks up as far as possible
        var clamped = ViewConstraints.Clamp(new ViewAngles(0, 80, 90), limits, 640, 360);
        var projection = new ViewProjection(clamped, 640, 360);

        // Then the top edge of the screen is exactly at the limit
        var top = projection.ScreenToAngles(new ScreenPoint(320, 0));
        Assert.That(top.Pitch, Is.EqualTo(30).Within(1e-9));
        Assert.That(clamped.Pitch, Is.LessThan(30));
    }

    [Test]
    public void A_yaw_limit_keeps_the_edges_of_the_view_inside_it()
    {
        // Given a partial panorama spanning yaw -60..60
        var limits = new ViewLimits(-60, 60, -90, 90, 30, 120);

        // When the visitor turns far right
        var clamped = ViewConstraints.Clamp(new ViewAngles(100, 0, 60), limits, 640, 360);
        var right = new ViewProjection(clamped, 640, 360).ScreenToAngles(new ScreenPoint(640, 180));

        // Then the right edge stops at the limit
        Assert.That(clamped.Yaw, Is.EqualTo(30).Within(1e-9));
        Assert.That(right.Yaw, Is.EqualTo(60).Within(1e-9));
    }

    [Test]
    public void A_narrow_yaw_range_also_narrows_the_hfov()
    {
        var limits = new ViewLimits(-30, 30, -90, 90, 30, 120);

        var clamped = ViewConstraints.Clamp(new ViewAngles(0, 0, 100), limits, 640, 360);

        Assert.That(clamped.Hfov, Is.EqualTo(60).Within(1e-9));
    }
}
