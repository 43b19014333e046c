namespace ContentPacker.Authoring;

/// <summary>Checks that every id naming a scene or case study names one of the right kind.</summary>
internal static class ReferenceChecker
{
    public static void Check(AuthoringContext context)
    {
        foreach (var reference in context.References)
        {
            if (Problem(context, reference) is { } message)
            {
                context.Problems.Add(reference.Spot, reference.Field, message);
            }
        }
    }

    private static string? Problem(AuthoringContext context, PendingReference reference)
    {
        var id = reference.Id;
        if (reference.Kind == ReferenceKind.CaseStudy)
        {
            return context.CaseStudyIds.Contains(id) ? null : Unknown("case study", id, context.CaseStudyIds);
        }

        if (!context.SceneKinds.TryGetValue(id, out var isVideo))
        {
            return Unknown("scene", id, context.SceneKinds.Keys);
        }

        return reference.Kind switch
        {
            ReferenceKind.PanoramaScene when isVideo => $"'{id}' is a video scene: write 'video: {id}' to play it.",
            ReferenceKind.VideoScene when !isVideo => $"'{id}' is not a video scene: write 'scene: {id}' to go to it.",
            _ => null,
        };
    }

    private static string Unknown(string what, string id, IReadOnlyCollection<string> ids) =>
        ids.Count == 0
            ? $"no {what} has id '{id}': there are no {what}s."
            : $"no {what} has id '{id}'.{KeySuggestion.Hint(id, ids)} {char.ToUpperInvariant(what[0])}{what[1..]} ids are: {string.Join(", ", ids)}.";
}
