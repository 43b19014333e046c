using System.Text;
using ExhibitionViewer.Overlay;

namespace ExhibitionViewer.Touring;

/// <summary>Case-study and link panels, the language and visitor messages.</summary>
public sealed partial class TourPlayer
{
    /// <summary>Seconds a passing message (an error) stays on screen.</summary>
    public const double MessageSeconds = 5;

    private double? messageSecondsLeft;

    /// <summary>Closes the open panel; returns false if none was open.</summary>
    public bool ClosePanel()
    {
        var wasOpen = HasPanel;
        Panel = null;
        Link = null;
        return wasOpen;
    }

    /// <summary>Scrolls the open case-study panel by <paramref name="pixels"/>, within 0..<paramref name="maxScroll"/>.</summary>
    public void ScrollPanel(float pixels, float maxScroll)
    {
        if (Panel is { } panel)
        {
            Panel = panel with { Scroll = Math.Clamp(panel.Scroll + pixels, 0, Math.Max(0, maxScroll)) };
        }
    }

    /// <summary>Switches the visitor language (an open case study is re-read in it); false for a language the tour lacks.</summary>
    public bool SetLanguage(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (!Tour.Languages.Contains(language))
        {
            return false;
        }

        Language = language;
        if (Panel is { } panel)
        {
            OpenCaseStudy(panel.Id);
        }

        return true;
    }

    private bool OpenCaseStudy(string id)
    {
        var study = Tour.FindCaseStudy(id) ?? throw new InvalidDataException($"no case study '{id}' in the tour");
        var fallback = Tour.Languages.FirstOrDefault();
        var bodyPath = study.BodyPaths.TryGetValue(Language, out var p) ? p
            : fallback is not null && study.BodyPaths.TryGetValue(fallback, out var f) ? f
            : study.BodyPaths.Values.FirstOrDefault() ?? throw new InvalidDataException($"case study '{id}' has no body");
        var body = Encoding.UTF8.GetString(Read(bodyPath));
        byte[]? image = null;
        if (study.ImagePath is { } imagePath)
        {
            try
            {
                image = Read(imagePath);
            }
            catch (Exception e) when (IsReadError(e))
            {
                // The story still reads well without its picture.
                log.Warning(e, "Case study {CaseStudy} image {Image} could not be read; showing the text alone", id, imagePath);
            }
        }

        Link = null;
        Panel = new CaseStudyPanel(study.Id, study.Title.In(Language, fallback), study.Role.In(Language, fallback),
            study.Industry.In(Language, fallback), body, image, 0);
        return true;
    }

    /// <summary>Tells the visitor, calmly, that what they asked for cannot be shown (the cause is logged by the caller).</summary>
    public void ReportUnavailable() =>
        ShowMessage(InterfaceText.Get(Tour, Language, "tour.unavailable"));

    private void ShowMessage(string text)
    {
        Message = text;
        messageSecondsLeft = MessageSeconds;
    }
}
