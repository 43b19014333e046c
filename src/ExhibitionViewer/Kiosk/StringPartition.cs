namespace ExhibitionViewer.KioskMode;

/// <summary>Splits a target action like <c>scale:4</c> at its first separator.</summary>
internal static class StringPartition
{
    public static (string Head, bool Found, string Tail) Partition(this string text, char separator)
    {
        var i = text.IndexOf(separator, StringComparison.Ordinal);
        return i < 0 ? (text, false, "") : (text[..i], true, text[(i + 1)..]);
    }
}
