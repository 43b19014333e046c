namespace Exhibition.Bundle.Model;

/// <summary>One question of the exit survey.</summary>
public sealed record SurveyQuestion
{
    /// <summary>Stable id: answers are keyed by it across bundle versions.</summary>
    public required string Id { get; init; }

    /// <summary>Its kind.</summary>
    public required QuestionKind Kind { get; init; }

    /// <summary>Whether the visitor must answer it before going on.</summary>
    public bool Required { get; init; }

    /// <summary>The question.</summary>
    public required LocalizedText Text { get; init; }

    /// <summary>Options, for single and multiple choice.</summary>
    public IReadOnlyList<SurveyOption> Options { get; init; } = [];

    /// <summary>Most characters a text answer may have.</summary>
    public int MaxLength { get; init; } = 200;
}
