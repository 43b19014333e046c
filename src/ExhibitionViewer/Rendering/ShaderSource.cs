namespace ExhibitionViewer.Rendering;

/// <summary>GLSL sources embedded in the assembly (Rendering/Shaders/*.glsl).</summary>
internal static class ShaderSource
{
    /// <summary>The text of an embedded shader, e.g. <c>tile.vert.glsl</c>.</summary>
    public static string Load(string fileName)
    {
        var name = "ExhibitionViewer.Shaders." + fileName;
        using var stream = typeof(ShaderSource).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded shader {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
