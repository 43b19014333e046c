namespace ExhibitionViewer.Platform;

/// <summary>SDL2 key codes the viewer reacts to.</summary>
public static class Keys
{
    /// <summary>Escape.</summary>
    public const int Escape = 27;
    /// <summary>'+' (and '=' which shares its key).</summary>
    public const int Plus = '+';
    /// <summary>'='.</summary>
    public const int EqualsSign = '=';
    /// <summary>'-'.</summary>
    public const int Minus = '-';
    /// <summary>Keypad '+'.</summary>
    public const int KeypadPlus = 0x40000057;
    /// <summary>Keypad '-'.</summary>
    public const int KeypadMinus = 0x40000056;
    /// <summary>Right arrow.</summary>
    public const int Right = 0x4000004F;
    /// <summary>Left arrow.</summary>
    public const int Left = 0x40000050;
    /// <summary>Down arrow.</summary>
    public const int Down = 0x40000051;
    /// <summary>Up arrow.</summary>
    public const int Up = 0x40000052;
    /// <summary>Tab.</summary>
    public const int Tab = 9;
    /// <summary>Return (Enter).</summary>
    public const int Return = 13;
    /// <summary>Keypad Enter.</summary>
    public const int KeypadEnter = 0x40000058;
    /// <summary>Left Shift.</summary>
    public const int LeftShift = 0x400000E1;
    /// <summary>Right Shift.</summary>
    public const int RightShift = 0x400000E5;
    /// <summary>Space.</summary>
    public const int Space = ' ';
}
