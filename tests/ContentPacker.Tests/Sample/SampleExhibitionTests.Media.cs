using ContentPacker.Tests.Sample.Support;
using SkiaSharp;

namespace ContentPacker.Tests.Sample;

public sealed partial class SampleExhibitionTests
{
    [Test]
    public void Panoramas_are_full_two_to_one_jpegs_that_decode()
    {
        var panoramas = Scenes().Where(s => s.ContainsKey("panorama")).Select(s => YamlTree.Scalar(s["panorama"])).ToList();

        Assert.That(panoramas, Has.Count.GreaterThanOrEqualTo(4));
        foreach (var panorama in panoramas)
        {
            using var bitmap = SKBitmap.Decode(PathOf(panorama));
            Assert.That(bitmap, Is.Not.Null, panorama);
            Assert.That((bitmap.Width, bitmap.Height), Is.EqualTo((4096, 2048)), panorama);
        }
    }

    [Test]
    public void Cube_faces_are_square_and_all_the_same_size()
    {
        var cube = YamlTree.Map(Scenes().Single(s => s.ContainsKey("cube"))["cube"]);

        Assert.That(cube.Keys, Is.EquivalentTo(new[] { "front", "right", "back", "left", "up", "down" }));
        foreach (var face in cube.Values.Cast<string>())
        {
            using var bitmap = SKBitmap.Decode(PathOf(face));
            Assert.That((bitmap.Width, bitmap.Height), Is.EqualTo((1024, 1024)), face);
        }
    }

    [Test]
    public void The_video_is_h264_with_aac_sound_and_lasts_ten_seconds()
    {
        var video = YamlTree.Map(Scenes().Single(s => s.ContainsKey("video"))["video"]);
        using var probe = FfProbe.Probe(PathOf(YamlTree.Scalar(video["file"])));
        var streams = probe.RootElement.GetProperty("streams").EnumerateArray().ToList();
        var picture = streams.Single(s => s.GetProperty("codec_type").GetString() == "video");
        double duration = double.Parse(probe.RootElement.GetProperty("format").GetProperty("duration").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

        Assert.That(picture.GetProperty("codec_name").GetString(), Is.EqualTo("h264"));
        Assert.That(picture.GetProperty("pix_fmt").GetString(), Is.EqualTo("yuv420p"));
        Assert.That((picture.GetProperty("width").GetInt32(), picture.GetProperty("height").GetInt32()), Is.EqualTo((1920, 960)));
        Assert.That(streams.Count(s => s.GetProperty("codec_type").GetString() == "audio"), Is.EqualTo(1));
        Assert.That(duration, Is.EqualTo(10).Within(0.1), "seconds; one frame's slack for container rounding");
    }

    [Test]
    public void Captions_are_webvtt_in_english_and_welsh()
    {
        var video = YamlTree.Map(Scenes().Single(s => s.ContainsKey("video"))["video"]);
        var captions = YamlTree.Map(video["captions"]);

        Assert.That(captions.Keys, Is.EquivalentTo(new[] { "en", "cy" }));
        foreach (var file in captions.Values.Cast<string>())
        {
            var text = File.ReadAllText(PathOf(file));
            Assert.That(text, Does.StartWith("WEBVTT\n"));
            Assert.That(text.Split("-->").Length - 1, Is.InRange(3, 5), file);
        }

        Assert.That(File.ReadAllText(PathOf((string)captions["cy"])), Does.Contain("darlledu"));
    }

    [Test]
    public void Case_study_images_are_1200_by_800()
    {
        var images = YamlTree.List(_yaml["case_studies"]).Select(YamlTree.Map).Select(c => YamlTree.Scalar(c["image"])).ToList();

        Assert.That(images, Has.Count.GreaterThanOrEqualTo(4));
        foreach (var image in images)
        {
            using var bitmap = SKBitmap.Decode(PathOf(image));
            Assert.That((bitmap.Width, bitmap.Height), Is.EqualTo((1200, 800)), image);
        }
    }
}
