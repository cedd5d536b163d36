using Bulletin.Docs.Characters;
using System.Globalization;
using Bulletin.Docs.Fonts;
using HarfBuzzSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace Bulletin.Docs.Layout.Shaping;

/// <summary>
/// Shapes text with HarfBuzz into runs of one face and one script. Each run's buffer gets its
/// direction, script and language set explicitly (Han → zh-Hans, Latin → en): guessing per call
/// mis-shapes lines that start with Latin (PDF-ENGINE-NOTES, Shaping).
/// </summary>
/// <remarks>
/// One instance per layout run (it reuses one HarfBuzz buffer and scratch arrays); not for
/// concurrent use. Faces are shared: HarfBuzz fonts are safe to shape with from several threads.
/// </remarks>
internal sealed class TextShaper(FontRegistry registry) : IDisposable
{
    private readonly Buffer buffer = new();
    private readonly UnicodeFunctions unicode = UnicodeFunctions.Default;
    private readonly Language chinese = new("zh-Hans");
    private readonly Language english = new("en");
    private readonly Language undetermined = new("und");

    // Kerning in CJK fonts (Noto/Source Han) pairs proportional Latin letters, which form Latin runs;
    // in Han runs (ideographs, digits, punctuation) it changed no glyph of the seed text and took
    // ~45 % of HarfBuzz's time. Punctuation spacing is the layout's job (clreq §3.1.5).
    private static readonly Tag Kerning = new('k', 'e', 'r', 'n');
    private static readonly Tag FullWidths = new('f', 'w', 'i', 'd');
    private static readonly Tag ProportionalWidths = new('p', 'w', 'i', 'd');

    // Features of the run being shaped: kern off in Han runs, and the width of each ambiguous mark.
    private readonly List<Feature> features = [];
    private readonly Feature[] noKerning = [new Feature(Kerning, 0)];

    // Per-grapheme scratch, grown as needed: start index, script, face.
    private int[] clusterStarts = new int[256];
    private Script[] scripts = new Script[256];
    private FontFace?[] faces = new FontFace?[256];
    private bool[] proportional = new bool[256];

    /// <summary>Shapes <c>text[start..start+length]</c> with the family closest to the weight and style asked.</summary>
    /// <exception cref="KeyNotFoundException">The family is not registered.</exception>
    public List<ShapedRun> Shape(string text, int start, int length, string family, int weight, bool italic, float sizePt) =>
        Shape(text, start, length, registry.Resolve(family, weight, italic), weight, sizePt);

    /// <summary>Shapes <c>text[start..start+length]</c> with an already resolved font (<paramref name="weight"/> as asked, for fallback faces).</summary>
    public List<ShapedRun> Shape(string text, int start, int length, ResolvedFont font, int weight, float sizePt)
    {
        var runs = new List<ShapedRun>();
        Shape(text, start, length, font, weight, sizePt, new RunCollector(runs));
        return runs;
    }

