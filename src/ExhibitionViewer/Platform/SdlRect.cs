using System.Runtime.InteropServices;

namespace ExhibitionViewer.Platform;

/// <summary><c>SDL_Rect</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct SdlRect(int X, int Y, int Width, int Height);
