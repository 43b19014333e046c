using System.Text.Json.Serialization;

namespace Exhibition.Bundle.Model;

/// <summary>Kinds of survey question. The JSON names are <c>yesno</c>, <c>single</c>, <c>multi</c>, <c>scale</c>, <c>text</c>.</summary>
public enum QuestionKind
{
    /// <summary>Yes or no; answered true/false.</summary>
    [JsonStringEnumMemberName("yesno")]
    YesNo,
    /// <summary>One option; answered with an option id.</summary>
    [JsonStringEnumMemberName("single")]
    Single,
    /// <summary>Any options; answered with an array of option ids.</summary>
    [JsonStringEnumMemberName("multi")]
    Multi,
    /// <summary>1 to 5, shown as faces; answered with an integer.</summary>
    [JsonStringEnumMemberName("scale")]
    Scale,
    /// <summary>Optional short free text; answered with a string.</summary>
    [JsonStringEnumMemberName("text")]
    Text,
}
