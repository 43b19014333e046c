using Exhibition.Bundle.Model;
using Exhibition.Bundle.Tests.Support;

namespace Exhibition.Bundle.Tests.Model;

public sealed class TourJsonTests
{
    [Test]
    public void A_tour_with_every_field_set_reads_back_with_the_same_content()
    {
        // Given
        var tour = SampleTour.Make();

        // When
        var json = TourJson.Serialize(tour);
        var read = TourJson.Deserialize(json);

        // Then: records compare lists by reference, so compare the canonical JSON and a few fields directly
        Assert.That(TourJson.Serialize(read), Is.EqualTo(json));
        Assert.That(read.Scenes[0].Hotspots[0], Is.EqualTo(tour.Scenes[0].Hotspots[0] with { Label = read.Scenes[0].Hotspots[0].Label }));
        Assert.That(read.Scenes[0].Limits, Is.EqualTo(tour.Scenes[0].Limits));
        Assert.That(read.Scenes[1].Video!.Captions, Is.EquivalentTo(tour.Scenes[1].Video!.Captions));
        Assert.That(read.Survey.Questions[1].Options.Select(o => o.Text["cy"]), Is.EqualTo(new[] { "A-cy", "B-cy" }));
        Assert.That(read.Kiosk with { AttractScenes = tour.Kiosk.AttractScenes }, Is.EqualTo(tour.Kiosk));
        Assert.That(read.Strings["start"]["cy"], Is.EqualTo("Dechrau"));
    }

    [Test]
    public void Serialised_json_uses_camel_case_names_and_lower_case_enum_values()
    {
        var text = System.Text.Encoding.UTF8.GetString(TourJson.Serialize(SampleTour.Make()));
        Assert.That(text, Does.Contain("\"firstScene\": \"foyer\"").And.Contain("\"kind\": \"yesno\"").And.Contain("\"kind\": \"scene\""));
    }
}
