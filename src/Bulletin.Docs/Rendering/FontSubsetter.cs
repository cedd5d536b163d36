using System.Runtime.InteropServices;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Rendering.Native;

namespace Bulletin.Docs.Rendering;

/// <summary>
/// Per-document font subsets with hb-subset (PDF-ENGINE-NOTES, hb-subset): Skia embeds TrueType fonts
/// whole (≈ 15 MB per face), and with the full cmap it maps 十 to the Kangxi radical ⼗ in the text
/// layer. A subset that keeps glyph ids and maps only the characters used fixes both.
/// </summary>
internal static class FontSubsetter
{
    // hb_subset_flags_t HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE: the glyphs are already shaped, so
    // alternates reachable through GSUB are not needed.
    private const uint NoLayoutClosure = 0x200;

    // Shaping already happened with the full font; the subset is only drawn.
    private static readonly uint[] DroppedTables = [Tag("GSUB"), Tag("GPOS"), Tag("GDEF")];

    /// <summary>
    /// TrueType bytes of <paramref name="face"/> reduced to <paramref name="glyphIds"/> (ids kept,
    /// RETAIN_GIDS) with a cmap that maps only <paramref name="codePoints"/>. Load them with
    /// <c>SKTypeface.FromData(SKData.CreateCopy(bytes))</c> and draw the same glyph ids.
    /// </summary>
    /// <exception cref="InvalidOperationException">hb-subset failed.</exception>
    public static byte[] Subset(FontFace face, IEnumerable<ushort> glyphIds, IEnumerable<int> codePoints)
    {
        ArgumentNullException.ThrowIfNull(face);
        ArgumentNullException.ThrowIfNull(glyphIds);
        ArgumentNullException.ThrowIfNull(codePoints);

        var input = HarfBuzzNative.hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
            throw new InvalidOperationException("hb_subset_input_create_or_fail returned null (out of memory).");
        try
        {
            // hb-subset also maps every code point whose glyph is in the glyph set, which would bring
            // the Kangxi radicals back; so the glyph set only gets glyphs no used character maps to
            // (shaping results such as the two-em dash), the rest come in through their characters.
            var nominal = new HashSet<uint>();
            var unicodeSet = HarfBuzzNative.hb_subset_input_unicode_set(input);
            foreach (var cp in codePoints)
            {
                HarfBuzzNative.hb_set_add(unicodeSet, (uint)cp);
                if (face.HarfBuzzFont.TryGetNominalGlyph((uint)cp, out var glyph))
                    nominal.Add(glyph);
            }
            var glyphSet = HarfBuzzNative.hb_subset_input_glyph_set(input);
            foreach (var glyph in glyphIds)
                if (!nominal.Contains(glyph))
                    HarfBuzzNative.hb_set_add(glyphSet, glyph);
            var dropSet = HarfBuzzNative.hb_subset_input_set(input, HarfBuzzNative.SubsetSetsDropTableTag);
            foreach (var tag in DroppedTables)
                HarfBuzzNative.hb_set_add(dropSet, tag);
            HarfBuzzNative.hb_subset_input_set_flags(input,
                HarfBuzzNative.SubsetFlagsRetainGids | HarfBuzzNative.SubsetFlagsNoHinting | NoLayoutClosure);

            var subsetFace = HarfBuzzNative.hb_subset_or_fail(face.HarfBuzzFace.Handle, input);
            if (subsetFace == IntPtr.Zero)
                throw new InvalidOperationException($"hb-subset failed for {face}.");
            try
            {
                var blob = HarfBuzzNative.hb_face_reference_blob(subsetFace);
                try
                {
                    var data = HarfBuzzNative.hb_blob_get_data(blob, out var length);
                    if (data == IntPtr.Zero || length == 0)
                        throw new InvalidOperationException($"hb-subset produced an empty font for {face}.");
                    var bytes = new byte[length];
                    Marshal.Copy(data, bytes, 0, (int)length);
                    return bytes;
                }
                finally
                {
                    HarfBuzzNative.hb_blob_destroy(blob);
                }
            }
            finally
            {
                HarfBuzzNative.hb_face_destroy(subsetFace);
            }
        }
        finally
        {
            HarfBuzzNative.hb_subset_input_destroy(input);
        }
    }

    private static uint Tag(string tag) => (uint)(tag[0] << 24 | tag[1] << 16 | tag[2] << 8 | tag[3]);
}
