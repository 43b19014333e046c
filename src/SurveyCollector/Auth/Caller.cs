namespace Exhibition.SurveyCollector.Auth;

/// <summary>Who sent a request: the name the token was issued to, and its role.</summary>
internal readonly record struct Caller(string Name, TokenRole Role);
