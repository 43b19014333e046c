using Exhibition.Survey.Validation;
using ExhibitionViewer.Surveying;
using ExhibitionViewer.Tests.Kiosk.Support;

namespace ExhibitionViewer.Tests.SurveyFlow;

public sealed class SurveyFlowStateTests
{
    private static SurveyFlowState NewFlow() => new(KioskTour.Survey, ["en", "cy"], "en");

    [Test]
    public void Next_is_refused_on_a_required_question_until_it_is_answered()
    {
        var flow = NewFlow();

        Assert.That(flow.CanSkip, Is.False);
        Assert.That(flow.Next(), Is.False);
        Assert.That(flow.Index, Is.EqualTo(0));

        flow.AnswerYesNo(true);
        Assert.That(flow.Next(), Is.True);
        Assert.That(flow.Current!.Id, Is.EqualTo("interest"));
    }

    [Test]
    public void An_answer_of_the_wrong_kind_is_ignored()
    {
        var flow = NewFlow();

        flow.AnswerScale(3);
        flow.ChooseSingle("engineering");

        Assert.That(flow.Answers, Is.Empty);
        Assert.That(flow.CanGoNext, Is.False);
    }

    [Test]
    public void An_option_the_question_does_not_have_is_refused_by_the_validator()
    {
        var flow = NewFlow();
        flow.AnswerYesNo(false);
        flow.Next();

        flow.ChooseSingle("astronaut");

        Assert.That(flow.CanGoNext, Is.False);
        flow.ChooseSingle("digital");
        Assert.That(flow.CanGoNext, Is.True);
    }

    [Test]
    public void Back_keeps_the_answers_and_skip_drops_an_optional_answer()
    {
        var flow = NewFlow();
        flow.AnswerYesNo(true);
        flow.Next();
        flow.ChooseSingle("health");
        flow.Next();
        flow.AnswerScale(5);
        flow.Next();
        flow.ToggleMulti("videos");

        Assert.That(flow.CanSkip, Is.True);
        Assert.That(flow.Back(), Is.True);
        Assert.That(flow.CurrentAnswer!.Value.AsScale, Is.EqualTo(5));
        flow.Next();
        Assert.That(flow.Skip(), Is.True);

        Assert.That(flow.Answers.ContainsKey("more"), Is.False);
        Assert.That(flow.Current!.Id, Is.EqualTo("comment"));
        Assert.That(flow.Back() && flow.Back() && flow.Back() && flow.Back(), Is.True);
        Assert.That(flow.CanGoBack, Is.False);
    }

    [Test]
    public void Toggling_every_chosen_option_off_leaves_the_question_unanswered()
    {
        var flow = AtQuestion(3);

        flow.ToggleMulti("maps");
        flow.ToggleMulti("stories");
        flow.ToggleMulti("maps");

        Assert.That(flow.CurrentAnswer!.Value.AsMulti, Is.EqualTo(new[] { "stories" }));
        flow.ToggleMulti("stories");
        Assert.That(flow.CurrentAnswer, Is.Null);
    }

    [Test]
    public void Text_stops_at_the_maximum_length_and_backspace_removes_one_character()
    {
        var flow = AtQuestion(4);

        flow.Type(new string('a', 119));
        flow.Type("bc");
        flow.Type("é");
        flow.Backspace();

        Assert.That(flow.CurrentText, Has.Length.EqualTo(119));
    }

    [Test]
    public void Finishing_the_last_question_completes_with_answers_the_validator_accepts()
    {
        var flow = AtQuestion(4);
        flow.Type("more robots");

        Assert.That(flow.Next(), Is.True);

        Assert.That(flow.IsComplete, Is.True);
        Assert.That(flow.Current, Is.Null);
        Assert.That(ResponseValidator.Validate(KioskTour.Survey, ["en", "cy"], "en", flow.Answers), Is.Empty);
        Assert.That(flow.Answers["comment"].AsText, Is.EqualTo("more robots"));
    }

    [Test]
    public void Blank_text_on_an_optional_question_is_not_stored()
    {
        var flow = AtQuestion(4);
        flow.Type("   ");

        flow.Next();

        Assert.That(flow.IsComplete, Is.True);
        Assert.That(flow.Answers.ContainsKey("comment"), Is.False);
    }

    [Test]
    public void Discard_forgets_every_answer()
    {
        var flow = AtQuestion(3);

        flow.Discard();

        Assert.That(flow.IsDiscarded, Is.True);
        Assert.That(flow.Answers, Is.Empty);
        Assert.That(flow.Current, Is.Null);
        Assert.That(flow.Next(), Is.False);
    }

    internal static SurveyFlowState AtQuestion(int index)
    {
        var flow = NewFlow();
        if (index > 0) { flow.AnswerYesNo(true); flow.Next(); }
        if (index > 1) { flow.ChooseSingle("engineering"); flow.Next(); }
        if (index > 2) { flow.AnswerScale(4); flow.Next(); }
        if (index > 3) { flow.Skip(); }
        Assert.That(flow.Index, Is.EqualTo(index));
        return flow;
    }
}
