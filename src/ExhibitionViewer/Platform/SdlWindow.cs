using Silk.NET.OpenGL;

namespace ExhibitionViewer.Platform;

/// <summary>
/// An SDL window with a current OpenGL 3.3 core context. One per process: it initialises SDL's video subsystem and
/// quits SDL when disposed. Whoever owns GL objects must delete them before disposing this (gotcha: Silk.NET loads
/// entry points lazily and throws once the context is gone).
/// </summary>
public sealed partial class SdlWindow : IDisposable
{
    private readonly SdlWindowHandle window;
    private readonly SdlGlContextHandle context;
    private bool disposed;

    private SdlWindow(SdlWindowHandle window, SdlGlContextHandle context, GL gl)
    {
        this.window = window;
        this.context = context;
        Gl = gl;
    }

    /// <summary>The GL API bound to this window's context.</summary>
    public GL Gl { get; }

    /// <summary>Opens the window; throws <see cref="SdlException"/> if SDL, the window or the context fails.</summary>
    /// <param name="options">Size, title and mode.</param>
    /// <param name="headless">Use SDL's offscreen driver when no display server is reachable.</param>
    public static SdlWindow Open(WindowOptions options, bool headless)
    {
        ArgumentNullException.ThrowIfNull(options.Title);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Height, 1);
        return OpenCore(options, headless);
    }

    /// <summary>The SDL video driver in use, e.g. <c>x11</c> or <c>offscreen</c>.</summary>
    public string VideoDriver => Sdl.GetCurrentVideoDriver() ?? "none";

    /// <summary>Whether the window can be seen by anyone (false for SDL's offscreen and dummy drivers).</summary>
    public bool IsVisibleToUser => VideoDriver is not ("offscreen" or "dummy" or "none");

    /// <summary>The drawable size in pixels (differs from the window size on high-DPI screens).</summary>
    public (int Width, int Height) DrawableSize
    {
        get
        {
            Sdl.GlGetDrawableSize(window, out var w, out var h);
            return (w, h);
        }
    }

    /// <summary>Shows the back buffer.</summary>
    public void Swap() => Sdl.GlSwapWindow(window);

    /// <inheritdoc />
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        Gl.Dispose();
        context.Dispose();
        window.Dispose();
        Sdl.Quit();
    }
}
