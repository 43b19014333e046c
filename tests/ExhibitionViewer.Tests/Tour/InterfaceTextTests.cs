using Exhibition.Bundle.Model;
using ExhibitionViewer.Touring;
using ExhibitionViewer.Tests.Kiosk.Support;

namespace ExhibitionViewer.Tests.Touring;

public sealed class InterfaceTextTests
{
    [Test]
    public void A_welsh_visitor_reads_the_built_in_welsh_words()
    {
        KioskTour.Entries(out var tour);

        Assert.That(InterfaceText.Get(tour, "cy", "kiosk.touch"), Is.EqualTo("Cyffyrddwch i archwilio"));
        Assert.That(InterfaceText.Get(tour, "en", "kiosk.touch"), Is.EqualTo("Touch to explore"));
    }

    [Test]
    public void A_language_without_built_in_words_falls_back_to_english()
    {
        KioskTour.Entries(out var tour);

        Assert.That(InterfaceText.Get(tour, "pt-BR", "survey.next"), Is.EqualTo("Next"));
    }

    [Test]
    public void The_bundles_own_strings_come_first()
    {
        KioskTour.Entries(out var tour);
        var own = tour with
        {
            Strings = new Dictionary<string, LocalizedText> { ["kiosk.touch"] = new() { ["en"] = "Tap to begin", ["cy"] = "Tapiwch i ddechrau" } },
        };

        Assert.That(InterfaceText.Get(own, "cy", "kiosk.touch"), Is.EqualTo("Tapiwch i ddechrau"));
    }

    [Test]
    public void Every_interface_word_a_bundle_may_give_has_built_in_english_and_welsh()
    {
        KioskTour.Entries(out var tour);

        foreach (var key in InterfaceStrings.Keys)
        {
            Assert.That(InterfaceText.Get(tour, "en", key), Is.Not.EqualTo(key), key);
            Assert.That(InterfaceText.Get(tour, "cy", key), Is.Not.EqualTo(InterfaceText.Get(tour, "en", key)), key);
        }
    }
}
