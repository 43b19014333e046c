using System.Runtime.CompilerServices;
using ExhibitionViewer.Platform;
using ExhibitionViewer.Tests.Support;
using Silk.NET.OpenGL;

namespace ExhibitionViewer.Tests.Platform;

[NonParallelizable]
public sealed class SdlWindowTests
{
    [Test]
    public void The_event_union_has_SDL2s_size()
    {
        Assert.That(Unsafe.SizeOf<SdlEvent>(), Is.EqualTo(56));
    }

    [Test]
    public void A_headless_window_gets_an_OpenGL_3_3_core_context()
    {
        // Given a hidden window on the headless driver
        using var window = HeadlessGl.Open(320, 200);

        // When GL is asked for its version
        window.Gl.GetInteger(GetPName.MajorVersion, out var major);
        window.Gl.GetInteger(GetPName.MinorVersion, out var minor);
        window.Gl.GetInteger(GetPName.ContextProfileMask, out var profile);

        // Then it is at least 3.3 core
        Assert.That(major * 10 + minor, Is.GreaterThanOrEqualTo(33));
        Assert.That(profile & (int)ContextProfileMask.CoreProfileBit, Is.Not.Zero);
        Assert.That(window.DrawableSize, Is.EqualTo((320, 200)));
    }

    [Test]
    public void A_mouse_wheel_event_translates_to_notches()
    {
        var e = new SdlEvent { Type = SdlEvent.MouseWheel, WheelY = -2 };

        var input = SdlWindow.Translate(in e);

        Assert.That(input, Is.EqualTo(new InputEvent(InputEventKind.Wheel, 0, -2)));
    }

    [Test]
    public void A_finger_event_keeps_its_id_and_normalised_position()
    {
        var e = new SdlEvent { Type = SdlEvent.FingerMotion, FingerId = 7, FingerX = 0.25f, FingerY = 0.75f };

        var input = SdlWindow.Translate(in e);

        Assert.That(input, Is.EqualTo(new InputEvent(InputEventKind.FingerMove, 0.25, 0.75, Id: 7)));
    }

    [Test]
    public void A_key_event_carries_the_key_code_from_the_keysym()
    {
        var e = new SdlEvent { Type = SdlEvent.KeyDown, KeyScancode = 41, KeySym = Keys.Escape };

        Assert.That(SdlWindow.Translate(in e), Is.EqualTo(new InputEvent(InputEventKind.KeyDown, Key: Keys.Escape)));
    }

    [Test]
    public void A_mouse_button_event_carries_the_button_and_position()
    {
        var e = new SdlEvent { Type = SdlEvent.MouseButtonDown, Button = 1, Clicks = 1, MouseX = 12, MouseY = 34 };

        Assert.That(SdlWindow.Translate(in e), Is.EqualTo(new InputEvent(InputEventKind.PointerDown, 12, 34, Id: 1)));
    }

    [Test]
    public void Closing_the_window_asks_to_quit_and_other_window_events_are_ignored()
    {
        var close = new SdlEvent { Type = SdlEvent.WindowEvent, WindowEventId = 14 };
        var focus = new SdlEvent { Type = SdlEvent.WindowEvent, WindowEventId = 12 };

        Assert.That(SdlWindow.Translate(in close)?.Kind, Is.EqualTo(InputEventKind.Quit));
        Assert.That(SdlWindow.Translate(in focus), Is.Null);
    }
}
