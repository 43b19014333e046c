namespace Exhibition.Survey.Sync;

/// <summary>The collector's answer to a batch: the ids it stored now and those it already had.</summary>
/// <param name="Stored">Ids inserted by this request.</param>
/// <param name="Duplicates">Ids the collector already held (an earlier delivery, or a second copy in the batch).</param>
public sealed record UploadAcknowledgement(IReadOnlyList<Guid> Stored, IReadOnlyList<Guid> Duplicates)
{
    /// <summary>Every id the collector now holds, stored or duplicate.</summary>
    public IEnumerable<Guid> Held => Stored.Concat(Duplicates);
}
