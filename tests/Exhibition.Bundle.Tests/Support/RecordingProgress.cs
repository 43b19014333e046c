namespace Exhibition.Bundle.Tests.Support;

/// <summary>Records every progress report synchronously (Progress&lt;T&gt; would post them to a thread pool).</summary>
public sealed class RecordingProgress : IProgress<double>
{
    public List<double> Values { get; } = [];

    public void Report(double value) => Values.Add(value);
}
