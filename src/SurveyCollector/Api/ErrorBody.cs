namespace Exhibition.SurveyCollector.Api;

/// <summary>The body of every error answer: one message naming what was wrong, never an answer's content.</summary>
internal sealed record ErrorBody(string Error)
{
    public static IResult Result(int status, string message) => Results.Json(new ErrorBody(message), statusCode: status);
}
