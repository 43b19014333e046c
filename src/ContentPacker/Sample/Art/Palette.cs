using SkiaSharp;

namespace ContentPacker.Sample.Art;

/// <summary>The sample's colours: deep navy and warm off-white, brass frames, one accent per gallery.</summary>
internal static class Palette
{
    public static readonly SKColor Navy = new(0x14, 0x21, 0x3D);
    public static readonly SKColor NavyDeep = new(0x0B, 0x14, 0x28);
    public static readonly SKColor OffWhite = new(0xF5, 0xF0, 0xE6);
    public static readonly SKColor Ink = new(0x1B, 0x1F, 0x2E);

    /// <summary>Every exhibit frame, and nothing else, is this colour, so tests can find frames in a panorama.</summary>
    public static readonly SKColor Frame = new(0xB8, 0x89, 0x3B);

    public static readonly SKColor WarmWall = new(0xEE, 0xE6, 0xD6);
    public static readonly SKColor CoolWall = new(0xD5, 0xDC, 0xE4);
    public static readonly SKColor Orange = new(0xF2, 0x8C, 0x28);
    public static readonly SKColor Teal = new(0x12, 0xA1, 0x8A);
    public static readonly SKColor Violet = new(0x7B, 0x4F, 0xD6);
    public static readonly SKColor Sky = new(0x3A, 0x86, 0xD8);
    public static readonly SKColor Yellow = new(0xF2, 0xC1, 0x4E);
    public static readonly SKColor Red = new(0xE0, 0x3E, 0x3E);

    /// <summary>Blends two colours; amount 0 gives <paramref name="a"/>.</summary>
    public static SKColor Mix(SKColor a, SKColor b, float amount) => new(
        (byte)(a.Red + ((b.Red - a.Red) * amount)),
        (byte)(a.Green + ((b.Green - a.Green) * amount)),
        (byte)(a.Blue + ((b.Blue - a.Blue) * amount)));
}
