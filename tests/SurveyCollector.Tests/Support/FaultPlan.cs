namespace Exhibition.SurveyCollector.Tests.Support;

/// <summary>
/// What the fault proxy does to each request, decided from a seeded random source so that a run can be repeated.
/// Faults are bounded: at most <see cref="MaxFaults"/> in a run, after which every request passes.
/// </summary>
public sealed record FaultPlan
{
    public double DropRequest { get; init; }
    public double DropResponse { get; init; }
    public double Duplicate { get; init; }
    public int Seed { get; init; } = 1234;
    public int MaxFaults { get; init; } = 200;

    /// <summary>Called with the request number before it is forwarded (e.g. to kill the collector).</summary>
    public Func<int, Task>? BeforeForward { get; init; }

    /// <summary>Called with the request number after the collector answered, before the kiosk hears (e.g. to kill the kiosk).</summary>
    public Func<int, Task>? AfterForward { get; init; }
}
