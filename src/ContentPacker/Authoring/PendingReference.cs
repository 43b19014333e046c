namespace ContentPacker.Authoring;

/// <summary>An id that names a scene or case study, checked once every scene and case study has been read.</summary>
internal readonly record struct PendingReference(string Id, ReferenceKind Kind, SourceSpot Spot, string Field);
