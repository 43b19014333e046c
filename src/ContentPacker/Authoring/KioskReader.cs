using Exhibition.Bundle.Model;

namespace ContentPacker.Authoring;

/// <summary>Reads <c>kiosk</c>; every key is optional and defaults to <see cref="KioskSettings"/>'s defaults.</summary>
internal static class KioskReader
{
    private static readonly string[] Keys = ["idle_timeout", "attract_scenes", "auto_rotate", "auto_rotate_after", "careers_link", "last_scene"];

    public static KioskSettings Read(MapReader root)
    {
        var defaults = new KioskSettings();
        if (root.Child("kiosk", Keys) is not { } map)
        {
            return defaults;
        }

        var attract = new List<string>();
        foreach (var (node, field) in map.Items("attract_scenes") ?? [])
        {
            if (map.AsReference(node, field, ReferenceKind.AnyScene) is { } scene)
            {
                attract.Add(scene);
            }
        }

        return new KioskSettings
        {
            IdleTimeoutSeconds = map.Number("idle_timeout", AuthoringRules.MinIdleTimeout, AuthoringRules.MaxIdleTimeout) ?? defaults.IdleTimeoutSeconds,
            AttractScenes = attract,
            AutoRotateDegreesPerSecond = map.Number("auto_rotate", -AuthoringRules.MaxAutoRotate, AuthoringRules.MaxAutoRotate) ?? defaults.AutoRotateDegreesPerSecond,
            AutoRotateAfterSeconds = map.Number("auto_rotate_after", 0, AuthoringRules.MaxIdleTimeout) ?? defaults.AutoRotateAfterSeconds,
            CareersLink = map.Url("careers_link"),
            LastScene = map.Reference("last_scene", ReferenceKind.AnyScene),
        };
    }
}
