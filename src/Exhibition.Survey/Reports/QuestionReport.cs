using Exhibition.Bundle.Model;

namespace Exhibition.Survey.Reports;

/// <summary>The answers to one question, of one kind (a question whose kind changed between versions is listed twice).</summary>
/// <param name="QuestionId">The question id.</param>
/// <param name="Kind">The kind of answer counted here.</param>
/// <param name="Answered">How many responses answered it.</param>
/// <param name="Options">Per option (yes/no: <c>yes</c> and <c>no</c>; choices: option ids), how many chose it.
/// Empty for scale and text questions.</param>
/// <param name="Scale">The scale's mean and distribution; null unless the kind is scale.</param>
public sealed record QuestionReport(
    string QuestionId, QuestionKind Kind, int Answered, IReadOnlyList<KeyCount> Options, ScaleReport? Scale);
