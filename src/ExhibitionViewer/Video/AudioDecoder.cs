using System.Buffers.Binary;
using System.Globalization;

namespace ExhibitionViewer.Video;

/// <summary>
/// Decodes a video's sound with an ffmpeg child to 48 kHz stereo s16 PCM and keeps an <see cref="IAudioOutput"/>'s
/// queue about <see cref="AheadSeconds"/> full, scaling samples by the current gain (volume, or 0 when muted).
/// Counts the bytes it queued, so the bytes the device has taken tell how much has been heard.
/// </summary>
internal sealed class AudioDecoder : IDisposable
{
    public const double AheadSeconds = 0.2;
    private const int ChunkBytes = 4096;
    private readonly FfmpegProcess child;
    private readonly IAudioOutput output;
    private readonly Func<float> gain;
    private readonly CancellationTokenSource cancel = new();
    private readonly Thread pump;
    private readonly object gate = new();
    private long queuedTotal;
    private volatile bool ended;
    private bool disposed;

    public AudioDecoder(FfmpegTools tools, VideoSource source, double startSeconds, IAudioOutput output, Func<float> gain)
    {
        this.output = output;
        this.gain = gain;
        StartSeconds = startSeconds;
        output.SetPaused(true);
        output.Clear();
        child = FfmpegProcess.Start(tools.Ffmpeg,
        [
            "-hide_banner", "-nostdin", "-loglevel", "error",
            "-ss", startSeconds.ToString("0.######", CultureInfo.InvariantCulture), "-i", source.Url,
            "-map", "0:a:0", "-vn", "-sn", "-f", "s16le", "-ac", output.Channels.ToString(CultureInfo.InvariantCulture),
            "-ar", output.SampleRate.ToString(CultureInfo.InvariantCulture), "pipe:1",
        ]);
        pump = new Thread(Pump) { IsBackground = true, Name = "audio-decoder" };
        pump.Start();
    }

    public double StartSeconds { get; }

    public int ProcessId => child.Id;

    private int BytesPerSecond => output.SampleRate * output.Channels * 2;

    /// <summary>Whether the sound has ended and the device has taken all of it.</summary>
    public bool IsDrained => ended && output.QueuedBytes == 0;

    /// <summary>Whether enough sound is queued to start without an underrun (or there is no more to come).</summary>
    public bool IsPrimed => ended || output.QueuedBytes >= BytesPerSecond * AheadSeconds / 2;

    /// <summary>The media time of the sound being heard now.</summary>
    public double HeardSeconds
    {
        get
        {
            long taken;
            lock (gate)
            {
                taken = queuedTotal - output.QueuedBytes;
            }

            return Math.Max(StartSeconds, StartSeconds + taken / (double)BytesPerSecond - output.DeviceLatencySeconds);
        }
    }

    public void SetOutputPaused(bool paused) => output.SetPaused(paused);

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        cancel.Cancel();
        child.Dispose();
        pump.Join();
        output.SetPaused(true);
        output.Clear();
        cancel.Dispose();
    }

    private void Pump()
    {
        try
        {
            PumpCore();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The pipe closed under us: Dispose killed ffmpeg.
        }
        finally
        {
            ended = true;
        }
    }

    private void PumpCore()
    {
        var chunk = new byte[ChunkBytes];
        var ahead = (int)(BytesPerSecond * AheadSeconds);
        while (!cancel.IsCancellationRequested)
        {
            var read = child.Output.ReadAtLeast(chunk, chunk.Length, throwOnEndOfStream: false) & ~3;
            if (read == 0)
            {
                return;
            }

            Scale(chunk.AsSpan(0, read), gain());
            while (output.QueuedBytes > ahead && !cancel.IsCancellationRequested)
            {
                Thread.Sleep(5);
            }

            lock (gate)
            {
                if (cancel.IsCancellationRequested)
                {
                    return;
                }

                output.Queue(chunk.AsSpan(0, read));
                queuedTotal += read;
            }
        }
    }

    private static void Scale(Span<byte> pcm, float factor)
    {
        if (factor >= 0.999f)
        {
            return;
        }

        for (var i = 0; i + 1 < pcm.Length; i += 2)
        {
            var sample = BinaryPrimitives.ReadInt16LittleEndian(pcm[i..]);
            BinaryPrimitives.WriteInt16LittleEndian(pcm[i..], (short)(sample * factor));
        }
    }
}
