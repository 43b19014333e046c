namespace Exhibition.Survey.Storage;

/// <summary>The survey store cannot do what was asked; the message names the folder or file.</summary>
public class SurveyStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SurveyStoreException(string message) : base(message) { }

    /// <summary>Creates the exception with its cause.</summary>
    public SurveyStoreException(string message, Exception inner) : base(message, inner) { }
}
