using System.Runtime.InteropServices;

namespace ExhibitionViewer.Platform;

/// <summary>
/// <c>SDL_Event</c> (SDL 2.26): a 56-byte union. Each field below is named after the member struct it belongs to
/// and sits at that struct's offset; only the fields the viewer reads are declared.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 56)]
internal struct SdlEvent
{
    internal const uint Quit = 0x100;
    internal const uint WindowEvent = 0x200;
    internal const uint KeyDown = 0x300;
    internal const uint KeyUp = 0x301;
    internal const uint MouseMotion = 0x400;
    internal const uint MouseButtonDown = 0x401;
    internal const uint MouseButtonUp = 0x402;
    internal const uint MouseWheel = 0x403;
    internal const uint FingerDown = 0x700;
    internal const uint FingerUp = 0x701;
    internal const uint FingerMotion = 0x702;

    [FieldOffset(0)] internal uint Type;
    [FieldOffset(4)] internal uint Timestamp;

    // SDL_WindowEvent: windowID at 8, event (Uint8) at 12, data1 at 16, data2 at 20.
    [FieldOffset(12)] internal byte WindowEventId;
    [FieldOffset(16)] internal int WindowData1;
    [FieldOffset(20)] internal int WindowData2;

    // SDL_KeyboardEvent: state 12, repeat 13, keysym.scancode 16, keysym.sym 20, keysym.mod 24.
    [FieldOffset(13)] internal byte KeyRepeat;
    [FieldOffset(16)] internal int KeyScancode;
    [FieldOffset(20)] internal int KeySym;
    [FieldOffset(24)] internal ushort KeyMod;

    // SDL_MouseMotionEvent: which 12, state 16, x 20, y 24, xrel 28, yrel 32.
    [FieldOffset(12)] internal uint MouseWhich;
    [FieldOffset(16)] internal uint MotionState;
    [FieldOffset(20)] internal int MouseX;
    [FieldOffset(24)] internal int MouseY;
    [FieldOffset(28)] internal int MotionXRel;
    [FieldOffset(32)] internal int MotionYRel;

    // SDL_MouseButtonEvent: button 16, state 17, clicks 18, x 20, y 24 (x and y shared with motion above).
    [FieldOffset(16)] internal byte Button;
    [FieldOffset(18)] internal byte Clicks;

    // SDL_MouseWheelEvent: x 16, y 20, direction 24, preciseX 28, preciseY 32.
    [FieldOffset(16)] internal int WheelX;
    [FieldOffset(20)] internal int WheelY;
    [FieldOffset(24)] internal uint WheelDirection;
    [FieldOffset(32)] internal float WheelPreciseY;

    // SDL_TouchFingerEvent: touchId (Sint64) 8, fingerId 16, x 24, y 28, dx 32, dy 36, pressure 40, windowID 44.
    [FieldOffset(8)] internal long TouchId;
    [FieldOffset(16)] internal long FingerId;
    [FieldOffset(24)] internal float FingerX;
    [FieldOffset(28)] internal float FingerY;
    [FieldOffset(32)] internal float FingerDx;
    [FieldOffset(36)] internal float FingerDy;
}
