using System.Collections.Immutable;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout;

/// <summary>
/// One laid-out line of text: glyph runs positioned from the line's start, plus the text it shows.
/// </summary>
/// <param name="Runs">Glyph runs in visual (= logical, for horizontal Chinese) order.</param>
/// <param name="Width">Advance width of the line as set, in points (equals the measure for justified lines).</param>
/// <param name="Ascent">Largest ascent above the baseline, in points.</param>
/// <param name="Descent">Largest descent below the baseline, in points (positive).</param>
/// <param name="Text">The source text this line shows, without the break character.</param>
public sealed record LaidOutLine(IReadOnlyList<GlyphRun> Runs, double Width, double Ascent, double Descent, string Text)
{
    /// <summary>
    /// The line spreads its characters more than ⅛ em apart, or was set ragged because justifying
    /// would spread them over 1 em: its paragraph could not be broken better. Flagged in the layout dump.
    /// </summary>
    internal bool IsWide { get; init; }
}

/// <summary>
/// Glyphs of one font, size and colour, each with its x position and the text cluster it comes
/// from, so the PDF's text layer extracts the right characters.
/// </summary>
/// <param name="Font">The resolved font face.</param>
/// <param name="SizePt">Font size in points.</param>
/// <param name="Color">Fill colour.</param>
/// <param name="GlyphIds">Glyph ids in <paramref name="Font"/>; immutable, like every part of a laid-out document, so a layout can be shared between threads and writers.</param>
/// <param name="X">x of each glyph's origin relative to the line's start, in points.</param>
/// <param name="Text">The text these glyphs show.</param>
/// <param name="Clusters">For each glyph, the UTF-16 index into <paramref name="Text"/> of its cluster's first character.</param>
public sealed record GlyphRun(FontFace Font, float SizePt, RgbColor Color, ImmutableArray<ushort> GlyphIds, ImmutableArray<float> X, string Text, ImmutableArray<int> Clusters)
{
    /// <summary>Vertical offset of each glyph from the baseline (HarfBuzz y offsets), or <c>null</c> when all are 0.</summary>
    public ImmutableArray<float>? Y { get; init; }

    /// <summary>Draw bold by stroking the outline: the family had no bold face (last resort).</summary>
    public bool SyntheticBold { get; init; }

    /// <summary>Link target of this run (URL or <c>#id</c>), or <c>null</c>.</summary>
    public string? LinkTarget { get; init; }
}
