using Exhibition.Bundle.Model;
using ExhibitionViewer.KioskMode;
using ExhibitionViewer.Overlay;
using SkiaSharp;

namespace ExhibitionViewer.Surveying;

/// <summary>
/// The survey screen's targets for the current question: answers (yes/no, options, five faces, or the on-screen
/// keyboard), and Back, Skip and Next along the bottom. Fixed sizes on the 8-px grid: answer buttons are 96 px or more
/// at 1080p. Shared by the painter and the hit test.
/// </summary>
internal static class SurveyScreenLayout
{
    public const string Keyboard = "qwertyuiop|asdfghjkl'|zxcvbnm,.?";

    /// <summary>
    /// The second layout, behind the <c>key:layout</c> key beside the space bar: digits, the circumflexed vowels
    /// Welsh writes (â ê î ô û ŵ ŷ) and the diaereses it uses (ï ë), and the punctuation the first layout lacks.
    /// </summary>
    public const string Symbols = "1234567890|âêîôûŵŷïë|-!:;()/\"&";

    /// <summary>The layout key's label: what it switches to.</summary>
    public static string LayoutKeyLabel(bool symbols) => symbols ? "abc" : "123 âŵ";

    public static float Grid(int width, int height) => OverlayMetrics.For(width, height).G;

    /// <summary>The column the question text and answers sit in.</summary>
    public static SKRect Column(int width, int height)
    {
        var g = Grid(width, height);
        var w = Math.Min(width - 12 * g, 150 * g);
        return SKRect.Create((width - w) / 2, 12 * g, w, height - 12 * g);
    }

    /// <summary>Where the typed text is shown for a text question.</summary>
    public static SKRect TextField(int width, int height)
    {
        var g = Grid(width, height);
        var w = Math.Min(width - 12 * g, 134 * g);
        return SKRect.Create((width - w) / 2, 30 * g, w, 11 * g);
    }

    public static List<KioskTarget> Targets(SurveyFlowState flow, int width, int height, IReadOnlyList<string>? languages = null)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var targets = new List<KioskTarget>();
        Languages(targets, languages ?? [], width, height);
        if (flow.Current is { } question)
        {
            Answers(question, width, height, targets, flow.KeyboardSymbols);
        }

        var g = Grid(width, height);
        var y = height - 6 * g - 12 * g;
        if (flow.CanGoBack)
        {
            targets.Add(new("back", SKRect.Create(6 * g, y, 28 * g, 12 * g)));
        }

        var next = SKRect.Create(width - 6 * g - 32 * g, y, 32 * g, 12 * g);
        if (flow.CanSkip)
        {
            targets.Add(new("skip", SKRect.Create(next.Left - 3 * g - 28 * g, y, 28 * g, 12 * g)));
        }

        targets.Add(new("next", next));
        return targets;
    }

    // The bundle's languages as small pills at the top right, so a visitor can switch mid-survey.
    private static void Languages(List<KioskTarget> targets, IReadOnlyList<string> languages, int width, int height)
    {
        if (languages.Count < 2)
        {
            return;
        }

        var g = Grid(width, height);
        var (w, gap) = (22 * g, 2 * g);
        var left = width - 3 * g - languages.Count * w - (languages.Count - 1) * gap;
        for (var i = 0; i < languages.Count; i++)
        {
            targets.Add(new("lang:" + languages[i], SKRect.Create(left + i * (w + gap), 3 * g, w, 10 * g)));
        }
    }

    private static void Answers(SurveyQuestion question, int width, int height, List<KioskTarget> targets, bool symbols)
    {
        var g = Grid(width, height);
        var top = height * 0.40f;
        switch (question.Kind)
        {
            case QuestionKind.YesNo:
                Row(targets, ["yes", "no"], width, top, 40 * g, 20 * g, 5 * g);
                break;
            case QuestionKind.Scale:
                Row(targets, [.. Enumerable.Range(1, 5).Select(i => "scale:" + i)], width, top, 22 * g, 22 * g, 5 * g);
                break;
            case QuestionKind.Single or QuestionKind.Multi:
                Options(targets, question, width, height);
                break;
            default:
                KeyboardKeys(targets, width, height, symbols);
                break;
        }
    }

    private static void Row(List<KioskTarget> targets, string[] actions, int width, float top, float w, float h, float gap)
    {
        var left = (width - (actions.Length * w + (actions.Length - 1) * gap)) / 2;
        for (var i = 0; i < actions.Length; i++)
        {
            targets.Add(new(actions[i], SKRect.Create(left + i * (w + gap), top, w, h)));
        }
    }

    private static void Options(List<KioskTarget> targets, SurveyQuestion question, int width, int height)
    {
        var g = Grid(width, height);
        var count = question.Options.Count;
        var columns = count <= 4 ? 1 : 2;
        var gap = 2 * g;
        var w = columns == 1 ? Math.Min(100 * g, width - 12 * g) : Math.Min(76 * g, (width - 12 * g - gap) / 2);
        var rows = (count + columns - 1) / columns;
        var h = 12 * g;
        var top = Math.Max(34 * g, height * 0.62f - (rows * h + (rows - 1) * gap) / 2);
        var left = (width - (columns * w + (columns - 1) * gap)) / 2;
        for (var i = 0; i < count; i++)
        {
            var (row, column) = (i / columns, i % columns);
            targets.Add(new("option:" + question.Options[i].Id, SKRect.Create(left + column * (w + gap), top + row * (h + gap), w, h)));
        }
    }

    private static void KeyboardKeys(List<KioskTarget> targets, int width, int height, bool symbols)
    {
        var g = Grid(width, height);
        var (w, h, gap) = (12 * g, 11 * g, 1.5f * g);
        var top = 50 * g;
        var rows = (symbols ? Symbols : Keyboard).Split('|');
        for (var r = 0; r < rows.Length; r++)
        {
            var keys = rows[r].Select(c => "key:" + c).ToList();
            if (r == rows.Length - 1)
            {
                keys.Add("key:backspace");
            }

            var widths = keys.Select(k => k == "key:backspace" ? 2 * w + gap : w).ToList();
            var left = (width - (widths.Sum() + (keys.Count - 1) * gap)) / 2;
            for (var i = 0; i < keys.Count; i++)
            {
                targets.Add(new(keys[i], SKRect.Create(left, top + r * (h + gap), widths[i], h)));
                left += widths[i] + gap;
            }
        }

        // The space bar stays centred under the letters; the layout key sits to its left, where phones put it.
        var space = 6 * w + 5 * gap;
        var layout = 2 * w + gap;
        var bottom = top + rows.Length * (h + gap);
        targets.Add(new("key:layout", SKRect.Create((width - space) / 2 - gap - layout, bottom, layout, h)));
        targets.Add(new("key:space", SKRect.Create((width - space) / 2, bottom, space, h)));
    }
}
