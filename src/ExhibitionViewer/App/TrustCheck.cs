using Exhibition.Bundle.Format;
using Exhibition.Bundle.Signing;

namespace ExhibitionViewer.App;

/// <summary>Applies <c>--trust</c>: the bundle must be signed by one of the given keys.</summary>
public static class TrustCheck
{
    /// <summary>Throws <see cref="ViewerException"/> unless <paramref name="content"/> is a bundle signed by one of <paramref name="keys"/> (no keys: no check).</summary>
    public static void Require(IExhibitionContent content, IReadOnlyList<string> keys)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return;
        }

        var trusted = keys.Select(ParseKey).ToList();
        if (content is not BundleContent bundle)
        {
            throw new ViewerException(ViewerException.BadInput, $"{content.Location} is an unpacked folder, which cannot be signed; --trust needs a signed .exhibit bundle");
        }

        try
        {
            bundle.Reader.RequireSigner(trusted);
        }
        catch (BundleException e)
        {
            throw new ViewerException(ViewerException.BadInput, $"not showing {content.Location}: {e.Message}", e);
        }
    }

    private static PublicKey ParseKey(string key)
    {
        try
        {
            return File.Exists(key) ? PublicKey.Load(key) : PublicKey.Parse(key);
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new ViewerException(ViewerException.BadInput, $"--trust {key}: not a public key file or base64 key ({e.Message})", e);
        }
    }
}
