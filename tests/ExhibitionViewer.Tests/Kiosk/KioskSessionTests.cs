using Exhibition.Bundle.Model;
using ExhibitionViewer.KioskMode;
using ExhibitionViewer.Platform;
using ExhibitionViewer.Tests.Kiosk.Support;
using ExhibitionViewer.Tests.Support;
using ExhibitionViewer.Touring;

namespace ExhibitionViewer.Tests.Kiosk;

public sealed class KioskSessionTests
{
    private const int W = 1920;
    private const int H = 1080;
    private static readonly PinHash Pin = PinHash.Create("2468", iterations: 1000);

    private static (KioskSession Session, FakeResponseStore Store) NewSession(double idle = 90, PinHash? pin = null, bool noStore = false)
    {
        var entries = KioskTour.Entries(out var tour, idle);
        var content = new MemoryContent(entries);
        var player = new TourPlayer(tour, content, "en", W, H);
        var store = new FakeResponseStore();
        var runtime = KioskRuntime.From(tour.Kiosk, new KioskConfig { AdminPin = pin ?? Pin, ExportFolder = "/tmp/x" });
        return (new KioskSession(player, runtime, noStore ? null : store, W, H), store);
    }

    private static void Tap(KioskSession session, string action)
    {
        var target = session.Targets().Single(t => t.Action == action).Bounds;
        session.Update(1);
        Assert.That(session.Handle(new InputEvent(InputEventKind.PointerDown, target.MidX, target.MidY, Id: 1)), Is.True);
        Assert.That(session.Handle(new InputEvent(InputEventKind.PointerUp, target.MidX, target.MidY, Id: 1)), Is.True);
    }

    private static void AnswerAll(KioskSession session)
    {
        foreach (var action in new[] { "yes", "next", "option:digital", "next", "scale:5", "next", "option:maps", "next", "key:h", "key:i", "next" })
        {
            Tap(session, action);
        }
    }

    [Test]
    public void A_visit_goes_from_attract_through_the_survey_to_thank_you_and_stores_the_answers()
    {
        var (session, store) = NewSession();
        Assert.That(session.State, Is.EqualTo(KioskState.Attract));
        Assert.That(session.Player.Scene.Id, Is.EqualTo("workshop"), "the first attract scene");

        Tap(session, "start");
        Assert.That(session.State, Is.EqualTo(KioskState.Touring));
        Assert.That(session.Player.Scene.Id, Is.EqualTo("hall"));
        Tap(session, "finish");
        Assert.That(session.State, Is.EqualTo(KioskState.Survey));
        AnswerAll(session);

        Assert.That(session.State, Is.EqualTo(KioskState.ThankYou));
        Assert.That(session.Stored, Is.True);
        Assert.That(store.Responses, Has.Count.EqualTo(1));
        var response = store.Responses[0];
        Assert.That(response.Answers["visited"].AsYesNo, Is.True);
        Assert.That(response.Answers["interest"].AsSingle, Is.EqualTo("digital"));
        Assert.That(response.Answers["enjoyed"].AsScale, Is.EqualTo(5));
        Assert.That(response.Answers["more"].AsMulti, Is.EqualTo(new[] { "maps" }));
        Assert.That(response.Answers["comment"].AsText, Is.EqualTo("hi"));
        Assert.That(response.VisitLength, Is.Not.EqualTo(Exhibition.Survey.Model.VisitLengthBand.Unknown));
        Assert.That(response.BundleId, Is.EqualTo("test-tour"));
    }

    [Test]
    public void Idle_during_the_survey_discards_it_and_returns_to_attract()
    {
        var (session, store) = NewSession(idle: 30);
        Tap(session, "start");
        Tap(session, "finish");
        Tap(session, "yes");
        Tap(session, "next");
        var flow = session.Flow!;

        session.Update(29);
        Assert.That(session.State, Is.EqualTo(KioskState.Survey), "not yet idle long enough");
        session.Update(1.5);

        Assert.That(session.State, Is.EqualTo(KioskState.Attract));
        Assert.That(flow.IsDiscarded, Is.True);
        Assert.That(flow.Answers, Is.Empty);
        Assert.That(store.Responses, Is.Empty);
        Assert.That(session.Flow, Is.Null);
    }

    [Test]
    public void The_machine_idle_timeout_overrides_the_bundle()
    {
        var (tourSession, _) = NewSession(idle: 500);
        var runtime = KioskRuntime.From(new KioskSettings { IdleTimeoutSeconds = 500 }, new KioskConfig { IdleTimeoutSeconds = 45 });

        Assert.That(runtime.IdleTimeoutSeconds, Is.EqualTo(45));
        Assert.That(tourSession.Runtime.IdleTimeoutSeconds, Is.EqualTo(500));
    }

    [Test]
    public void Input_keeps_a_visit_alive_past_the_timeout()
    {
        var (session, _) = NewSession(idle: 30);
        Tap(session, "start");

        for (var i = 0; i < 5; i++)
        {
            session.Update(20);
            session.Handle(new InputEvent(InputEventKind.PointerMove, 500, 500));
        }

        Assert.That(session.State, Is.EqualTo(KioskState.Touring));
    }

