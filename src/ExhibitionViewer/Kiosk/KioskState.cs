namespace ExhibitionViewer.KioskMode;

/// <summary>Where a kiosk is in its loop: Attract → Touring → Survey → ThankYou → Attract, with the admin screens beside it.</summary>
internal enum KioskState
{
    /// <summary>No visitor: slow rotation through the attract scenes, "Touch to explore", the language choice.</summary>
    Attract,
    Touring,
    Survey,
    ThankYou,
    PinEntry,
    Admin,
}
