namespace Exhibition.Survey.Model;

/// <summary>Turns precise times and durations into the coarse values a response may hold.</summary>
public static class AnswerCoarsening
{
    /// <summary>The date and hour of <paramref name="localTime"/>; minutes, seconds and the offset are dropped.</summary>
    public static CoarseTime ToHour(DateTime localTime) => new(DateOnly.FromDateTime(localTime), localTime.Hour);

    /// <summary>The date and hour of <paramref name="time"/> in its own offset (the kiosk's wall clock).</summary>
    public static CoarseTime ToHour(DateTimeOffset time) => ToHour(time.DateTime);

    /// <summary>The band <paramref name="visitLength"/> falls in; each band includes its lower bound.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The length is negative.</exception>
    public static VisitLengthBand ToBand(TimeSpan visitLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(visitLength, TimeSpan.Zero);
        var minutes = visitLength.TotalMinutes;
        return minutes < 2 ? VisitLengthBand.Under2Min
            : minutes < 5 ? VisitLengthBand.From2To5Min
            : minutes < 10 ? VisitLengthBand.From5To10Min
            : minutes < 20 ? VisitLengthBand.From10To20Min
            : VisitLengthBand.Over20Min;
    }
}
