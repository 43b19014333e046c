namespace ContentPacker.Tests.Media.Panorama.Support;

/// <summary>A flat-coloured box on the sphere, (yaw, pitch) ± half its size in degrees.</summary>
internal readonly record struct Marker(string Name, double Yaw, double Pitch, (byte R, byte G, byte B) Colour, double Half = 3)
{
    public bool Contains(double yaw, double pitch)
    {
        var dyaw = Math.Abs(((yaw - Yaw + 540) % 360) - 180);
        return dyaw <= Half && Math.Abs(pitch - Pitch) <= Half;
    }
}
