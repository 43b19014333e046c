using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Exhibition.Bundle.Model;

namespace ContentPacker.Building;

/// <summary>
/// tour.json's JSON shape for the packer's own records as well (its media cache and <c>--json</c> output). Those
/// need reflection, which <see cref="TourJson.Options"/> leaves out so that the viewer can be compiled ahead of time.
/// </summary>
internal static class PackerJson
{
    public static JsonSerializerOptions Options { get; } = new(TourJson.Options)
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(TourJson.Options.TypeInfoResolver, new DefaultJsonTypeInfoResolver()),
    };
}
