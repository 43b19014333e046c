namespace ContentPacker.Authoring;

/// <summary>Finds ids used twice within one scope (scenes, case studies, questions, options of a question, hotspots of a scene).</summary>
internal sealed class DuplicateIds(ProblemList problems, string what)
{
    private readonly Dictionary<string, SourceSpot> seen = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Ids => seen.Keys;

    /// <summary>Records <paramref name="id"/>; reports it, naming both lines, if it was seen before.</summary>
    public void Add(string? id, SourceSpot spot, string field)
    {
        if (id is null)
        {
            return;
        }

        if (seen.TryGetValue(id, out var first))
        {
            var where = first.File == spot.File ? $"line {first.Line}" : $"{first.File} line {first.Line}";
            problems.Add(spot, field, $"{what} id '{id}' is used twice: at {where} and at line {spot.Line}. Ids must be unique.");
            return;
        }

        seen.Add(id, spot);
    }
}
