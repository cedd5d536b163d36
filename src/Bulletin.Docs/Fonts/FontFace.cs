using Bulletin.Docs.Fonts.Native;
using SkiaSharp;
using HarfBuzzBlob = HarfBuzzSharp.Blob;
using HarfBuzzFace = HarfBuzzSharp.Face;
using HarfBuzzFont = HarfBuzzSharp.Font;

namespace Bulletin.Docs.Fonts;

/// <summary>
/// One loaded font face (a file, or one face of a .ttc collection). Loaded once, immutable, and
/// safe to share between threads and documents.
/// </summary>
public sealed class FontFace
{
    private const int CodePointCount = 0x110000;

    // One bit per code point (136 KB): coverage is asked for every character of every document.
    private readonly ulong[] coverage = new ulong[CodePointCount / 64];

    // Owns the font bytes the typeface and the HarfBuzz blob both point into (no second copy).
    private readonly SKData data;

    // Every glyph's horizontal advance in font units, read once and shared by every document.
    private readonly Lazy<int[]> advances;

    /// <summary>Loads one face from font bytes (shared, not copied).</summary>
    internal FontFace(string family, int weight, bool italic, SKData data, int faceIndex)
    {
        Family = family;
        Weight = weight;
        Italic = italic;
        FaceIndex = faceIndex;
        this.data = data;
        Typeface = SKTypeface.FromData(data, faceIndex)
            ?? throw new InvalidDataException($"Skia cannot load the font {family} (face {faceIndex}).");

        var blob = new HarfBuzzBlob(data.Data, checked((int)data.Size), HarfBuzzSharp.MemoryMode.ReadOnly);
        blob.MakeImmutable();
        HarfBuzzFace = new HarfBuzzFace(blob, faceIndex);
        HarfBuzzFace.MakeImmutable();
        UnitsPerEm = HarfBuzzFace.UnitsPerEm;
        HarfBuzzFont = new HarfBuzzFont(HarfBuzzFace);
        // Work in font units; callers scale to points (size / UnitsPerEm).
        HarfBuzzFont.SetScale(UnitsPerEm, UnitsPerEm);
        // Shared by every thread that shapes with this face: freeze it before first use.
        HarfBuzzNative.hb_font_make_immutable(HarfBuzzFont.Handle);

        FillCoverage();
        advances = new Lazy<int[]>(ReadAdvances, LazyThreadSafetyMode.ExecutionAndPublication);

        var extents = HarfBuzzFont.TryGetHorizontalFontExtents(out var e) ? e : default;
        AscentEm = extents.Ascender / (float)UnitsPerEm;
        DescentEm = -extents.Descender / (float)UnitsPerEm;
        LineGapEm = extents.LineGap / (float)UnitsPerEm;
        IdeographicAdvanceEm = HarfBuzzFont.TryGetNominalGlyph(0x3000, out var space)
            ? HarfBuzzFont.GetHorizontalGlyphAdvance(space) / (float)UnitsPerEm
            : 1f;
    }

    /// <summary>The family name, e.g. Noto Serif SC.</summary>
    public string Family { get; }

    /// <summary>The weight class, 100–900 (400 regular, 700 bold).</summary>
    public int Weight { get; }

    /// <summary>Italic or oblique.</summary>
    public bool Italic { get; }

    /// <summary>Design units per em.</summary>
    public int UnitsPerEm { get; }

    /// <summary>Index of this face in its .ttc collection, 0 for a single font file.</summary>
    public int FaceIndex { get; }

    /// <summary>Ascent above the baseline as a fraction of the font size (hhea/OS/2 as HarfBuzz reads them); × size = points.</summary>
    public float AscentEm { get; }

    /// <summary>Descent below the baseline as a positive fraction of the font size; × size = points.</summary>
    public float DescentEm { get; }

    /// <summary>Recommended extra line gap as a fraction of the font size; × size = points.</summary>
    public float LineGapEm { get; }

    /// <summary>Advance of the ideographic space U+3000 as a fraction of the font size (1 for CJK fonts; 1 if absent).</summary>
    public float IdeographicAdvanceEm { get; }

    /// <summary>Number of Unicode code points the font's cmap maps.</summary>
    public int CoveredCodePointCount { get; private set; }

    internal SKTypeface Typeface { get; }

    /// <summary>HarfBuzz face over the same bytes; immutable, used by shaping and hb-subset.</summary>
    internal HarfBuzzFace HarfBuzzFace { get; }

    /// <summary>HarfBuzz font, scaled to font units; safe for concurrent shaping once created.</summary>
    internal HarfBuzzFont HarfBuzzFont { get; }

    /// <summary>The horizontal advance of <paramref name="glyph"/> in font units (0 for a glyph the font does not have).</summary>
    internal int AdvanceOf(ushort glyph)
    {
        var all = advances.Value;
        return glyph < all.Length ? all[glyph] : 0;
    }

    /// <summary>Whether the font's cmap maps <paramref name="codePoint"/> to a glyph.</summary>
    public bool Covers(int codePoint) =>
        (uint)codePoint < CodePointCount && (coverage[codePoint >> 6] & (1UL << (codePoint & 63))) != 0;

    /// <inheritdoc />
    public override string ToString() => $"{Family} {Weight}{(Italic ? " italic" : string.Empty)}";

    private int[] ReadAdvances()
    {
        var glyphs = new uint[HarfBuzzFace.GlyphCount];
        for (var i = 0; i < glyphs.Length; i++)
            glyphs[i] = (uint)i;
        return HarfBuzzFont.GetHorizontalGlyphAdvances(glyphs);
    }

    private void FillCoverage()
    {
        var set = HarfBuzzNative.hb_set_create();
        try
        {
            HarfBuzzNative.hb_face_collect_unicodes(HarfBuzzFace.Handle, set);
            uint first = uint.MaxValue, last = uint.MaxValue; // HB_SET_VALUE_INVALID starts the iteration
            var count = 0;
            while (HarfBuzzNative.hb_set_next_range(set, ref first, ref last) != 0)
            {
                for (var cp = first; cp <= last && cp < CodePointCount; cp++)
                    coverage[cp >> 6] |= 1UL << (int)(cp & 63);
                count += (int)(Math.Min(last, CodePointCount - 1) - first + 1);
            }
            CoveredCodePointCount = count;
        }
        finally
        {
            HarfBuzzNative.hb_set_destroy(set);
        }
    }
}
