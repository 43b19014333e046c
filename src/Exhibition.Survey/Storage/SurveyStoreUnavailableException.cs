namespace Exhibition.Survey.Storage;

/// <summary>
/// The store cannot write just now (full disk, read-only medium, I/O error). The response was not stored, nothing
/// stored before is damaged, and the kiosk keeps running: it shows "survey unavailable" and may try again later.
/// </summary>
public sealed class SurveyStoreUnavailableException : SurveyStoreException
{
    /// <summary>Creates the exception with its cause.</summary>
    public SurveyStoreUnavailableException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception.</summary>
    public SurveyStoreUnavailableException(string message) : base(message) { }
}
