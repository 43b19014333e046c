using Exhibition.Survey.Model;
using Exhibition.Survey.Storage;
using ExhibitionViewer.Surveying;

namespace ExhibitionViewer.KioskMode;

/// <summary>A visit: attract loop, tour, survey, thank-you.</summary>
internal sealed partial class KioskSession
{
    private double attractSceneSeconds;
    private int attractIndex;
    private double? attractYaw;
    private string? homeLanguage;

    private IReadOnlyList<string> AttractScenes =>
        player.Tour.Kiosk.AttractScenes.Where(id => player.Tour.FindScene(id) is { Panorama: not null }).ToList() is { Count: > 0 } scenes
            ? scenes : [player.Tour.FirstScene];

    private void EnterAttract()
    {
        State = KioskState.Attract;
        // The next visitor starts in the kiosk's own language, whatever the last one chose.
        homeLanguage ??= player.Language;
        player.SetLanguage(homeLanguage);
        attractIndex = 0;
        attractSceneSeconds = 0;
        player.ClosePanel();
        GoToScene(AttractScenes[0]);
        // The attract loop moves between scenes all day; none of that, nor the last visit, is anyone's way back.
        player.ClearHistory();
    }

    private void ActivateAttract(string action)
    {
        if (action.StartsWith("lang:", StringComparison.Ordinal))
        {
            player.SetLanguage(action[5..]);
            return;
        }

        // Any other touch starts a visit, in the tour's first scene as the bundle's authors intended.
        State = KioskState.Touring;
        VisitSeconds = 0;
        GoToScene(player.Tour.FirstScene);
        player.ClearHistory();
        log.Information("Visit started in {Language}", player.Language);
    }

    private void UpdateAttract(double seconds)
    {
        // The tour's own auto-rotation may already be turning the view (after its idle delay); then it is not doubled.
        var turnedByTour = attractYaw is { } last && player.Camera.View.Yaw != last;
        if (!runtime.ReducedMotion && !turnedByTour)
        {
            player.Camera.RotateBy(runtime.AttractDegreesPerSecond * seconds, 0);
        }

        attractYaw = player.Camera.View.Yaw;

        attractSceneSeconds += seconds;
        if (attractSceneSeconds >= runtime.AttractSceneSeconds && AttractScenes.Count > 1)
        {
            attractSceneSeconds = 0;
            attractIndex = (attractIndex + 1) % AttractScenes.Count;
            GoToScene(AttractScenes[attractIndex]);
        }
    }

    private void GoToScene(string id)
    {
        if (player.Scene.Id != id)
        {
            player.GoTo(id);
        }
    }

    private void StartSurvey()
    {
        if (player.Tour.Survey.Questions.Count == 0)
        {
            Stored = null;
            State = KioskState.ThankYou;
            return;
        }

        player.ClosePanel();
        Flow = new SurveyFlowState(player.Tour.Survey, player.Tour.Languages, player.Language);
        State = KioskState.Survey;
    }

    private void ActivateSurvey(string action)
    {
        var flow = Flow!;
        switch (action)
        {
            case "next": flow.Next(); break;
            case "back": flow.Back(); break;
            case "skip": flow.Skip(); break;
            case "yes": flow.AnswerYesNo(true); break;
            case "no": flow.AnswerYesNo(false); break;
            case "key:backspace": flow.Backspace(); break;
            case "key:space": flow.Type(" "); break;
            case "key:layout": flow.ToggleKeyboard(); break;
            case var l when l.StartsWith("lang:", StringComparison.Ordinal):
                player.SetLanguage(l[5..]);
                flow.Language = player.Language;
                break;
            default: Answer(flow, action); break;
        }

        if (flow.IsComplete)
        {
            Submit(flow);
        }
    }

    private void Answer(SurveyFlowState flow, string action)
    {
        var (kind, _, value) = action.Partition(':');
        switch (kind)
        {
            case "scale" when int.TryParse(value, out var n): flow.AnswerScale(n); break;
            case "key": flow.Type(value); break;
            case "option" when flow.Current?.Kind == Exhibition.Bundle.Model.QuestionKind.Multi: flow.ToggleMulti(value); break;
            case "option": flow.ChooseSingle(value); break;
        }
    }

    // The thank-you screen is entered only after Store has returned: the answer is on disk by then.
    private void Submit(SurveyFlowState flow)
    {
        Flow = null;
        Stored = TryStore(flow);
        State = KioskState.ThankYou;
    }

    private bool TryStore(SurveyFlowState flow)
    {
        if (store is null)
        {
            return false;
        }

        try
        {
            var origin = new ResponseOrigin(player.Tour.Id, player.Tour.Version, store.KioskId);
            var response = SurveyResponse.Create(origin, flow.Language, DateTimeOffset.Now, TimeSpan.FromSeconds(VisitSeconds), flow.Answers);
            store.Store(response);
            StoredCount++;
            log.Information("Stored {Response}", response);
            Sync?.Nudge();
            return true;
        }
        catch (Exception e) when (e is SurveyStoreException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            log.Warning(e, "The survey answers could not be stored; the visit ends normally");
            return false;
        }
    }

    /// <summary>Ends the visit: an unfinished survey is discarded and the kiosk goes back to the attract loop.</summary>
    public void EndVisit()
    {
        Flow?.Discard();
        Flow = null;
        Stored = null;
        pin = "";
        PinMessage = null;
        AdminMessage = null;
        EnterAttract();
    }
}
