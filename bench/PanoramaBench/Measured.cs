namespace PanoramaBench;

/// <summary>Best of several timed runs: wall time, CPU time and peak resident set of a child process.</summary>
internal readonly record struct Measured(string Name, double WallSeconds, double CpuSeconds, double PeakMegabytes, int Files, string Note);
