using System.Runtime.InteropServices;

namespace ExhibitionViewer.Platform;

/// <summary>
/// Loads SDL, EGL and Mesa's driver on a background thread at start-up. Mesa's driver carries LLVM and takes about
/// 80 ms to load here; loaded early, it is ready by the time SDL opens the window, instead of on the path to the
/// first frame. Best effort: whatever is not found is simply loaded later by SDL as usual.
/// </summary>
public static class NativePreload
{
    private static readonly string[] DriverFolders =
        ["/usr/lib/x86_64-linux-gnu/dri", "/usr/lib/aarch64-linux-gnu/dri", "/usr/lib64/dri", "/usr/lib/dri"];

    /// <summary>Starts loading (Linux only); returns at once.</summary>
    public static void Start()
    {
        if (OperatingSystem.IsLinux())
        {
            ThreadPool.UnsafeQueueUserWorkItem(_ => Load(), null);
        }
    }

    private static void Load()
    {
        NativeLibrary.TryLoad(Sdl.Library, out _);
        NativeLibrary.TryLoad("libEGL.so.1", out _);
        NativeLibrary.TryLoad("libGL.so.1", out _);
        // Mesa 22 builds every Gallium driver into one file under several names; loading one loads them all.
        var folders = Environment.GetEnvironmentVariable("LIBGL_DRIVERS_PATH")?.Split(':') ?? DriverFolders;
        var driver = folders.Select(f => Path.Combine(f, "swrast_dri.so")).FirstOrDefault(File.Exists);
        if (driver is not null)
        {
            NativeLibrary.TryLoad(driver, out _);
        }
    }
}
