using System.CommandLine;

namespace ContentPacker.Commands;

/// <summary><c>survey ...</c>: what the exhibition team does with the answers the kiosks collected.</summary>
internal static class SurveyCommand
{
    public static Command Create() => new("survey", "Work with exit-survey answers exported from kiosks.")
    {
        SurveyReportCommand.Create(),
    };
}
