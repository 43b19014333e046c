using ExhibitionViewer.KioskMode;
using ExhibitionViewer.Tests.Kiosk.Support;
using ExhibitionViewer.Tests.Support;
using ExhibitionViewer.Touring;

namespace ExhibitionViewer.Tests.Kiosk;

public sealed class KioskHistoryTests
{
    [Test]
    public void A_visit_that_ends_leaves_the_next_visitor_no_way_back_into_it()
    {
        // Given a visitor who moved between scenes, then walked away
        var entries = KioskTour.Entries(out var tour, 30);
        var player = new TourPlayer(tour, new MemoryContent(entries), "en", 1280, 720);
        var session = new KioskSession(player, KioskRuntime.From(tour.Kiosk, new KioskConfig()), new FakeResponseStore(), 1280, 720);
        session.Update(1);
        session.Activate("start");
        var first = player.Scene.Id;
        player.GoTo(tour.Scenes.First(s => s.Id != first).Id);
        Assert.That(player.HistoryCount, Is.EqualTo(1));
        session.Update(31);
        Assert.That(session.State, Is.EqualTo(KioskState.Attract));

        // When the attract loop has run and the next visitor starts
        Assert.That(player.HistoryCount, Is.Zero, "the ended visit is forgotten");
        session.Update(1);
        session.Activate("start");

        // Then Back has nowhere to go: not into the attract loop, not into the last visit
        Assert.That(player.Scene.Id, Is.EqualTo(first));
        Assert.That(player.GoBack(), Is.False);
    }
}
