using ContentPacker.Authoring;

namespace ContentPacker.Tests.Support;

/// <summary>Assertions on authoring problems that print every problem when they fail.</summary>
internal static class AuthoringAssert
{
    /// <summary>Asserts exactly one problem has this file and field, and that it has this line and mentions each text.</summary>
    public static AuthoringProblem HasProblem(AuthoringResult result, string file, int line, string field, params string[] mentions)
    {
        var all = string.Join("\n", result.Problems);
        var matches = result.Problems.Where(p => p.File == file && p.Field == field).ToList();
        Assert.That(matches, Has.Count.EqualTo(1), $"expected one problem in {file} at {field}; got:\n{all}");
        var problem = matches[0];
        Assert.That(problem.Line, Is.EqualTo(line), $"line of {problem}");
        foreach (var text in mentions)
        {
            Assert.That(problem.Message, Does.Contain(text), $"message of {problem}");
        }

        Assert.That(result.Exhibition, Is.Null, "an invalid folder yields no exhibition");
        return problem;
    }

    /// <summary>The 1-based line of the first line of <paramref name="text"/> containing <paramref name="fragment"/>
    /// (after the first line containing <paramref name="after"/>, when given).</summary>
    public static int LineOf(string text, string fragment, string? after = null)
    {
        var lines = text.Split('\n');
        var from = after is null ? 0 : Array.FindIndex(lines, l => l.Contains(after, StringComparison.Ordinal));
        Assert.That(from, Is.GreaterThanOrEqualTo(0), $"'{after}' not in the YAML");
        var index = Array.FindIndex(lines, from, l => l.Contains(fragment, StringComparison.Ordinal));
        Assert.That(index, Is.GreaterThanOrEqualTo(0), $"'{fragment}' not in the YAML");
        return index + 1;
    }
}
