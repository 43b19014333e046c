namespace Exhibition.SurveyCollector.Api;

/// <summary>The answer to an upload: ids stored by this request, and ids already held (both may be marked synced).</summary>
internal sealed record UploadResult(IReadOnlyList<Guid> Stored, IReadOnlyList<Guid> Duplicates);
