namespace Exhibition.Bundle.Model;

/// <summary>The anonymous exit survey that ends a visit.</summary>
public sealed record Survey
{
    /// <summary>Questions in the order asked.</summary>
    public required IReadOnlyList<SurveyQuestion> Questions { get; init; }

    /// <summary>Text of the thank-you screen.</summary>
    public LocalizedText ThankYou { get; init; } = new();
}
