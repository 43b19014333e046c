namespace ContentPacker.Cli;

/// <summary>Reports progress on the calling thread, so a bar reaches 100% before the step that fed it returns.</summary>
internal sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
