namespace ContentPacker.Sample.Content;

/// <summary>Visitor-facing text in English and Welsh.</summary>
internal readonly record struct Text(string En, string Cy);
