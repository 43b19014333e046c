using ContentPacker.Sample.Art;
using ContentPacker.Sample.Content;
using ContentPacker.Sample.Output;
using ContentPacker.Sample.Rooms;

namespace ContentPacker.Sample;

public static partial class SampleExhibition
{
    /// <summary>Width of the equirectangular panoramas.</summary>
    internal const int PanoramaWidth = 4096;

    /// <summary>Edge of the cube faces of the scene given as a cube.</summary>
    internal const int CubeFaceSize = 1024;

    private static void WriteAll(string root, IProgress<string> progress)
    {
        var scratch = Path.Combine(root, ".scratch");
        Directory.CreateDirectory(scratch);
        progress.Report("Painting the games & broadcast studio for the video");
        var studio = RoomBuilder.Build(SampleRooms.Find(SampleRooms.Studio));
        using var background = PanoramaRenderer.Equirect(studio, Output.SampleVideo.Width);

        // ffmpeg encodes while the panoramas render: the two overlap well on two cores.
        var video = Task.Run(() =>
        {
            progress.Report($"Encoding {SamplePaths.Video} with ffmpeg");
            SampleVideo.Write(SamplePaths.Under(root, SamplePaths.Video), background, scratch);
        });
        try
        {
            foreach (var room in SampleRooms.All)
            {
                WriteRoom(root, room, room.Id == SampleRooms.Studio ? studio : null, progress);
            }

            WriteCaseStudies(root, progress);
            SampleFiles.SaveText(SamplePaths.Under(root, SamplePaths.Captions("en")), InterviewScript.WebVtt(welsh: false));
            SampleFiles.SaveText(SamplePaths.Under(root, SamplePaths.Captions("cy")), InterviewScript.WebVtt(welsh: true));
        }
        finally
        {
            video.GetAwaiter().GetResult();
        }

        Directory.Delete(scratch, recursive: true);
        progress.Report($"Writing {SamplePaths.Yaml}");
        SampleFiles.SaveText(SamplePaths.Under(root, SamplePaths.Yaml), SampleYaml.Build());
    }

    private static void WriteRoom(string root, RoomPlan room, RoomRaycaster? built, IProgress<string> progress)
    {
        progress.Report($"Painting the {room.Title.En.ToLowerInvariant()}");
        var caster = built ?? RoomBuilder.Build(room);
        if (room.AsCube)
        {
            foreach (var face in SamplePaths.CubeFaces)
            {
                using var bitmap = PanoramaRenderer.CubeFace(caster, face, CubeFaceSize);
                SampleFiles.SaveJpeg(bitmap, SamplePaths.Under(root, SamplePaths.CubeFace(room.Id, face)));
            }

            return;
        }

        using var panorama = PanoramaRenderer.Equirect(caster, PanoramaWidth);
        SampleFiles.SaveJpeg(panorama, SamplePaths.Under(root, SamplePaths.Panorama(room.Id)));
    }

    private static void WriteCaseStudies(string root, IProgress<string> progress)
    {
        progress.Report("Writing the case studies");
        foreach (var study in SampleCaseStudies.All)
        {
            using var image = CaseStudyArt.Paint(study);
            SampleFiles.SaveJpeg(image, SamplePaths.Under(root, SamplePaths.CaseStudyImage(study.Id)));
            SampleFiles.SaveText(SamplePaths.Under(root, SamplePaths.CaseStudyBody(study.Id, "en")), study.Markdown(welsh: false));
            SampleFiles.SaveText(SamplePaths.Under(root, SamplePaths.CaseStudyBody(study.Id, "cy")), study.Markdown(welsh: true));
        }
    }
}
