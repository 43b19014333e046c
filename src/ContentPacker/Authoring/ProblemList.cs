namespace ContentPacker.Authoring;

/// <summary>Collects problems in the order they are found.</summary>
internal sealed class ProblemList
{
    private readonly List<AuthoringProblem> items = [];

    public int Count => items.Count;

    public IReadOnlyList<AuthoringProblem> Items => items;

    public void Add(SourceSpot spot, string field, string message) =>
        items.Add(new AuthoringProblem(spot.File, spot.Line, spot.Column, field, message));
}
