using ContentPacker.Sample.Content;

namespace ContentPacker.Sample.Output;

internal static partial class SampleYaml
{
    private static void Survey(YamlText yaml)
    {
        yaml.Line(0, "survey:").Line(1, "questions:");
        Question(yaml, "enjoyed", "scale", required: true, new("How much did you enjoy the exhibition?", "Faint wnaethoch chi fwynhau'r arddangosfa?"));
        Question(yaml, "new-job", "yesno", required: true,
            new("Did you learn about a technician job you had not heard of before?", "Wnaethoch chi ddysgu am swydd technegydd nad oeddech chi wedi clywed amdani o'r blaen?"));
        Question(yaml, "favourite-gallery", "single", required: false, new("Which gallery did you like best?", "Pa oriel oedd orau gennych chi?"));
        Options(yaml, [("aerospace-energy", new("Aerospace & energy", "Awyrofod ac ynni")), ("health-science", new("Health & science", "Iechyd a gwyddoniaeth")),
            ("games-broadcast", new("Games & broadcast", "Gemau a darlledu"))]);
        Question(yaml, "interests", "multi", required: false, new("Which areas would you like to find out more about?", "Am ba feysydd yr hoffech chi wybod mwy?"));
        Options(yaml, [("aerospace", new("Aerospace", "Awyrofod")), ("energy", new("Energy", "Ynni")), ("healthcare", new("Healthcare science", "Gwyddor gofal iechyd")),
            ("games", new("Games", "Gemau")), ("broadcast", new("Broadcast", "Darlledu"))]);
        Question(yaml, "comment", "text", required: false, new("Anything else you would like to tell us?", "Unrhyw beth arall yr hoffech chi ei ddweud wrthym ni?"));
        yaml.Line(2, "max_length: 200")
            .Line(1, $"thank_you: {YamlText.Map(new("Thank you for visiting! Technicians make it happen.", "Diolch am ymweld! Technegwyr sy'n gwneud iddo ddigwydd."))}")
            .Blank();
    }

    private static void Question(YamlText yaml, string id, string kind, bool required, Text text)
    {
        yaml.Line(1, $"- id: {id}").Line(2, $"kind: {kind}");
        if (required)
        {
            yaml.Line(2, "required: true");
        }

        yaml.Line(2, $"text: {YamlText.Map(text)}");
    }

    private static void Options(YamlText yaml, IEnumerable<(string Id, Text Text)> options)
    {
        yaml.Line(2, "options:");
        foreach (var (id, text) in options)
        {
            yaml.Line(3, $"- {{id: {id}, text: {YamlText.Map(text)}}}");
        }
    }
}
