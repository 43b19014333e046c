namespace Exhibition.SurveyCollector.Auth;

/// <summary>What a token may do: a kiosk uploads; a reader (the exhibition team) reads reports and exports.</summary>
internal enum TokenRole
{
    Kiosk,
    Reader,
}
