using ContentPacker.Sample.Content;
using ContentPacker.Sample.Rooms;

namespace ContentPacker.Sample.Output;

internal static partial class SampleYaml
{
    private const string EnterView = "{yaw: 0, pitch: 0, hfov: 100}";

    private static void Scenes(YamlText yaml)
    {
        yaml.Line(0, "scenes:");
        foreach (var room in SampleRooms.All)
        {
            yaml.Line(1, $"- id: {room.Id}").Line(2, $"title: {YamlText.Map(room.Title)}");
            if (room.AsCube)
            {
                yaml.Line(2, "cube:");
                foreach (var face in SamplePaths.CubeFaces)
                {
                    yaml.Line(3, $"{face}: {SamplePaths.CubeFace(room.Id, face)}");
                }
            }
            else
            {
                yaml.Line(2, $"panorama: {SamplePaths.Panorama(room.Id)}");
            }

            yaml.Line(2, $"view: {EnterView}").Line(2, "limits: {pitch: [-90, 90], hfov: [40, 110]}").Line(2, "hotspots:");
            foreach (var item in room.Items.Where(i => i is not NoticeItem))
            {
                Hotspot(yaml, item);
            }
        }

        VideoScene(yaml);
        yaml.Blank();
    }

    private static void Hotspot(YamlText yaml, WallItem item)
    {
        var (yaw, pitch) = RoomGeometry.AnglesOf(item.Wall, item.U, item.V);
        var (id, lines) = item switch
        {
            ExhibitItem e => ($"{e.CaseStudy}-story", new[] { $"case_study: {e.CaseStudy}", $"label: {YamlText.Map(e.Label)}" }),
            DoorwayItem d => ($"to-{d.Target}", [$"scene: {d.Target}", $"view: {{yaw: {YamlText.Number(d.EnterYaw)}, pitch: 0, hfov: 100}}", $"label: {YamlText.Map(d.Name)}"]),
            ScreenItem s => ("watch-interview", [$"video: {s.VideoScene}", $"label: {YamlText.Map(s.Label)}"]),
            LinkPanelItem l => ("careers", [$"link: {l.Url}", $"label: {YamlText.Map(l.Label)}"]),
            _ => throw new ArgumentOutOfRangeException(nameof(item), item, "This wall item has no hotspot."),
        };
        yaml.Line(3, $"- id: {id}").Line(4, $"yaw: {YamlText.Number(yaw)}").Line(4, $"pitch: {YamlText.Number(pitch)}");
        foreach (var line in lines)
        {
            yaml.Line(4, line);
        }
    }

    private static void VideoScene(YamlText yaml)
    {
        yaml.Line(1, $"- id: {SampleRooms.Interview}")
            .Line(2, $"title: {YamlText.Map(new Text("A day in the studio", "Diwrnod yn y stiwdio"))}")
            .Line(2, "video:")
            .Line(3, $"file: {SamplePaths.Video}")
            .Line(3, $"captions: {{en: {SamplePaths.Captions("en")}, cy: {SamplePaths.Captions("cy")}}}")
            .Line(3, "loop: false")
            .Line(3, $"next: {SampleRooms.Studio}")
            .Line(2, "hotspots:")
            .Line(3, "- id: back-to-studio")
            .Line(4, "yaw: 0")
            .Line(4, "pitch: -25")
            .Line(4, $"scene: {SampleRooms.Studio}")
            .Line(4, $"label: {YamlText.Map(new Text("Back to the studio", "Yn ôl i'r stiwdio"))}")
            .Line(4, "from: 2")
            .Line(4, $"until: {YamlText.Number(InterviewScript.DurationSeconds)}");
    }
}
