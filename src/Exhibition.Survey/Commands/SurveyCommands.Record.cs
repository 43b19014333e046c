using System.Globalization;
using Exhibition.Bundle.Model;
using Exhibition.Survey.Model;
using Exhibition.Survey.Storage;
using Exhibition.Survey.Validation;

namespace Exhibition.Survey.Commands;

public static partial class SurveyCommands
{
    /// <summary>
    /// <c>survey record</c>: reads one response per line from <paramref name="input"/>
    /// (<c>{"language": "en", "answers": {...}}</c>, see <see cref="SurveyLineParser"/>), validates it against
    /// <paramref name="tour"/>'s survey, stores it through <see cref="SurveyStore.Store"/> and writes
    /// <c>ok &lt;uuid&gt;</c> to <paramref name="output"/> once it is durable. An invalid line gets one message per
    /// problem on <paramref name="errors"/>, <c>line N: question 'id': ...</c>, and is not stored. Blank lines are
    /// skipped. Stops at the first line the store cannot take.
    /// </summary>
    /// <returns><see cref="Ok"/>, <see cref="InvalidLines"/> or <see cref="StoreUnavailable"/>.</returns>
    public static int Record(
        Tour tour, SurveyStore store, TextReader input, TextWriter output, TextWriter errors, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(tour);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(clock);
        return RecordCore(tour, store, input, output, errors, clock);
    }

    private static int RecordCore(Tour tour, SurveyStore store, TextReader input, TextWriter output, TextWriter errors, TimeProvider clock)
    {
        var origin = new ResponseOrigin(tour.Id, tour.Version, store.KioskId);
        var result = Ok;
        var number = 0;
        while (input.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var parsed = SurveyLineParser.Parse(line, tour.Survey);
            var problems = AllProblems(tour, parsed);
            if (problems.Count > 0)
            {
                foreach (var problem in problems) errors.WriteLine(string.Create(CultureInfo.InvariantCulture, $"line {number}: {problem}"));
                result = InvalidLines;
                continue;
            }

            var response = SurveyResponse.Create(origin, parsed.Language!, clock.GetLocalNow(), null, parsed.Answers);
            try
            {
                store.Store(response);
            }
            catch (SurveyStoreUnavailableException e)
            {
                errors.WriteLine(string.Create(CultureInfo.InvariantCulture, $"line {number}: not stored: {e.Message}"));
                return StoreUnavailable;
            }

            output.WriteLine($"ok {response.Id:D}");
            output.Flush();
        }

        return result;
    }

    // Every problem at once: those of reading the line, then the validator's on what could be read, less those about
    // a question already named (a mistyped answer is not also "missing") or about a language that was not given.
    private static List<SurveyProblem> AllProblems(Tour tour, ParsedSurveyLine parsed)
    {
        var problems = parsed.Problems.ToList();
        var named = problems.Select(p => p.QuestionId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var validated = ResponseValidator.Validate(tour, parsed.Language ?? "", parsed.Answers);
        problems.AddRange(validated.Where(p => p.QuestionId is null ? parsed.Language is not null : !named.Contains(p.QuestionId)));
        return problems;
    }
}
