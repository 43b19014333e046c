namespace Exhibition.Bundle.Format;

/// <summary>Builds <see cref="BundleException"/>s whose messages always name the bundle file and, if any, the entry.</summary>
internal static class BundleErrors
{
    public static BundleException For(BundleErrorCode code, string file, string? entry, string problem, Exception? inner = null) =>
        new(code, entry is null ? $"{file}: {problem}" : $"{file}: entry '{entry}': {problem}", entry, inner);
}
