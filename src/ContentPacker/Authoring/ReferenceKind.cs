namespace ContentPacker.Authoring;

/// <summary>What an id must name.</summary>
internal enum ReferenceKind
{
    /// <summary>Any scene (first_scene, next, attract_scenes, last_scene).</summary>
    AnyScene,
    /// <summary>A panorama scene (a hotspot's <c>scene:</c>).</summary>
    PanoramaScene,
    /// <summary>A video scene (a hotspot's <c>video:</c>).</summary>
    VideoScene,
    /// <summary>A case study.</summary>
    CaseStudy,
}
