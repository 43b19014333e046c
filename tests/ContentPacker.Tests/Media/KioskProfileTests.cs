using ContentPacker.Media;

namespace ContentPacker.Tests.Media;

public sealed class KioskProfileTests
{
    [TestCase(4096, 2048, 3840, 1920)]
    [TestCase(7680, 3840, 3840, 1920)]
    [TestCase(1920, 960, 1920, 960)]
    [TestCase(641, 321, 640, 320)]
    [TestCase(5000, 1000, 3840, 768)]
    public void FitFrame_scales_down_only_keeps_aspect_and_makes_sides_even(int w, int h, int expectedW, int expectedH)
    {
        Assert.That(KioskProfile.FitFrame(w, h), Is.EqualTo((expectedW, expectedH)));
    }

    [TestCase("h264", "High", "yuv420p", "aac", 3840, 1920, true)]
    [TestCase("h264", "Constrained Baseline", "yuv420p", null, 640, 320, true)]
    [TestCase("h264", "Baseline", "yuv420p", "aac", 640, 320, false)]
    [TestCase("h264", "High 10", "yuv420p10le", "aac", 640, 320, false)]
    [TestCase("h264", "High", "yuv420p", "mp3", 640, 320, false)]
    [TestCase("hevc", "Main", "yuv420p", "aac", 640, 320, false)]
    [TestCase("h264", "High", "yuv420p", "aac", 3842, 1920, false)]
    public void CanCopyStreams_accepts_only_the_kiosk_profile(
        string codec, string profile, string pixels, string? audio, int w, int h, bool expected)
    {
        var info = new VideoInfo(w, h, 10, 30, codec, profile, pixels, audio, MoovAtFront: false);
        Assert.That(KioskProfile.CanCopyStreams(info), Is.EqualTo(expected));
    }
}
