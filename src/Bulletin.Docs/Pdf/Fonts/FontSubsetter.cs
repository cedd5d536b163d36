using Bulletin.Docs.Fonts;
using Bulletin.Docs.Fonts.Native;

namespace Bulletin.Docs.Pdf.Fonts;

/// <summary>
/// Per-document font subsets with hb-subset: a CJK face is ≈ 15 MB, a document uses a few thousand
/// of its glyphs. Glyph ids are kept (RETAIN_GIDS), so the ids shaped with the full face are drawn
/// as they are with CIDToGIDMap /Identity.
/// </summary>
internal static class FontSubsetter
{
    // hb_subset_flags_t HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE: the glyphs are already shaped, so
    // alternates reachable through GSUB are not needed.
    private const uint NoLayoutClosure = 0x200;

    // Shaping already happened with the full font; the subset is only drawn, horizontally
    // (Identity-H), so the layout tables and the vertical metrics go: with RETAIN_GIDS vmtx alone
    // is as large as hmtx, one entry for every glyph id up to the highest one kept.
    private static readonly uint[] DroppedTables =
    [
        OpenTypeTag.Of("GSUB"), OpenTypeTag.Of("GPOS"), OpenTypeTag.Of("GDEF"), OpenTypeTag.Of("BASE"),
        OpenTypeTag.Of("vhea"), OpenTypeTag.Of("vmtx"), OpenTypeTag.Of("VORG"), OpenTypeTag.Of("STAT"),
    ];

    /// <summary>
    /// TrueType bytes of <paramref name="face"/> reduced to <paramref name="glyphIds"/> (ids kept,
    /// RETAIN_GIDS) with a cmap that maps exactly <paramref name="cmap"/>: the characters drawn to
    /// the glyphs drawn for them.
    /// </summary>
    /// <exception cref="InvalidOperationException">hb-subset failed.</exception>
    public static byte[] Subset(FontFace face, IEnumerable<ushort> glyphIds, IReadOnlyDictionary<int, ushort> cmap)
    {
        ArgumentNullException.ThrowIfNull(face);
        ArgumentNullException.ThrowIfNull(glyphIds);
        ArgumentNullException.ThrowIfNull(cmap);

        // Glyphs only: hb-subset would add every code point of a retained glyph to the cmap (the
        // Kangxi radicals among them), so the cmap is replaced afterwards with the one drawn.
        var subset = FontSubsetRun.Run(face, input =>
        {
            var glyphSet = HarfBuzzNative.hb_subset_input_glyph_set(input);
            foreach (var glyph in glyphIds)
                HarfBuzzNative.hb_set_add(glyphSet, glyph);
            FontSubsetRun.AddAll(input, HarfBuzzNative.SubsetSetsDropTableTag, DroppedTables);
        }, HarfBuzzNative.SubsetFlagsRetainGids | HarfBuzzNative.SubsetFlagsNoHinting | NoLayoutClosure);
        return SfntCmapReplacer.Replace(subset, cmap);
    }
}
