using System.Text;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Layout;

namespace Bulletin.Docs.Pdf.Fonts;

/// <summary>
/// One face as a document uses it: the glyphs drawn (its subset), their widths, and what each glyph
/// stands for in the text (its ToUnicode map and its subset's cmap). Filled while pages are
/// written; written itself once at the end.
/// </summary>
internal sealed class PdfFont
{
    private readonly bool[] used;
    private readonly Dictionary<ushort, int> codePointOf = [];
    private readonly Dictionary<ushort, string> textOf = [];
    private readonly Dictionary<int, ushort> cmap = [];
    private readonly double scale;

    public PdfFont(FontFace face, int type0Object, int index)
    {
        Face = face;
        Type0Object = type0Object;
        ResourceName = Encoding.ASCII.GetBytes($"/F{index}");
        used = new bool[Math.Max(face.HarfBuzzFace.GlyphCount, 1)];
        scale = 1000.0 / face.UnitsPerEm;
    }

    public FontFace Face { get; }

    /// <summary>Number of the Type0 font object pages refer to.</summary>
    public int Type0Object { get; }

    /// <summary>The name in page resources, with its slash: /F1.</summary>
    public byte[] ResourceName { get; }

    /// <summary>The characters drawn as exactly one glyph, to those glyphs: the subset's cmap.</summary>
    public IReadOnlyDictionary<int, ushort> Cmap => cmap;

    /// <summary>
    /// The glyph's advance in glyph space (1000 units per em) as the /W array states it: writer and
    /// reader advance the pen by the same number.
    /// </summary>
    public double Width(ushort glyph) => Math.Round(Face.AdvanceOf(glyph) * scale, 3);

    /// <summary>The glyphs drawn, in ascending order.</summary>
    public IEnumerable<ushort> Glyphs()
    {
        for (var g = 0; g < used.Length; g++)
        {
            if (used[g])
            {
                yield return (ushort)g;
            }
        }
    }

    /// <summary>The text each drawn glyph stands for (9.10.3), for the ToUnicode map.</summary>
    public IEnumerable<(ushort Glyph, string Text)> UnicodeMap()
    {
        foreach (var glyph in Glyphs())
        {
            if (codePointOf.TryGetValue(glyph, out var codePoint))
            {
                yield return (glyph, char.ConvertFromUtf32(codePoint));
            }
            else if (textOf.TryGetValue(glyph, out var text))
            {
                yield return (glyph, text);
            }
        }
    }

    /// <summary>
    /// Records the glyphs of <paramref name="run"/>. Returns whether the ToUnicode map alone gives
    /// back the run's text: every cluster one character drawn as one glyph, no glyph standing for
    /// two different characters. Otherwise the text needs /ActualText (14.9.4).
    /// </summary>
    public bool Use(GlyphRun run)
    {
        var glyphs = run.GlyphIds;
        var clusters = run.Clusters;
        var text = run.Text;
        var faithful = glyphs.Length > 0 ? clusters[0] == 0 : text.Length == 0;
        var first = 0;
        while (first < glyphs.Length)
        {
            var start = clusters[first];
            var last = first;
            while (last + 1 < glyphs.Length && clusters[last + 1] == start)
            {
                last++;
            }

            var end = last + 1 < glyphs.Length ? clusters[last + 1] : text.Length;
            for (var i = first; i <= last; i++)
            {
                if (glyphs[i] < used.Length)
                {
                    used[glyphs[i]] = true;
                }
            }

            if (first == last && end > start && end - start <= 2
                && Rune.DecodeFromUtf16(text.AsSpan(start, end - start), out var rune, out var consumed) == System.Buffers.OperationStatus.Done
                && consumed == end - start)
            {
                var glyph = glyphs[first];
                // Readers turn a drawn space, the ideographic one too, into a word gap of their
                // own (poppler writes U+3000 as an ASCII space): the source text must say it.
                faithful &= !Rune.IsWhiteSpace(rune);
                if (codePointOf.TryGetValue(glyph, out var known))
                {
                    // Seen before: the cmap already has this character, unless the glyph stood
                    // for another one then.
                    faithful &= known == rune.Value;
                    if (known != rune.Value)
                    {
                        cmap.TryAdd(rune.Value, glyph);
                    }
                }
                else
                {
                    faithful &= !textOf.ContainsKey(glyph);
                    codePointOf.TryAdd(glyph, rune.Value);
                    cmap.TryAdd(rune.Value, glyph);
                }
            }
            else
            {
                // A ligature, a decomposition or a glyph for no character: every glyph still maps
                // to something (ISO 19005-2, 6.2.11.7.2), and the line carries /ActualText.
                faithful = false;
                var cluster = end > start ? text[start..end] : "\uFFFD";
                for (var i = first; i <= last; i++)
                {
                    if (!codePointOf.ContainsKey(glyphs[i]))
                    {
                        textOf.TryAdd(glyphs[i], cluster);
                    }
                }
            }

            first = last + 1;
        }

        return faithful;
    }
}
