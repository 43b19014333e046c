namespace Exhibition.Bundle.Model;

/// <summary>
/// The keys of the visitor-facing interface words a bundle may give in <see cref="Tour.Strings"/>: the packer accepts
/// exactly these under <c>strings:</c>, and the viewer falls back to its built-in English and Welsh for any not given.
/// </summary>
public static class InterfaceStrings
{
    /// <summary>Every key, in the order the kiosk meets them.</summary>
    public static IReadOnlyList<string> Keys { get; } =
    [
        "kiosk.touch", "kiosk.finish", "kiosk.finishLast", "kiosk.space",
        "survey.back", "survey.next", "survey.send", "survey.skip", "survey.yes", "survey.no", "survey.progress",
        "survey.noNames", "survey.chooseAny", "survey.unavailable", "survey.thanks", "survey.careers", "survey.done",
        "tour.unavailable", "video.unavailable", "video.back",
    ];
}
