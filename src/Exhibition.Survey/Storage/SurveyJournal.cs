using System.Buffers.Binary;
using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;

namespace Exhibition.Survey.Storage;

/// <summary>
/// <c>survey-journal.bin</c>: the acknowledged responses not yet checkpointed into LiteDB's data file, each appended
/// and fdatasynced before <see cref="SurveyStore.Store"/> returns. The file is preallocated (written with zeros once,
/// fsynced, folder fsynced), so an append changes no metadata and one fdatasync flushes it. Opening the store replays
/// the journal into LiteDB; a checkpoint empties it by starting a new epoch in the header (records of older epochs
/// are ignored). A record: length (4 bytes), epoch (8), the first 8 bytes of the SHA-256 of those and the payload,
/// then the payload (the response as one JSON line). Reading stops at the first record that does not check out: a
/// torn append was never acknowledged.
/// </summary>
internal sealed partial class SurveyJournal : IDisposable
{
    public const string FileName = "survey-journal.bin";

    // The header has a sector of its own, so a torn record never touches it.
    private const int HeaderBytes = 4096;
    private const int RecordHeaderBytes = 20;
    private static ReadOnlySpan<byte> Magic => "EXSJ0001"u8;

    private readonly SafeFileHandle _handle;
    private readonly long _capacity;
    private long _epoch;
    private long _end = HeaderBytes;

    private SurveyJournal(SafeFileHandle handle, long capacity, long epoch)
    {
        _handle = handle;
        _capacity = capacity;
        _epoch = epoch;
    }

    /// <summary>Whether any record has been appended since the last reset.</summary>
    public bool IsEmpty => _end == HeaderBytes;

    /// <summary>Appends one record and fdatasyncs it; false (nothing written) when it does not fit.</summary>
    public bool TryAppend(ReadOnlySpan<byte> payload)
    {
        var length = RecordHeaderBytes + payload.Length;
        if (_end + length > _capacity) return false;
        var record = new byte[length];
        BinaryPrimitives.WriteInt32LittleEndian(record, payload.Length);
        BinaryPrimitives.WriteInt64LittleEndian(record.AsSpan(4), _epoch);
        payload.CopyTo(record.AsSpan(RecordHeaderBytes));
        Checksum(record, payload.Length).CopyTo(record.AsSpan(12));
        RandomAccess.Write(_handle, record, _end);
        FileSync.DataSync(_handle);
        _end += length;
        return true;
    }

    /// <summary>Empties the journal: call only once everything in it is durable in LiteDB's data file.</summary>
    public void Reset()
    {
        _epoch++;
        RandomAccess.Write(_handle, Header(_epoch), 0);
        FileSync.DataSync(_handle);
        _end = HeaderBytes;
    }

    public void Dispose() => _handle.Dispose();

    private static byte[] Header(long epoch)
    {
        var header = new byte[16];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(8), epoch);
        return header;
    }

    // Over the length, the epoch and the payload.
    private static byte[] Checksum(ReadOnlySpan<byte> record, int payloadLength)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(record[..12]);
        hash.AppendData(record.Slice(RecordHeaderBytes, payloadLength));
        return hash.GetHashAndReset()[..8];
    }
}
