namespace Exhibition.Bundle.Format.Zip;

/// <summary>Record signatures, sizes and field values of the ZIP application note (APPNOTE 6.3) that bundles use.</summary>
internal static class ZipFormat
{
    public const uint LocalHeaderSignature = 0x04034b50;
    public const uint CentralHeaderSignature = 0x02014b50;
    public const uint EndSignature = 0x06054b50;
    public const uint Zip64EndSignature = 0x06064b50;
    public const uint Zip64LocatorSignature = 0x07064b50;

    public const int LocalHeaderSize = 30;
    public const int CentralHeaderSize = 46;
    public const int EndSize = 22;
    public const int Zip64EndSize = 56;
    public const int Zip64LocatorSize = 20;
    public const int MaxCommentSize = ushort.MaxValue;

    public const ushort Zip64ExtraId = 0x0001;
    public const ushort MethodStored = 0;
    public const ushort MethodDeflate = 8;

    public const ushort FlagEncrypted = 0x0001;
    public const ushort FlagDataDescriptor = 0x0008;
    public const ushort FlagStrongEncryption = 0x0040;
    public const ushort FlagUtf8 = 0x0800;

    public const ushort VersionDefault = 20;
    public const ushort VersionZip64 = 45;
    public const ushort MadeByUnix = 3 << 8;

    /// <summary>1980-01-01 00:00:00, the earliest DOS date, so output never depends on the clock.</summary>
    public const ushort DosDate = (0 << 9) | (1 << 5) | 1;
    public const ushort DosTime = 0;

    /// <summary>A regular file with mode 0644, so unzip extracts readable files.</summary>
    public const uint UnixFileAttributes = 0x81A4u << 16;

    public const uint Max32 = uint.MaxValue;
    public const ushort Max16 = ushort.MaxValue;
}
