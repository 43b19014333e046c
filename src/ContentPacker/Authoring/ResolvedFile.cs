namespace ContentPacker.Authoring;

/// <summary>A file named in an authoring document that exists inside the folder.</summary>
/// <param name="Relative">The path as written, relative to the folder.</param>
/// <param name="Absolute">Its absolute path.</param>
/// <param name="Spot">Where it was named.</param>
/// <param name="Field">The field that named it.</param>
internal readonly record struct ResolvedFile(string Relative, string Absolute, SourceSpot Spot, string Field);
