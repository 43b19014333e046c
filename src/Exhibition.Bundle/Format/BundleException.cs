namespace Exhibition.Bundle.Format;

/// <summary>The one exception the bundle library throws for a bad bundle; its message names the file and entry.</summary>
public sealed class BundleException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BundleException(BundleErrorCode code, string message, string? entry = null, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
        Entry = entry;
    }

    /// <summary>What went wrong.</summary>
    public BundleErrorCode Code { get; }

    /// <summary>The entry concerned, if any.</summary>
    public string? Entry { get; }
}
