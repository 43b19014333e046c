namespace PanoramaBench;

/// <summary>One timed run: wall time and peak resident set of a child process.</summary>
internal readonly record struct Measured(string Name, double WallSeconds, double PeakMegabytes, int Files, string Note);
