namespace Exhibition.Bundle.Model;

/// <summary>One option of a choice question.</summary>
/// <param name="Id">Stable option id, the stored answer.</param>
/// <param name="Text">What the visitor reads.</param>
public sealed record SurveyOption(string Id, LocalizedText Text);
