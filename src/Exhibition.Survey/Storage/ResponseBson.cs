using System.Globalization;
using Exhibition.Bundle.Model;
using Exhibition.Survey.Json;
using Exhibition.Survey.Model;
using LiteDB;

namespace Exhibition.Survey.Storage;

/// <summary>
/// A response as a LiteDB document, mapped by hand (no reflection mapper) so that the stored shape is explicit.
/// Answers are an array of <c>{q, k, v}</c>, so a question id never has to be a valid field name.
/// </summary>
internal static class ResponseBson
{
    public const string State = "state";

    // The order of storing (1, 2, 3, ...): an export moves the store's "exported up to" mark instead of rewriting
    // every document, so a pending document at or below the mark reads as exported.
    public const string Sequence = "seq";

    public static string StateName(ResponseState state) => SurveyJsonNames.Of(state);

    public static BsonDocument ToDocument(SurveyResponse response, long sequence) => new()
    {
        ["_id"] = response.Id,
        [Sequence] = sequence,
        ["bundleId"] = response.BundleId,
        ["bundleVersion"] = response.BundleVersion,
        ["language"] = response.Language,
        ["kioskId"] = response.KioskId,
        ["date"] = response.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["hour"] = response.Hour,
        ["visitLength"] = SurveyJsonNames.Of(response.VisitLength),
        [State] = StateName(response.State),
        ["answers"] = new BsonArray(response.Answers.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => AnswerDocument(a.Key, a.Value))),
    };

    /// <summary>The response as it stands given the store's exported-up-to mark.</summary>
    public static SurveyResponse FromDocument(BsonDocument document, long exportedUpTo) => new()
    {
        Id = document["_id"].AsGuid,
        BundleId = document["bundleId"].AsString,
        BundleVersion = document["bundleVersion"].AsString,
        Language = document["language"].AsString,
        KioskId = document["kioskId"].AsString,
        Date = DateOnly.ParseExact(document["date"].AsString, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Hour = document["hour"].AsInt32,
        VisitLength = SurveyJsonNames.Parse<VisitLengthBand>(document["visitLength"].AsString),
        State = EffectiveState(document, exportedUpTo),
        Answers = document["answers"].AsArray.Select(a => a.AsDocument)
            .ToDictionary(a => a["q"].AsString, ReadAnswer, StringComparer.Ordinal),
    };

    public static ResponseState EffectiveState(BsonDocument document, long exportedUpTo)
    {
        var stored = SurveyJsonNames.Parse<ResponseState>(document[State].AsString);
        return stored == ResponseState.Pending && document[Sequence].AsInt64 <= exportedUpTo ? ResponseState.Exported : stored;
    }

    private static BsonDocument AnswerDocument(string questionId, SurveyAnswer answer) => new()
    {
        ["q"] = questionId,
        ["k"] = SurveyJsonNames.Of(answer.Kind),
        ["v"] = answer.Kind switch
        {
            QuestionKind.YesNo => answer.AsYesNo,
            QuestionKind.Single => answer.AsSingle,
            QuestionKind.Multi => new BsonArray(answer.AsMulti.Select(o => new BsonValue(o))),
            QuestionKind.Scale => answer.AsScale,
            _ => answer.AsText,
        },
    };

    private static SurveyAnswer ReadAnswer(BsonDocument answer)
    {
        var value = answer["v"];
        return SurveyJsonNames.Parse<QuestionKind>(answer["k"].AsString) switch
        {
            QuestionKind.YesNo => SurveyAnswer.YesNo(value.AsBoolean),
            QuestionKind.Single => SurveyAnswer.Single(value.AsString),
            QuestionKind.Multi => SurveyAnswer.Multi(value.AsArray.Select(o => o.AsString)),
            QuestionKind.Scale => SurveyAnswer.Scale(value.AsInt32),
            _ => SurveyAnswer.Text(value.AsString),
        };
    }
}
