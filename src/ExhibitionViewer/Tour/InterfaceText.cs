using Exhibition.Bundle.Model;

namespace ExhibitionViewer.Touring;

/// <summary>The viewer's own words in the visitor's language: the bundle's <c>strings</c> (e.g. <c>kiosk.touch</c>) when
/// it has them, else the built-in Welsh or English.</summary>
internal static class InterfaceText
{
    private static readonly Dictionary<string, string> English = new(StringComparer.Ordinal)
    {
        ["kiosk.touch"] = "Touch to explore",
        ["kiosk.finish"] = "Finish",
        ["kiosk.finishLast"] = "Finished? Tell us what you thought",
        ["survey.back"] = "Back",
        ["survey.next"] = "Next",
        ["survey.send"] = "Send",
        ["survey.skip"] = "Skip",
        ["survey.yes"] = "Yes",
        ["survey.no"] = "No",
        ["survey.progress"] = "Question {0} of {1}",
        ["survey.noNames"] = "Please don't write names or anything that could identify anyone.",
        ["survey.chooseAny"] = "Choose all that apply",
        ["survey.unavailable"] = "Sorry, we couldn't save your answers just now. Thank you for visiting!",
        ["survey.thanks"] = "Thank you!",
        ["survey.careers"] = "Scan to explore careers",
        ["survey.done"] = "Done",
        ["kiosk.space"] = "space",
        ["tour.unavailable"] = "Sorry, this part of the exhibition is resting. Please try another.",
        ["video.unavailable"] = "This video can't be played just now.",
        ["video.back"] = "Back to the tour",
    };

    private static readonly Dictionary<string, string> Welsh = new(StringComparer.Ordinal)
    {
        ["kiosk.touch"] = "Cyffyrddwch i archwilio",
        ["kiosk.finish"] = "Gorffen",
        ["kiosk.finishLast"] = "Wedi gorffen? Dywedwch wrthym beth oeddech chi'n ei feddwl",
        ["survey.back"] = "Yn ôl",
        ["survey.next"] = "Nesaf",
        ["survey.send"] = "Anfon",
        ["survey.skip"] = "Hepgor",
        ["survey.yes"] = "Ie",
        ["survey.no"] = "Na",
        ["survey.progress"] = "Cwestiwn {0} o {1}",
        ["survey.noNames"] = "Peidiwch ag ysgrifennu enwau nac unrhyw beth a allai ddangos pwy yw unrhyw un.",
        ["survey.chooseAny"] = "Dewiswch bob un sy'n berthnasol",
        ["survey.unavailable"] = "Mae'n ddrwg gennym, ni allem gadw eich atebion ar hyn o bryd. Diolch am ymweld!",
        ["survey.thanks"] = "Diolch!",
        ["survey.careers"] = "Sganiwch i archwilio gyrfaoedd",
        ["survey.done"] = "Wedi gorffen",
        ["kiosk.space"] = "bwlch",
        ["tour.unavailable"] = "Mae'n ddrwg gennym, mae'r rhan hon o'r arddangosfa'n gorffwys. Rhowch gynnig ar un arall.",
        ["video.unavailable"] = "Does dim modd chwarae'r fideo hwn ar hyn o bryd.",
        ["video.back"] = "Yn ôl i'r daith",
    };

    public static string Get(Tour tour, string language, string key)
    {
        ArgumentNullException.ThrowIfNull(tour);
        return tour.Strings.TryGetValue(key, out var text) && text.Count > 0
            ? text.In(language, tour.Languages.FirstOrDefault())
            : (language == "cy" ? Welsh : English).GetValueOrDefault(key) ?? English.GetValueOrDefault(key, key);
    }
}
