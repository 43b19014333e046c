using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;

namespace Exhibition.Survey.Storage;

internal sealed partial class SurveyJournal
{
    // About 280 responses of a typical size; a full journal costs one checkpoint.
    internal const long DefaultCapacity = 128 * 1024;

    /// <summary>
    /// Opens the journal in <paramref name="folder"/>, creating and preallocating it if needed, and returns it with
    /// the payloads of its current epoch, oldest first.
    /// </summary>
    public static (SurveyJournal Journal, List<byte[]> Records) Open(string folder, long capacity = DefaultCapacity)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path) || new FileInfo(path).Length < capacity) Create(path, capacity);
        var handle = File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
        try
        {
            var length = RandomAccess.GetLength(handle);
            var header = new byte[16];
            RandomAccess.Read(handle, header, 0);
            var epoch = header.AsSpan(0, 8).SequenceEqual(Magic) ? BinaryPrimitives.ReadInt64LittleEndian(header.AsSpan(8)) : 0;
            var journal = new SurveyJournal(handle, length, epoch);
            return (journal, journal.ReadRecords());
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    // Zeros written (not merely allocated), so that appends later change no extent or size metadata.
    private static void Create(string path, long capacity)
    {
        FileSync.WriteAtomically(path, stream =>
        {
            stream.Write(Header(1));
            var zeros = new byte[64 * 1024];
            for (var written = 16L; written < capacity; written += zeros.Length)
                stream.Write(zeros, 0, (int)Math.Min(zeros.Length, capacity - written));
        });
    }

    private List<byte[]> ReadRecords()
    {
        var records = new List<byte[]>();
        var head = new byte[RecordHeaderBytes];
        while (_end + RecordHeaderBytes <= _capacity)
        {
            RandomAccess.Read(_handle, head, _end);
            var length = BinaryPrimitives.ReadInt32LittleEndian(head);
            if (length <= 0 || _end + RecordHeaderBytes + length > _capacity) break;
            if (BinaryPrimitives.ReadInt64LittleEndian(head.AsSpan(4)) != _epoch) break;
            var record = new byte[RecordHeaderBytes + length];
            RandomAccess.Read(_handle, record, _end);
            if (!Checksum(record, length).AsSpan().SequenceEqual(record.AsSpan(12, 8))) break;
            records.Add(record[RecordHeaderBytes..]);
            _end += record.Length;
        }

        return records;
    }
}
