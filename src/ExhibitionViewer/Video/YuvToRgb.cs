namespace ExhibitionViewer.Video;

/// <summary>
/// The YCbCr → RGB conversion for a matrix and range, as the shader applies it: <c>rgb = M · (yuv − offset)</c> with
/// samples normalised to 0..1. Computed from Kr and Kb so both matrices come from one formula.
/// </summary>
public sealed class YuvToRgb
{
    private YuvToRgb(ColourMatrix matrix, ColourRange range)
    {
        var (kr, kb) = matrix == ColourMatrix.Bt709 ? (0.2126, 0.0722) : (0.299, 0.114);
        var kg = 1 - kr - kb;
        var (yScale, cScale) = range == ColourRange.Limited ? (255.0 / 219, 255.0 / 224) : (1.0, 1.0);
        Offset = [range == ColourRange.Limited ? 16f / 255 : 0f, 128f / 255, 128f / 255];
        var crR = 2 * (1 - kr) * cScale;
        var cbG = -2 * kb * (1 - kb) / kg * cScale;
        var crG = -2 * kr * (1 - kr) / kg * cScale;
        var cbB = 2 * (1 - kb) * cScale;
        // Column-major for glUniformMatrix3: columns are the Y, Cb and Cr contributions.
        Matrix = [(float)yScale, (float)yScale, (float)yScale, 0, (float)cbG, (float)cbB, (float)crR, (float)crG, 0];
        (ColourMatrix, Range) = (matrix, range);
    }

    /// <summary>The matrix.</summary>
    public ColourMatrix ColourMatrix { get; }

    /// <summary>The range.</summary>
    public ColourRange Range { get; }

    /// <summary>3×3 matrix, column-major.</summary>
    public IReadOnlyList<float> Matrix { get; }

    /// <summary>Subtracted from (Y, Cb, Cr) before the matrix.</summary>
    public IReadOnlyList<float> Offset { get; }

    /// <summary>The conversion for a matrix and range.</summary>
    public static YuvToRgb For(ColourMatrix matrix, ColourRange range) => new(matrix, range);

    /// <summary>Converts one 8-bit sample to 8-bit RGB, clamped (the CPU twin of the shader).</summary>
    public (byte R, byte G, byte B) Convert(byte y, byte u, byte v)
    {
        var a = y / 255f - Offset[0];
        var b = u / 255f - Offset[1];
        var c = v / 255f - Offset[2];
        float Row(int r) => Matrix[r] * a + Matrix[3 + r] * b + Matrix[6 + r] * c;
        static byte ToByte(float x) => (byte)Math.Clamp(MathF.Round(x * 255), 0, 255);
        return (ToByte(Row(0)), ToByte(Row(1)), ToByte(Row(2)));
    }
}
