namespace Exhibition.Survey.Storage;

/// <summary>A file an export manifest vouches for.</summary>
/// <param name="Name">The file name, in the manifest's folder (never a path).</param>
/// <param name="Bytes">Its length.</param>
/// <param name="Sha256">The SHA-256 of its bytes, 64 lower-case hex digits.</param>
public readonly record struct SurveyExportFile(string Name, long Bytes, string Sha256);
