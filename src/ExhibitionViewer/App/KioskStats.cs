using System.Text.Json.Nodes;
using ExhibitionViewer.KioskMode;

namespace ExhibitionViewer.App;

/// <summary>Adds the kiosk's state to the <c>--stats</c> line, so scripted runs can check where a visit ended.</summary>
internal static class KioskStats
{
    public static string Extend(string json, KioskSession session)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node["kioskState"] = session.State.ToString();
        node["surveysStored"] = session.StoredCount;
        node["surveyStored"] = session.Stored;
        return node.ToJsonString();
    }
}
