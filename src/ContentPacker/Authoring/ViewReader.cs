using Exhibition.Bundle.Model;

namespace ContentPacker.Authoring;

/// <summary>Reads views (<c>{yaw, pitch, hfov}</c>) and limits (<c>{yaw: [min, max], pitch: ..., hfov: ...}</c>).</summary>
internal static class ViewReader
{
    private static readonly string[] ViewKeys = ["yaw", "pitch", "hfov"];

    /// <summary>A view; missing keys default to yaw 0, pitch 0, hfov 100.</summary>
    public static ViewAngles? ReadView(MapReader parent, string key)
    {
        if (parent.Child(key, ViewKeys) is not { } map)
        {
            return null;
        }

        var yaw = Yaw(map, "yaw") ?? 0;
        var pitch = map.Number("pitch", -90, 90) ?? 0;
        var hfov = map.Number("hfov", AuthoringRules.MinHfov, AuthoringRules.MaxHfov) ?? 100;
        return new ViewAngles(yaw, pitch, hfov);
    }

    /// <summary>A yaw from -180 to 360; values above 180 are wrapped (270 becomes -90), so 0..360 headings work.</summary>
    public static double? Yaw(MapReader map, string key, bool required = false) =>
        map.Number(key, -180, 360, required) is { } yaw ? (yaw > 180 ? yaw - 360 : yaw) : null;

    public static ViewLimits? ReadLimits(MapReader scene)
    {
        if (scene.Child("limits", ViewKeys) is not { } map)
        {
            return null;
        }

        var full = ViewLimits.Full;
        var yaw = map.Range("yaw", -180, 180) ?? (full.MinYaw, full.MaxYaw);
        var pitch = map.Range("pitch", -90, 90) ?? (full.MinPitch, full.MaxPitch);
        var hfov = map.Range("hfov", AuthoringRules.MinHfov, AuthoringRules.MaxHfov) ?? (full.MinHfov, full.MaxHfov);
        return new ViewLimits(yaw.Item1, yaw.Item2, pitch.Item1, pitch.Item2, hfov.Item1, hfov.Item2);
    }

    /// <summary>The initial view must be one the limits allow, or the viewer would jump on the first frame.</summary>
    public static void CheckViewWithinLimits(MapReader scene, ViewAngles view, ViewLimits limits)
    {
        if (!scene.Has("view") && !scene.Has("limits"))
        {
            return;
        }

        var outside = new List<string>();
        Within(outside, "yaw", view.Yaw, limits.MinYaw, limits.MaxYaw);
        Within(outside, "pitch", view.Pitch, limits.MinPitch, limits.MaxPitch);
        Within(outside, "hfov", view.Hfov, limits.MinHfov, limits.MaxHfov);
        if (outside.Count > 0)
        {
            scene.Report(scene.Has("view") ? "view" : "limits", $"the initial view is not within the limits: {string.Join("; ", outside)}.");
        }
    }

    private static void Within(List<string> outside, string name, double value, double min, double max)
    {
        if (value < min || value > max)
        {
            outside.Add($"{name} {MapReader.Format(value)} is outside [{MapReader.Format(min)}, {MapReader.Format(max)}]");
        }
    }
}
