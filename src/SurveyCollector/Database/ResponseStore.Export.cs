namespace Exhibition.SurveyCollector.Database;

internal sealed partial class ResponseStore
{
    /// <summary>Every question id that any stored response answers, in ordinal order.</summary>
    public List<string> QuestionIds()
    {
        using var command = dataSource.CreateCommand("SELECT DISTINCT jsonb_object_keys(body->'answers') FROM survey_response");
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read()) ids.Add(reader.GetString(0));
        ids.Sort(StringComparer.Ordinal);
        return ids;
    }
}
