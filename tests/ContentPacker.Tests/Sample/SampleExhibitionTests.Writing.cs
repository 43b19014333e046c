using System.Security.Cryptography;
using ContentPacker.Sample;
using ContentPacker.Sample.Content;
using ContentPacker.Sample.Output;
using ContentPacker.Sample.Rooms;
using SkiaSharp;

namespace ContentPacker.Tests.Sample;

public sealed partial class SampleExhibitionTests
{
    [Test]
    public void Panoramas_are_rendered_the_same_every_time()
    {
        var again = Path.Combine(_root, "again.jpg");
        using (var bitmap = PanoramaRenderer.Equirect(RoomBuilder.Build(SampleRooms.Find(SampleRooms.Health)), SampleExhibition.PanoramaWidth))
        {
            SampleFiles.SaveJpeg(bitmap, again);
        }

        Assert.That(Hash(again), Is.EqualTo(Hash(PathOf(SamplePaths.Panorama(SampleRooms.Health)))));
    }

    [Test]
    public void Case_study_images_are_painted_the_same_every_time()
    {
        var again = Path.Combine(_root, "again-study.jpg");
        var study = SampleCaseStudies.All[0];
        using (var bitmap = ContentPacker.Sample.Art.CaseStudyArt.Paint(study))
        {
            SampleFiles.SaveJpeg(bitmap, again);
        }

        Assert.That(Hash(again), Is.EqualTo(Hash(PathOf(SamplePaths.CaseStudyImage(study.Id)))));
    }

    [Test]
    public void Writing_into_a_folder_that_is_not_empty_is_refused_and_leaves_it_alone()
    {
        var folder = Path.Combine(_root, "occupied");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");

        var error = Assert.Throws<ArgumentException>(() => SampleExhibition.Write(folder));

        Assert.That(error!.Message, Does.Contain("not empty"));
        Assert.That(Directory.GetFileSystemEntries(folder), Is.EqualTo(new[] { Path.Combine(folder, "notes.txt") }));
        Assert.That(Directory.GetDirectories(_root, ".occupied*"), Is.Empty);
    }

    private static string Hash(string file) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
}
