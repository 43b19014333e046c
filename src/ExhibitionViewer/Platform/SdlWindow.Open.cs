namespace ExhibitionViewer.Platform;

/// <summary>Window and context creation.</summary>
public sealed partial class SdlWindow
{
    private static SdlWindow OpenCore(WindowOptions options, bool headless)
    {
        // .NET's Environment.SetEnvironmentVariable does not reach native getenv, so the driver is chosen by hint;
        // an SDL_VIDEODRIVER set in the real environment still wins.
        if (headless && !HasDisplayServer())
        {
            Sdl.SetHint("SDL_VIDEODRIVER", "offscreen");
        }

        if (Sdl.Init(Sdl.InitVideo | Sdl.InitEvents) != 0)
        {
            throw new SdlException("SDL_Init", Sdl.GetError());
        }

        try
        {
            return CreateWindowAndContext(options);
        }
        catch
        {
            Sdl.Quit();
            throw;
        }
    }

    private static SdlWindow CreateWindowAndContext(WindowOptions options)
    {
        Sdl.GlSetAttribute(Sdl.GlContextMajorVersion, 3);
        Sdl.GlSetAttribute(Sdl.GlContextMinorVersion, 3);
        Sdl.GlSetAttribute(Sdl.GlContextProfileMask, Sdl.GlContextProfileCore);
        Sdl.GlSetAttribute(Sdl.GlDoubleBuffer, 1);
        Sdl.GlSetAttribute(Sdl.GlDepthSize, 0);
        var flags = Sdl.WindowOpenGl | Sdl.WindowResizable | (options.Hidden ? Sdl.WindowHidden : Sdl.WindowShown);
        if (options.Fullscreen)
        {
            flags |= Sdl.WindowFullscreenDesktop;
        }

        // SDL_WINDOWPOS_CENTERED_DISPLAY(n): centred on display n; full screen then fills that display.
        var position = Sdl.WindowPosCentered | Math.Max(0, options.Display);
        var window = Sdl.CreateWindow(options.Title, position, position, options.Width, options.Height, flags);
        if (window.IsInvalid)
        {
            throw new SdlException("SDL_CreateWindow", Sdl.GetError());
        }

        var context = Sdl.GlCreateContext(window);
        if (context.IsInvalid)
        {
            var error = Sdl.GetError();
            window.Dispose();
            throw new SdlException("SDL_GL_CreateContext", error);
        }

        Sdl.GlMakeCurrent(window, context);
        var gl = Silk.NET.OpenGL.GL.GetApi(name => Sdl.GlGetProcAddress(name));
        return new SdlWindow(window, context, gl);
    }

    private static bool HasDisplayServer() =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WAYLAND_DISPLAY"));

    /// <summary>Sets vsync; returns false where the driver cannot (e.g. the offscreen driver).</summary>
    public bool TrySetVsync(bool on) => Sdl.GlSetSwapInterval(on ? 1 : 0) == 0;

    /// <summary>The bounds of a display in pixels, or null if SDL cannot tell.</summary>
    public static (int Width, int Height)? DisplaySize(int displayIndex = 0) =>
        Sdl.GetDisplayBounds(displayIndex, out var rect) == 0 ? (rect.Width, rect.Height) : null;
}
