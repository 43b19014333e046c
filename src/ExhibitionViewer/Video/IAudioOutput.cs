namespace ExhibitionViewer.Video;

/// <summary>A sound output fed with interleaved signed 16-bit little-endian PCM; its consumption is the video's clock.</summary>
public interface IAudioOutput : IDisposable
{
    /// <summary>Samples per second per channel.</summary>
    int SampleRate { get; }

    /// <summary>Interleaved channels.</summary>
    int Channels { get; }

    /// <summary>How long a sample spends in the device's own buffer after it leaves the queue, in seconds.</summary>
    double DeviceLatencySeconds { get; }

    /// <summary>Bytes queued and not yet taken by the device.</summary>
    int QueuedBytes { get; }

    /// <summary>Appends PCM to the queue.</summary>
    void Queue(ReadOnlySpan<byte> pcm);

    /// <summary>Drops everything queued.</summary>
    void Clear();

    /// <summary>Stops or resumes consuming the queue.</summary>
    void SetPaused(bool paused);
}
