namespace Bulletin.Docs.Pdf.Fonts;

/// <summary>OpenType table tags as the big-endian 32-bit numbers fonts and HarfBuzz use ('cmap' = 0x636D6170).</summary>
internal static class OpenTypeTag
{
    public static uint Of(string tag) => (uint)((tag[0] << 24) | (tag[1] << 16) | (tag[2] << 8) | tag[3]);
}
