namespace ContentPacker.Sample.Art;

/// <summary>The bold, simple pictures painted in exhibit frames and on case-study images.</summary>
internal enum Illustration
{
    JetEngine,
    WindTurbine,
    Microscope,
    HeartMonitor,
    GameController,
    BroadcastCamera,
}
