using ExhibitionViewer.App;

namespace ExhibitionViewer.KioskMode;

/// <summary>Kiosk mode shows only bundles signed by a publisher this machine trusts: never unsigned, never unpacked folders.</summary>
internal static class KioskTrust
{
    /// <summary>Throws a <see cref="ViewerException"/> with a message for the person setting the kiosk up unless the content passes.</summary>
    public static void Require(IExhibitionContent content, IReadOnlyList<string> keys)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            throw new ViewerException(ViewerException.BadInput,
                "kiosk mode shows only signed bundles, and no trusted publisher key is configured: run 'ExhibitionViewer kiosk init --bundle FILE --trust KEY' or pass --trust KEY");
        }

        if (content is not BundleContent)
        {
            throw new ViewerException(ViewerException.BadInput,
                $"kiosk mode refuses {content.Location}: it is an unpacked folder, not a signed .exhibit bundle");
        }

        try
        {
            TrustCheck.Require(content, keys);
        }
        catch (ViewerException e)
        {
            throw new ViewerException(ViewerException.BadInput,
                $"kiosk mode refuses this bundle because it is unsigned or not signed by a trusted publisher ({e.Message})", e);
        }
    }
}
