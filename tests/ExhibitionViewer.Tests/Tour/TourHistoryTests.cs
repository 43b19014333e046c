using ExhibitionViewer.Tests.Support;
using ExhibitionViewer.Touring;

namespace ExhibitionViewer.Tests.Touring;

public sealed class TourHistoryTests
{
    [Test]
    public void Back_history_keeps_only_the_newest_scenes_up_to_its_limit()
    {
        // Given a player that has moved between two scenes far more often than the history holds
        var entries = TourBundle.Entries(out var tour, 0.3);
        var player = new TourPlayer(tour, new MemoryContent(entries), null, 640, 360);
        var moves = TourPlayer.HistoryLimit * 3 + 1;
        for (var i = 0; i < moves; i++) player.GoTo(i % 2 == 0 ? "workshop" : "hall");

        // When the visitor goes back as far as it allows
        var backs = 0;
        while (player.GoBack()) backs++;

        // Then exactly the limit was kept, and the oldest kept is the scene reached by move 2 x limit (an even move:
        // the workshop), not the hall the player started in
        Assert.That(backs, Is.EqualTo(TourPlayer.HistoryLimit));
        Assert.That(player.HistoryCount, Is.Zero);
        Assert.That(player.Scene.Id, Is.EqualTo("workshop"));
    }

    [Test]
    public void Clearing_the_history_leaves_nothing_to_go_back_to()
    {
        var entries = TourBundle.Entries(out var tour, 0.3);
        var player = new TourPlayer(tour, new MemoryContent(entries), null, 640, 360);
        player.GoTo("workshop");

        player.ClearHistory();

        Assert.That(player.GoBack(), Is.False);
        Assert.That(player.Scene.Id, Is.EqualTo("workshop"));
    }
}
