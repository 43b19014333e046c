namespace Exhibition.Survey.Storage;

/// <summary>How many responses the store holds in each state.</summary>
/// <param name="Pending">Not yet exported or synced.</param>
/// <param name="Exported">Written to an export file.</param>
/// <param name="Synced">Sent to the team's server.</param>
public readonly record struct SurveyStats(int Pending, int Exported, int Synced)
{
    /// <summary>All responses held.</summary>
    public int Total => Pending + Exported + Synced;
}
