using LiteDB;

namespace Exhibition.Survey.Storage;

/// <summary>
/// The kiosk's survey answers, in a LiteDB file (<c>survey.db</c>, direct mode) in the data folder. One process
/// writes: <see cref="Open"/> takes <c>survey.lock</c> exclusively, so a second process fails at once with a message
/// that says so. <see cref="Store"/> returns only once the response is on disk (fsynced), so the thank-you screen
/// never thanks for an answer a crash or power cut could lose; see <c>docs/survey-storage.md</c>.
/// When the disk is full or read-only, writes throw <see cref="SurveyStoreUnavailableException"/>: nothing stored is
/// damaged, and the store tries again on the next call. Thread-safe; answers never appear in messages.
/// </summary>
public sealed partial class SurveyStore : IDisposable
{
    /// <summary>The LiteDB file in the data folder.</summary>
    public const string DatabaseFileName = "survey.db";

    private const string Collection = "responses";

    // A store writes a few 8 KiB pages to the log and the data file; 256 KiB leaves room for the largest response
    // (5 questions of 200 characters is far under a page) and for LiteDB's own bookkeeping.
    internal const long ReserveBytes = 256 * 1024;

    internal static readonly TimeSpan WriteTimeout = TimeSpan.FromSeconds(30);

    private readonly object _gate = new();
    private readonly StoreLock _lock;
    private readonly StoreDurability _durability;
    private LiteDatabase? _db;
    private SurveyJournal? _journal;
    private Stream[] _streams = [];
    private bool _disposed;
    private bool _hung;

    private SurveyStore(string folder, string kioskId, StoreLock storeLock, StoreDurability durability)
    {
        Folder = folder;
        KioskId = kioskId;
        _lock = storeLock;
        _durability = durability;
    }

    /// <summary>The data folder.</summary>
    public string Folder { get; }

    /// <summary>This kiosk's random id (see <see cref="KioskIdentity"/>).</summary>
    public string KioskId { get; }

    private string DatabasePath => Path.Combine(Folder, DatabaseFileName);

    private string LogPath => Path.Combine(Folder, "survey-log.db");

    /// <summary>Closes the database (LiteDB checkpoints on close) and releases the lock.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            CloseEngine();
            _lock.Dispose();
        }
    }

    private void CloseEngine()
    {
        var db = _db;
        _db = null;
        _journal?.Dispose();
        _journal = null;
        try
        {
            db?.Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or LiteException)
        {
            // A failed engine cannot close cleanly; what it had acknowledged is already in the data file or the journal.
        }
        finally
        {
            CloseStreams();
        }
    }
}
