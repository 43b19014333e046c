namespace Exhibition.Survey.Model;

/// <summary>
/// One completed, anonymous survey response. It holds only what the exhibition team needs: the answers, which
/// bundle asked them, the language, the kiosk's random id, the date and hour, and a coarse visit length.
/// </summary>
public sealed record SurveyResponse
{
    /// <summary>A random id (UUID v4) made when the response is completed.</summary>
    public required Guid Id { get; init; }

    /// <summary>The id of the bundle (exhibition) that asked the questions.</summary>
    public required string BundleId { get; init; }

    /// <summary>The bundle's version.</summary>
    public required string BundleVersion { get; init; }

    /// <summary>The language the visitor answered in.</summary>
    public required string Language { get; init; }

    /// <summary>The kiosk's random id (see <see cref="Storage.KioskIdentity"/>).</summary>
    public required string KioskId { get; init; }

    /// <summary>The local date of completion.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The local hour of completion, 0 to 23 (no minutes).</summary>
    public required int Hour { get; init; }

    /// <summary>How long the visit was, coarsely.</summary>
    public required VisitLengthBand VisitLength { get; init; }

    /// <summary>The answers by question id; unanswered optional questions are absent.</summary>
    public required IReadOnlyDictionary<string, SurveyAnswer> Answers { get; init; }

    /// <summary>Where the response is on its way to the team.</summary>
    public ResponseState State { get; init; } = ResponseState.Pending;

    /// <summary>Completes a response: a new random id, the time cut to the hour, the visit length cut to a band.</summary>
    public static SurveyResponse Create(
        ResponseOrigin origin, string language, DateTimeOffset completedAt, TimeSpan? visitLength,
        IReadOnlyDictionary<string, SurveyAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(answers);
        var hour = AnswerCoarsening.ToHour(completedAt);
        return new SurveyResponse
        {
            Id = Guid.NewGuid(),
            BundleId = origin.BundleId,
            BundleVersion = origin.BundleVersion,
            Language = language,
            KioskId = origin.KioskId,
            Date = hour.Date,
            Hour = hour.Hour,
            VisitLength = visitLength is { } length ? AnswerCoarsening.ToBand(length) : VisitLengthBand.Unknown,
            Answers = new Dictionary<string, SurveyAnswer>(answers, StringComparer.Ordinal),
        };
    }

    /// <summary>Ids and coarse fields only: answers are never written to logs.</summary>
    public override string ToString() => $"response {Id} ({Answers.Count} answers, {BundleId} {BundleVersion}, {State})";
}
