namespace ExhibitionViewer.Video;

/// <summary>The YCbCr matrix a stream was encoded with.</summary>
public enum ColourMatrix
{
    /// <summary>ITU-R BT.601 (SD).</summary>
    Bt601,

    /// <summary>ITU-R BT.709 (HD and up).</summary>
    Bt709,
}
