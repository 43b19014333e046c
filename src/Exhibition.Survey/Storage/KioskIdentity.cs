namespace Exhibition.Survey.Storage;

/// <summary>
/// The kiosk's id: random, made once when the kiosk first stores a response, kept in the data folder as
/// <c>kiosk-id</c>. It is never derived from hardware (MAC address, serial numbers, host name), so it says which
/// exports came from the same machine and nothing about the machine.
/// </summary>
public static class KioskIdentity
{
    /// <summary>The file, in the data folder, that holds the id.</summary>
    public const string FileName = "kiosk-id";

    /// <summary>
    /// The id stored in <paramref name="dataFolder"/>, made (32 random hex digits) and stored durably first if there
    /// is none or the file does not hold a valid one.
    /// </summary>
    /// <exception cref="IOException">The folder cannot be read or written.</exception>
    public static string LoadOrCreate(string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(dataFolder);
        var path = Path.Combine(dataFolder, FileName);
        if (File.Exists(path) && TryRead(File.ReadAllText(path), out var existing)) return existing;
        Directory.CreateDirectory(dataFolder);
        var id = Guid.NewGuid().ToString("N");
        FileSync.WriteAtomically(path, stream => stream.Write(System.Text.Encoding.ASCII.GetBytes(id + "\n")));
        return id;
    }

    private static bool TryRead(string text, out string id)
    {
        id = text.Trim();
        return id.Length == 32 && Guid.TryParseExact(id, "N", out _);
    }
}