    [Test]
    public void Escape_and_window_close_requests_do_not_quit_a_kiosk()
    {
        var (session, _) = NewSession();
        Tap(session, "start");

        Assert.That(session.Handle(new InputEvent(InputEventKind.Quit)), Is.True, "the close request is kept from the tour");
        Assert.That(session.Handle(new InputEvent(InputEventKind.KeyDown, Key: Keys.Escape)), Is.True);
        Assert.That(session.ExitRequested, Is.False);
    }

    [Test]
    public void The_key_chord_then_the_right_PIN_opens_the_admin_screen()
    {
        var (session, _) = NewSession();
        foreach (var key in new[] { 0x400000E0, 0x400000E2, Keys.LeftShift, 'a' })
        {
            session.Handle(new InputEvent(InputEventKind.KeyDown, Key: key));
        }

        Assert.That(session.State, Is.EqualTo(KioskState.PinEntry));
        foreach (var d in "2468")
        {
            Tap(session, "pin:" + d);
        }

        Tap(session, "pin:ok");
        Assert.That(session.State, Is.EqualTo(KioskState.Admin));
        Tap(session, "admin:quit");
        Assert.That(session.ExitRequested, Is.True);
        Assert.That(session.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void A_wrong_PIN_is_refused_and_five_lock_the_pad()
    {
        var (session, _) = NewSession();
        var corner = KioskLayout.AdminCorner(W, H);
        session.Handle(new InputEvent(InputEventKind.PointerDown, corner.MidX, corner.MidY, Id: 1));
        session.Update(2.9);
        Assert.That(session.State, Is.EqualTo(KioskState.Attract));
        session.Update(0.2);
        Assert.That(session.State, Is.EqualTo(KioskState.PinEntry));
        session.Handle(new InputEvent(InputEventKind.PointerUp, corner.MidX, corner.MidY, Id: 1));

        for (var i = 0; i < KioskSession.MaxPinFailures; i++)
        {
            foreach (var d in "1357")
            {
                Tap(session, "pin:" + d);
            }

            Tap(session, "pin:ok");
            Assert.That(session.State, Is.EqualTo(KioskState.PinEntry));
        }

        foreach (var d in "2468")
        {
            Tap(session, "pin:" + d);
        }

        Tap(session, "pin:ok");
        Assert.That(session.State, Is.EqualTo(KioskState.PinEntry), "locked out even for the right PIN");
        Assert.That(session.PinMessage, Does.Contain("Too many"));
    }

    [Test]
    public void A_store_that_is_unavailable_ends_the_visit_calmly_without_thanks_for_stored_answers()
    {
        var (session, store) = NewSession();
        store.Unavailable = true;
        Tap(session, "start");
        Tap(session, "finish");

        AnswerAll(session);

        Assert.That(session.State, Is.EqualTo(KioskState.ThankYou));
        Assert.That(session.Stored, Is.False);
        Assert.That(session.StoredCount, Is.EqualTo(0));
        Tap(session, "done");
        Assert.That(session.State, Is.EqualTo(KioskState.Attract));
    }

    [Test]
    public void The_attract_loop_turns_slowly_unless_motion_is_reduced()
    {
        var (session, _) = NewSession();
        var before = session.Player.Camera.View.Yaw;
        session.Update(1);
        Assert.That(session.Player.Camera.View.Yaw - before, Is.EqualTo(3).Within(1e-6));

        var entries = KioskTour.Entries(out var tour);
        var player = new TourPlayer(tour, new MemoryContent(entries), "en", W, H);
        var still = new KioskSession(player, KioskRuntime.From(tour.Kiosk, new KioskConfig { ReducedMotion = true }), null, W, H);
        var yaw = player.Camera.View.Yaw;
        still.Update(1);
        Assert.That(player.Camera.View.Yaw, Is.EqualTo(yaw));
    }

    [Test]
    public void Switching_language_mid_survey_keeps_the_answers_and_stores_the_new_language()
    {
        var (session, store) = NewSession();
        Tap(session, "start");
        Tap(session, "finish");
        Tap(session, "yes");

        Tap(session, "lang:cy");
        Assert.That(session.Flow!.CurrentAnswer!.Value.AsYesNo, Is.True);
        foreach (var action in new[] { "next", "option:digital", "next", "scale:2", "next", "skip", "skip" })
        {
            Tap(session, action);
        }

        Assert.That(store.Responses.Single().Language, Is.EqualTo("cy"));
        Assert.That(session.Player.Language, Is.EqualTo("cy"));
    }

    [Test]
    public void The_next_visitor_starts_in_the_kiosk_language_whatever_the_last_one_chose()
    {
        var (session, _) = NewSession();
        Tap(session, "lang:cy");
        Tap(session, "start");
        Assert.That(session.Player.Language, Is.EqualTo("cy"));

        session.EndVisit();

        Assert.That(session.Player.Language, Is.EqualTo("en"));
    }

    [Test]
    public void The_attract_loop_does_not_add_its_turn_to_the_tour_s_own_auto_rotation()
    {
        var (session, _) = NewSession();
        session.Update(0.5);
        var yaw = session.Player.Camera.View.Yaw;

        // The tour's controls turned the view this frame (as their auto-rotation would)
        session.Player.Camera.RotateBy(1.5, 0);
        session.Update(0.5);

        Assert.That(session.Player.Camera.View.Yaw, Is.EqualTo(yaw + 1.5).Within(1e-9));
    }
}
