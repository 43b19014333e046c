namespace ContentPacker.Sample.Rooms;

/// <summary>A linear-free 0..255 colour sample, kept as floats until it is written out.</summary>
internal readonly record struct Rgb(float R, float G, float B)
{
    public Rgb Scale(float factor) => new(R * factor, G * factor, B * factor);
}