    /// <summary>
    /// Shapes <c>text[start..start+length]</c> as <see cref="Shape(string, int, int, ResolvedFont, int, float)"/>
    /// does, handing each run's glyphs to <paramref name="sink"/> straight from HarfBuzz's buffer
    /// rather than copying them into a <see cref="ShapedRun"/> first.
    /// </summary>
    public void Shape(string text, int start, int length, ResolvedFont font, int weight, float sizePt, IShapedRunSink sink)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, text.Length);
        if (length == 0) return;

        var count = Segment(text, start, length, font.Face, weight);
        var runStart = 0;
        for (var i = 1; i <= count; i++)
        {
            if (i < count && faces[i] == faces[runStart] && scripts[i] == scripts[runStart]) continue;
            var from = clusterStarts[runStart];
            var to = i < count ? clusterStarts[i] : start + length;
            var face = faces[runStart]!;
            var synthetic = face == font.Face ? font.SyntheticBold : weight >= 600 && face.Weight < 600;
            ShapeRun(text, from, to - from, face, synthetic, scripts[runStart], sizePt, sink);
            runStart = i;
        }
    }

    /// <summary>Splits into grapheme clusters, choosing each one's face and resolved script; returns the count.</summary>
    private int Segment(string text, int start, int length, FontFace preferred, int weight)
    {
        var end = start + length;
        var count = 0;
        var lastScript = Script.Invalid;
        FontFace? lastFace = null;
        var firstUnresolvedScript = -1; // neutrals before the first real script take the following one
        var firstUnresolvedFace = -1;
        for (var i = start; i < end;)
        {
            var size = GraphemeLength(text, i, end);
            var cp = char.IsHighSurrogate(text[i]) && i + 1 < end && char.IsLowSurrogate(text[i + 1])
                ? char.ConvertToUtf32(text[i], text[i + 1])
                : text[i];
            EnsureCapacity(count + 1);
            clusterStarts[count] = i;

            var script = ScriptClassifier.Of(cp, unicode);
            // “ ” ‘ ’ — … · are Common: in Chinese text they join the Han run (full-width glyphs, locl
            // zh-Hans), in Latin text they take their neighbours' script and stay proportional.
            proportional[count] = false;
            if (AmbiguousWidthPunctuation.Is(cp))
            {
                if (AmbiguousWidthPunctuation.IsFullWidth(text, i))
                    script = Script.Han;
                else
                    proportional[count] = true;
            }

            if (ScriptClassifier.IsNeutral(script))
            {
                if (lastScript == Script.Invalid)
                {
                    if (firstUnresolvedScript < 0) firstUnresolvedScript = count;
                }
                else
                {
                    script = lastScript;
                }
            }
            else
            {
                if (firstUnresolvedScript >= 0)
                {
                    for (var k = firstUnresolvedScript; k < count; k++) scripts[k] = script;
                    firstUnresolvedScript = -1;
                }
                lastScript = script;
            }
            scripts[count] = script;

            FontFace? face;
            if (UnicodeFacts.NeedsNoGlyph(cp))
            {
                face = lastFace;
                if (face is null && firstUnresolvedFace < 0) firstUnresolvedFace = count;
            }
            else
            {
                face = preferred.Covers(cp) ? preferred : registry.FindFaceFor(cp, preferred, weight, preferred.Italic) ?? preferred;
                if (firstUnresolvedFace >= 0)
                {
                    for (var k = firstUnresolvedFace; k < count; k++) faces[k] = face;
                    firstUnresolvedFace = -1;
                }
                lastFace = face;
            }
            faces[count] = face;
            count++;
            i += size;
        }
        // All neutral: a Chinese document's default script; all ignorable: the preferred face.
        if (firstUnresolvedScript >= 0)
            for (var k = firstUnresolvedScript; k < count; k++) scripts[k] = Script.Han;
        if (firstUnresolvedFace >= 0)
            for (var k = firstUnresolvedFace; k < count; k++) faces[k] = preferred;
        for (var k = 0; k < count; k++)
            if (proportional[k] && scripts[k] == Script.Han) scripts[k] = Script.Latin;
        return count;
    }

    private void ShapeRun(string text, int start, int length, FontFace face, bool syntheticBold, Script script, float sizePt, IShapedRunSink sink)
    {
        buffer.ClearContents();
        // The whole string goes in as context; clusters are then UTF-16 indices into it.
        buffer.AddUtf16(text.AsSpan(), start, length);
        buffer.Direction = Direction.LeftToRight;
        buffer.Script = script;
        buffer.Language = script == Script.Han ? chinese : script == Script.Latin ? english : script == Script.Bopomofo ? chinese : undetermined;
        buffer.ClusterLevel = ClusterLevel.MonotoneGraphemes;
        features.Clear();
        if (script == Script.Han)
            features.Add(new Feature(Kerning, 0));
        // fwid/pwid on just the ambiguous marks: a CJK font's cmap may give either width (Noto Serif SC
        // maps “ to its full-width glyph, which would widen the apostrophe of don’t to 1 em).
        var width = script == Script.Han ? FullWidths : ProportionalWidths;
        for (var i = start; i < start + length; i++)
            if (AmbiguousWidthPunctuation.Is(text[i]))
                features.Add(new Feature(width, 1, (uint)i, (uint)i + 1));
        if (features.Count == 0)
            face.HarfBuzzFont.Shape(buffer);
        else if (features.Count == 1 && script == Script.Han)
            face.HarfBuzzFont.Shape(buffer, noKerning);
        else
            face.HarfBuzzFont.Shape(buffer, features.ToArray());

        sink.Add(face, syntheticBold, sizePt, start, length, script, buffer.GetGlyphInfoSpan(), buffer.GetGlyphPositionSpan());
    }

    /// <summary>Points per font unit of <paramref name="face"/> at <paramref name="sizePt"/>.</summary>
    public static float Scale(FontFace face, float sizePt) => sizePt / face.UnitsPerEm;

    /// <summary>The glyph of <paramref name="info"/> at <paramref name="position"/>, in points (<paramref name="scale"/>: <see cref="Scale"/>).</summary>
    public static ShapedGlyph Glyph(in GlyphInfo info, in GlyphPosition position, float scale) =>
        new((ushort)info.Codepoint, (int)info.Cluster, position.XAdvance * scale, position.XOffset * scale, position.YOffset * scale);

    /// <summary>Keeps each run as a <see cref="ShapedRun"/>.</summary>
    private sealed class RunCollector(List<ShapedRun> runs) : IShapedRunSink
    {
        public void Add(FontFace face, bool syntheticBold, float sizePt, int start, int length, Script script, ReadOnlySpan<GlyphInfo> infos, ReadOnlySpan<GlyphPosition> positions)
        {
            var scale = Scale(face, sizePt);
            var glyphs = new ShapedGlyph[infos.Length];
            for (var g = 0; g < glyphs.Length; g++)
            {
                glyphs[g] = Glyph(infos[g], positions[g], scale);
            }

            runs.Add(new ShapedRun(face, syntheticBold, sizePt, start, length, script.ToString(), glyphs));
        }
    }

    // Extended grapheme clusters (UAX #29) via .NET; ASCII and CJK followed by a simple character is one char.
    private static int GraphemeLength(string text, int index, int end)
    {
        var c = text[index];
        if (index + 1 >= end) return 1;
        var next = text[index + 1];
        if (IsSimple(c) && IsSimple(next)) return 1;
        return StringInfo.GetNextTextElementLength(text.AsSpan(index, end - index));
    }

    // A character that is a grapheme cluster by itself whatever follows it: Latin up to the
    // combining diacritics, general punctuation, and wide characters that are not combining marks,
    // except the leading conjoining jamo, which join what follows (UAX #29 rule GB6).
    private static bool IsSimple(char c) =>
        c is (>= (char)0x20 and < (char)0x300) or (>= (char)0x2010 and <= (char)0x2027) or (>= (char)0x2030 and <= (char)0x205E)
            || (CjkFacts.IsWide(c) && !CjkFacts.IsCombining(c) && c is not ((>= '\u1100' and <= '\u115F') or (>= '\uA960' and <= '\uA97F')));

    private void EnsureCapacity(int needed)
    {
        if (needed <= clusterStarts.Length) return;
        var size = Math.Max(needed, clusterStarts.Length * 2);
        Array.Resize(ref clusterStarts, size);
        Array.Resize(ref scripts, size);
        Array.Resize(ref faces, size);
        Array.Resize(ref proportional, size);
    }

    /// <inheritdoc />
    public void Dispose() => buffer.Dispose();
}

/// <summary>Takes the runs <see cref="TextShaper"/> shapes, one at a time, in logical order.</summary>
internal interface IShapedRunSink
{
    /// <summary>
    /// One run of <paramref name="face"/> and <paramref name="script"/> over <c>text[start..start+length]</c>:
    /// HarfBuzz's glyphs and positions (font units; <see cref="TextShaper.Glyph"/> turns one into points),
    /// valid only during the call.
    /// </summary>
    void Add(FontFace face, bool syntheticBold, float sizePt, int start, int length, Script script, ReadOnlySpan<GlyphInfo> infos, ReadOnlySpan<GlyphPosition> positions);
}
