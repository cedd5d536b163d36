namespace Bulletin.Docs.Layout.Shaping;

/// <summary>One positioned glyph of a <see cref="ShapedRun"/>.</summary>
/// <param name="GlyphId">Glyph id in the run's face (kept by the per-document subset, RETAIN_GIDS).</param>
/// <param name="Cluster">UTF-16 index into the ORIGINAL string of the first character of the glyph's grapheme cluster.</param>
/// <param name="Advance">Horizontal advance in points.</param>
/// <param name="OffsetX">Horizontal offset from the pen position, in points.</param>
/// <param name="OffsetY">Vertical offset from the baseline, in points, up positive (HarfBuzz's convention).</param>
internal readonly record struct ShapedGlyph(ushort GlyphId, int Cluster, float Advance, float OffsetX, float OffsetY);
