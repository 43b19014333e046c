namespace Exhibition.Survey.Model;

/// <summary>A moment kept only to the hour.</summary>
/// <param name="Date">The local date.</param>
/// <param name="Hour">The local hour, 0 to 23; minutes and seconds are dropped.</param>
public readonly record struct CoarseTime(DateOnly Date, int Hour);
