using System.Buffers.Binary;
using ExhibitionViewer.Video;

namespace ExhibitionViewer.Tests.Video.Support;

/// <summary>
/// Passes PCM to a real output and notes where in the byte stream each beep starts (a sample above a threshold
/// after at least 0.3 s of silence), so a test can ask which sound is being heard at any moment.
/// </summary>
internal sealed class TapAudioOutput(IAudioOutput inner) : IAudioOutput
{
    private const int Threshold = 8000;
    private readonly object gate = new();
    private long total;
    private long lastLoud = -1_000_000;

    public List<long> BeepOnsets { get; } = [];

    public int SampleRate => inner.SampleRate;

    public int Channels => inner.Channels;

    public double DeviceLatencySeconds => inner.DeviceLatencySeconds;

    public int QueuedBytes => inner.QueuedBytes;

    public int BytesPerSecond => SampleRate * Channels * 2;

    /// <summary>Byte position in everything queued since the last clear of the sound heard now.</summary>
    public double HeardByte
    {
        get
        {
            lock (gate)
            {
                return total - inner.QueuedBytes - DeviceLatencySeconds * BytesPerSecond;
            }
        }
    }

    public void Queue(ReadOnlySpan<byte> pcm)
    {
        lock (gate)
        {
            for (var i = 0; i + 1 < pcm.Length; i += 2)
            {
                if (Math.Abs((int)BinaryPrimitives.ReadInt16LittleEndian(pcm[i..])) > Threshold)
                {
                    var at = total + i;
                    if (at - lastLoud > 0.3 * BytesPerSecond)
                    {
                        BeepOnsets.Add(at);
                    }

                    lastLoud = at;
                }
            }

            inner.Queue(pcm);
            total += pcm.Length;
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            inner.Clear();
            total = 0;
            lastLoud = -1_000_000;
            BeepOnsets.Clear();
        }
    }

    public void SetPaused(bool paused) => inner.SetPaused(paused);

    public void Dispose() => inner.Dispose();
}
