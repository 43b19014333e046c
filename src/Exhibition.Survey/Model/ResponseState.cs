using System.Text.Json.Serialization;

namespace Exhibition.Survey.Model;

/// <summary>Where a stored response is on its way to the exhibition team.</summary>
public enum ResponseState
{
    /// <summary>Stored on the kiosk, not yet exported or synced.</summary>
    [JsonStringEnumMemberName("pending")]
    Pending,
    /// <summary>Written to an export file.</summary>
    [JsonStringEnumMemberName("exported")]
    Exported,
    /// <summary>Sent to the exhibition team's server.</summary>
    [JsonStringEnumMemberName("synced")]
    Synced,
}
