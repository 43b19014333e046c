using System.Text.Json.Serialization;

namespace Exhibition.Survey.Model;

/// <summary>A coarse visit length: exact durations are never stored, so a response cannot be matched to a visitor.</summary>
public enum VisitLengthBand
{
    /// <summary>Not known, e.g. a response typed in with <c>survey record</c>.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown,
    /// <summary>Less than 2 minutes.</summary>
    [JsonStringEnumMemberName("under2min")]
    Under2Min,
    /// <summary>2 minutes up to 5.</summary>
    [JsonStringEnumMemberName("2to5")]
    From2To5Min,
    /// <summary>5 minutes up to 10.</summary>
    [JsonStringEnumMemberName("5to10")]
    From5To10Min,
    /// <summary>10 minutes up to 20.</summary>
    [JsonStringEnumMemberName("10to20")]
    From10To20Min,
    /// <summary>20 minutes or more.</summary>
    [JsonStringEnumMemberName("over20")]
    Over20Min,
}
