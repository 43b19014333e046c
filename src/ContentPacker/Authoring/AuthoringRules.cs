using System.Text.RegularExpressions;

namespace ContentPacker.Authoring;

/// <summary>The format's fixed rules, in one place so docs/authoring.md can be checked against them.</summary>
internal static partial class AuthoringRules
{
    public const string MainFile = "exhibition.yaml";
    public const double MaxTransitionSeconds = 5;
    public const double MinHfov = 10;
    public const double MaxHfov = 170;
    public const double MinIdleTimeout = 10;
    public const double MaxIdleTimeout = 3600;
    public const double MaxAutoRotate = 30;
    public const int MaxTextAnswerLength = 1000;

    /// <summary>Largest relative difference between a partial panorama's pixel aspect and haov/vaov.</summary>
    public const double PartialAspectTolerance = 0.03;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    public static partial Regex IdPattern();

    /// <summary>A primary language subtag with an optional region (<c>pt-BR</c>, <c>es-419</c>) or script (<c>zh-Hant</c>).</summary>
    [GeneratedRegex("^[a-z]{2,3}(-([A-Z]{2}|[0-9]{3}|[A-Z][a-z]{3}))?$")]
    public static partial Regex LanguagePattern();

    public static bool IsWebUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;
}
