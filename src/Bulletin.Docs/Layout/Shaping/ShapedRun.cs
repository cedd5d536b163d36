using Bulletin.Docs.Fonts;

namespace Bulletin.Docs.Layout.Shaping;

/// <summary>
/// Consecutive text shaped with one face and one script: the unit a line is built from.
/// </summary>
/// <param name="Face">The face the glyphs belong to (the requested one, or a per-character fallback).</param>
/// <param name="SyntheticBold">Bold was asked and <paramref name="Face"/>'s family has no bold: draw emboldened.</param>
/// <param name="SizePt">Font size in points.</param>
/// <param name="Start">UTF-16 index of the run's first character in the original string.</param>
/// <param name="Length">UTF-16 length of the run's text.</param>
/// <param name="Script">ISO 15924 tag the buffer was shaped with (Hani, Latn…).</param>
/// <param name="Glyphs">Glyphs in visual (= logical, left to right) order.</param>
internal sealed record ShapedRun(FontFace Face, bool SyntheticBold, float SizePt, int Start, int Length, string Script, ShapedGlyph[] Glyphs)
{
    /// <summary>Sum of the glyph advances in points.</summary>
    public float Advance
    {
        get
        {
            var sum = 0f;
            foreach (var glyph in Glyphs) sum += glyph.Advance;
            return sum;
        }
    }
}
