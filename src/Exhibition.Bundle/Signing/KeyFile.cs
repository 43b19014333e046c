namespace Exhibition.Bundle.Signing;

/// <summary>The text form of key files: a header line naming the kind of key, then the base64 of its 32 bytes.</summary>
internal static class KeyFile
{
    public const string PrivateHeader = "exhibition-signing-key ed25519";
    public const string PublicHeader = "exhibition-public-key ed25519";
    public const int KeySize = 32;

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static string Format(string header, string base64) => $"{header}\n{base64}\n";

    public static byte[] Read(string file, string header, string what)
    {
        // Key files are tiny; a big file is certainly not one, so don't read it all.
        if (new FileInfo(file).Length > 4096)
            throw Invalid(file, header, what);
        var lines = File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        if (lines.Length != 2 || lines[0] != header)
            throw Invalid(file, header, what);
        return DecodeKey(lines[1]) ?? throw Invalid(file, header, what);
    }

    public static byte[]? DecodeKey(string base64)
    {
        var bytes = new byte[KeySize + 3];
        return Convert.TryFromBase64String(base64, bytes, out var written) && written == KeySize ? bytes[..KeySize] : null;
    }

    public static InvalidDataException Invalid(string file, string header, string what) => new(
        $"'{file}' is not {what}: expected a first line '{header}' and a second line holding the base64 of {KeySize} key bytes.");

    public static void WritePrivate(string file, byte[] seed)
    {
        // Tighten an existing file before the secret goes into it; a new file is created owner-only.
        if (!OperatingSystem.IsWindows() && File.Exists(file))
            File.SetUnixFileMode(file, OwnerOnly);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = OwnerOnly;
        using var stream = new FileStream(file, options);
        using var writer = new StreamWriter(stream);
        writer.Write(Format(PrivateHeader, Convert.ToBase64String(seed)));
    }
}
