namespace Bulletin.Docs.Fonts;

/// <summary>Character properties the font layer needs and .NET does not expose.</summary>
internal static class UnicodeFacts
{
    /// <summary>
    /// Default_Ignorable_Code_Point (Unicode DerivedCoreProperties) and controls: shaping hides
    /// them, so they need no glyph and never choose a font.
    /// </summary>
    public static bool NeedsNoGlyph(int cp) => cp switch
    {
        < 0x20 or (>= 0x7F and <= 0x9F) => true,
        0xAD or 0x34F or 0x61C or 0x115F or 0x1160 or 0x17B4 or 0x17B5 or 0x3164 or 0xFEFF or 0xFFA0 => true,
        >= 0x180B and <= 0x180F => true,
        >= 0x200B and <= 0x200F => true,
        >= 0x2028 and <= 0x202E => true,
        >= 0x2060 and <= 0x206F => true,
        >= 0xFE00 and <= 0xFE0F => true,
        >= 0xFFF0 and <= 0xFFF8 => true,
        >= 0x1BCA0 and <= 0x1BCA3 => true,
        >= 0x1D173 and <= 0x1D17A => true,
        >= 0xE0000 and <= 0xE0FFF => true,
        _ => false,
    };
}
