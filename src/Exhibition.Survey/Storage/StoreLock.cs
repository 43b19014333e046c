namespace Exhibition.Survey.Storage;

/// <summary>
/// The one-writer guard: <c>survey.lock</c> held open with <see cref="FileShare.None"/> (an exclusive flock on Linux,
/// released by the kernel when the process dies, even by SIGKILL), and the holder's process id in
/// <c>survey.lock.owner</c> so that the second process can say who has it.
/// </summary>
internal sealed class StoreLock : IDisposable
{
    public const string FileName = "survey.lock";
    public const string OwnerFileName = "survey.lock.owner";

    private readonly FileStream _stream;
    private readonly string _ownerPath;

    private StoreLock(FileStream stream, string ownerPath)
    {
        _stream = stream;
        _ownerPath = ownerPath;
    }

    public static StoreLock Acquire(string folder)
    {
        var path = Path.Combine(folder, FileName);
        var ownerPath = Path.Combine(folder, OwnerFileName);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (IsHeldElsewhere(e))
        {
            throw new SurveyStoreException(
                $"The survey store in {folder} is in use by another ExhibitionViewer (process {ReadOwner(ownerPath)}?). "
                + "Only one program may write survey answers at a time: close the other one, or give this one another data folder.", e);
        }

        // The owner file is a hint for the message above; failing to write it must not stop the kiosk.
        try
        {
            File.WriteAllText(ownerPath, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (IOException)
        {
        }

        return new StoreLock(stream, ownerPath);
    }

    // .NET reports a failed exclusive flock as EWOULDBLOCK (11) on Linux and ERROR_SHARING_VIOLATION on Windows;
    // any other error (read-only medium, full disk) is not a second process and must not be reported as one.
    private static bool IsHeldElsewhere(IOException e) => e.HResult is 11 or unchecked((int)0x80070020);

    private static string ReadOwner(string ownerPath)
    {
        try
        {
            var text = File.ReadAllText(ownerPath).Trim();
            return int.TryParse(text, out var pid) ? pid.ToString(System.Globalization.CultureInfo.InvariantCulture) : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    public void Dispose()
    {
        try
        {
            File.Delete(_ownerPath);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        _stream.Dispose();
    }
}
