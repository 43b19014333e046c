using System.Globalization;
using System.Text;

namespace ExhibitionViewer.KioskMode;

/// <summary>Everything a kiosk screen's pixels depend on, as one string: the layer repaints only when it changes.</summary>
internal static class KioskSignature
{
    public static string Of(KioskSession s)
    {
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"{s.State}|{s.Width}x{s.Height}|{s.Player.Language}|{s.InLastScene}|{s.Stored}|{s.PinLength}|{s.PinMessage}|{s.AdminMessage}");
        if (s.Flow is { } flow)
        {
            b.Append(CultureInfo.InvariantCulture, $"|{flow.Index}|{flow.CanGoNext}|{flow.KeyboardSymbols}");
            foreach (var (id, answer) in flow.Answers.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                b.Append('|').Append(id).Append('=').Append(answer.Kind).Append(':');
                b.Append(answer.Kind switch
                {
                    Exhibition.Bundle.Model.QuestionKind.YesNo => answer.AsYesNo.ToString(),
                    Exhibition.Bundle.Model.QuestionKind.Single => answer.AsSingle,
                    Exhibition.Bundle.Model.QuestionKind.Multi => string.Join(',', answer.AsMulti),
                    Exhibition.Bundle.Model.QuestionKind.Scale => answer.AsScale.ToString(CultureInfo.InvariantCulture),
                    _ => answer.AsText,
                });
            }
        }

        if (s.State == KioskState.Admin)
        {
            b.Append('|').Append(s.CountsText);
        }

        return b.ToString();
    }
}
