using Exhibition.Bundle.Model;
using ExhibitionViewer.Platform;
using ExhibitionViewer.Rendering;
using ExhibitionViewer.Touring;
using ExhibitionViewer.Video;
using Serilog;

namespace ExhibitionViewer.App;

/// <summary>The <c>--screenshot --at SECONDS</c> mode for video scenes.</summary>
public static partial class ViewerApp
{
    private static int RunVideoScreenshot(IExhibitionContent content, Tour tour, Scene scene, VideoMedia media, ViewAngles view,
        ViewerOptions options, string output)
    {
        var tools = LocateFfmpeg();
        var at = options.At ?? 0;
        var size = options.ScreenshotSize;
        VideoSource source;
        VideoStreamInfo info;
        try
        {
            source = VideoOpener.SourceOf(content, media.Path);
            VideoOpener.Verify(content, media.Path).GetAwaiter().GetResult();
            info = VideoProbe.Probe(tools, source);
        }
        catch (Exception e) when (ContentOpener.IsContentError(e))
        {
            throw new ViewerException(ViewerException.BadInput, $"cannot read the video {media.Path} of scene '{scene.Id}': {e.Message}", e);
        }

        using var window = OpenWindow(new WindowOptions("ExhibitionViewer", size.Width, size.Height, Hidden: true), headless: true);
        // The overlay shows the hotspots that show at that time, as a visitor would see them.
        var player = new TourPlayer(tour, content, options.Language, size.Width, size.Height, scene.Id, view) { VideoSeconds = at };
        var projection = player.Camera.Projection;
        DecodedImage image;
        using (var overlay = new PainterOverlay(window.Gl))
        {
            try
            {
                image = VideoScreenshot.Capture(window.Gl, tools, source, info, at, projection,
                    () => overlay.Draw(player.BuildOverlay(), size.Width, size.Height));
            }
            catch (InvalidDataException e)
            {
                throw new ViewerException(ViewerException.BadInput, $"cannot show scene '{scene.Id}' at {at} s: {e.Message}", e);
            }
        }

        WritePng(image, output);
        Log.Information("Wrote {Output} ({Size}, view {View}) of video scene {Scene} at {At} s", output, size, projection.View, scene.Id, at);
        return 0;
    }
}
