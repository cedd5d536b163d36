using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Layout.LineBreaking;
using Bulletin.Docs.Layout.Paragraphs;
using Bulletin.Docs.Layout.Shaping;
using HarfBuzzSharp;

namespace Bulletin.Docs.Layout.Text;

/// <summary>
/// Lays out paragraphs: shaping, clreq line breaking, punctuation compression and justification.
/// One instance per document layout run (it caches shaped text); not shared between threads.
/// </summary>
/// <remarks>
/// A paragraph is shaped once (cached by content), so laying it out again at another width, as
/// column balancing does, only refits the lines; laid out again at the same width with the same
/// settings, as heading balancing and the page's remedies do, it is not set again at all: the
/// lines are immutable, so the same <see cref="LaidOutParagraph"/> is given back.
/// </remarks>
internal sealed class TextLayouter : IParagraphLayouter, IShapedRunSink, IDisposable
{
    private const char LineFeed = '\n';
    private const char SoftHyphen = '\u00AD';

    private readonly TextShaper shaper;
    private readonly Dictionary<ParagraphText, ShapedParagraph> shapedCache = new(ParagraphTextComparer.Instance);
    private readonly Dictionary<(ShapedParagraph Shaped, double Width, ParagraphSettings Settings), LaidOutParagraph> laidCache = new(new ByShapedParagraph());
    private readonly Dictionary<Theme.FontSpec, string> families = [];

    // Scratch reused across paragraphs (grow-only).
    private readonly List<TextCluster> clusters = [];
    private readonly List<int> firstGlyph = [];
    private readonly List<int> clusterStyle = [];
    private readonly List<GlyphStyle> styles = [];
    private readonly List<ushort> glyphIds = [];
    private readonly List<float> advances = [];
    private readonly List<float> offsetX = [];
    private readonly List<float> offsetY = [];
    private readonly List<ushort> runGlyphs = [];
    private readonly List<float> runX = [];
    private readonly List<float> runY = [];
    private readonly List<int> runClusters = [];
    private readonly List<GlyphRun> lineRuns = [];
    private BreakAction[] breakBefore = new BreakAction[256];

    // The span being shaped, for the runs the shaper hands back (IShapedRunSink.Add).
    private (string Text, GlyphStyle Style, ResolvedFont Font) shaping;

    public TextLayouter(FontRegistry fonts, LineBreakStrictness strictness)
    {
        Fonts = fonts;
        Strictness = strictness;
        shaper = new TextShaper(fonts);
    }

    public FontRegistry Fonts { get; }

    public LineBreakStrictness Strictness { get; }

    /// <summary>Lays out <paramref name="text"/> in lines of <paramref name="width"/> points.</summary>
    public LaidOutParagraph Layout(ParagraphText text, double width, ParagraphSettings settings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(settings);
        var shaped = Shape(text);
        if (!laidCache.TryGetValue((shaped, width, settings), out var laidOut))
        {
            laidOut = LayoutUncached(shaped, width, settings);
            laidCache.Add((shaped, width, settings), laidOut);
        }

        return laidOut;
    }

    private LaidOutParagraph LayoutUncached(ShapedParagraph shaped, double width, ParagraphSettings settings)
    {
        float otherWidth = (float)(width - settings.StartIndentPt);
        float firstWidth = (float)(otherWidth - settings.FirstLineIndentPt);
        var laid = ParagraphLayouter.Layout(shaped.Clusters, shaped.Breaks, firstWidth, otherWidth, settings.Alignment, OptionsOf(settings));
        var lines = laid.Lines;
        var result = new PositionedLine[lines.Length];
        for (int k = 0; k < lines.Length; k++)
        {
            var line = lines[k];
            double x = settings.StartIndentPt + (k == 0 ? settings.FirstLineIndentPt : 0) + line.Offset;
            if (k == 0 && settings.TrimOpeningBracketOnFirstLine)
            {
                x -= FirstLineBracketShift(shaped.Clusters, line, settings.Alignment);
            }
            result[k] = new PositionedLine(x, BuildLine(shaped, laid.X, line));
        }

        return new LaidOutParagraph(result, settings.LineHeightPt);
    }

    /// <summary>The layouter's options for <paramref name="settings"/>: <c>null</c> (the defaults) on the common path.</summary>
    private static ParagraphOptions? OptionsOf(ParagraphSettings settings)
    {
        var options = settings.CloseUp ? null : ParagraphOptions.NoCloseUp;
        return settings.Looseness == 0 ? options : (options ?? ParagraphOptions.Default) with { Looseness = settings.Looseness };
    }

    /// <summary>
    /// How far left a first line that starts with an opening bracket moves once the bracket's
    /// leading blank is dropped: half the blank when centred, all of it when start-aligned, none
    /// when end-aligned (the line's end stays where it is).
    /// </summary>
    private static double FirstLineBracketShift(TextCluster[] clusters, ParagraphLine line, Theme.TextAlignment alignment)
    {
        if (line.Count == 0 || clusters[line.Start].Kind != ClusterKind.Opening)
        {
            return 0;
        }

        double blank = ClusterSpacing.Of(clusters, line.Start).Left;
        return alignment switch
        {
            Theme.TextAlignment.Center => blank / 2,
            Theme.TextAlignment.End => 0,
            _ => blank,
        };
    }

    /// <summary>The registered family <paramref name="font"/> is set in (see <see cref="PdfFaces"/>), looked up once per run.</summary>
    private string FamilyOf(Theme.FontSpec font)
    {
        if (!families.TryGetValue(font, out var family))
        {
            family = PdfFaces.Choose(font, Fonts).Family;
            families.Add(font, family);
        }

        return family;
    }

    /// <summary>The shaped clusters of <paramref name="text"/>, from the cache when it was shaped before.</summary>
    internal ShapedParagraph Shape(ParagraphText text)
    {
        if (!shapedCache.TryGetValue(text, out var shaped))
        {
            shaped = ShapeUncached(text);
            shapedCache.Add(text, shaped);
        }

        return shaped;
    }

    /// <inheritdoc />
    public void Dispose() => shaper.Dispose();

    /// <summary>Compares layout keys by the shaped paragraph's identity (the shaping cache makes it one per content) and the rest by value.</summary>
    private sealed class ByShapedParagraph : IEqualityComparer<(ShapedParagraph Shaped, double Width, ParagraphSettings Settings)>
    {
        public bool Equals((ShapedParagraph Shaped, double Width, ParagraphSettings Settings) x, (ShapedParagraph Shaped, double Width, ParagraphSettings Settings) y) =>
            ReferenceEquals(x.Shaped, y.Shaped) && x.Width.Equals(y.Width) && x.Settings.Equals(y.Settings);

        public int GetHashCode((ShapedParagraph Shaped, double Width, ParagraphSettings Settings) key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Shaped), key.Width, key.Settings);
    }

    private ShapedParagraph ShapeUncached(ParagraphText paragraph)
    {
        string text = paragraph.Text;
        clusters.Clear();
        firstGlyph.Clear();
        clusterStyle.Clear();
        styles.Clear();
        glyphIds.Clear();
        advances.Clear();
        offsetX.Clear();
        offsetY.Clear();

        GlyphStyle? defaultStyle = null;
        foreach (var span in paragraph.Spans)
        {
            var format = span.Format;
            int weight = format.Bold ? 700 : 400;
            var resolved = Fonts.Resolve(FamilyOf(format.Font), weight, format.Italic);
            float size = (float)format.SizePt;
            var spanStyle = new GlyphStyle(resolved.Face, size, format.Color, resolved.SyntheticBold, format.LinkTarget);
            defaultStyle ??= spanStyle;
            int end = span.Start + span.Length;
            for (int segment = span.Start; segment < end;)
            {
                int lineFeed = text.IndexOf(LineFeed, segment, end - segment);
                int segmentEnd = lineFeed < 0 ? end : lineFeed;
                if (segmentEnd > segment)
                {
                    var spanFirstCluster = clusters.Count;
                    shaping = (text, spanStyle, resolved);
                    shaper.Shape(text, segment, segmentEnd - segment, resolved, weight, size, this);

                    Track(spanFirstCluster, (float)format.LetterSpacingPt);
                }

                if (lineFeed < 0)
                {
                    break;
                }

                // A forced line break: a zero-advance space without glyphs; the line breaker makes the break mandatory.
                firstGlyph.Add(glyphIds.Count);
                clusterStyle.Add(StyleIndex(spanStyle));
                clusters.Add(new TextCluster(lineFeed, 1, 0f, size, ClusterKind.Space));
                segment = lineFeed + 1;
            }
        }

        firstGlyph.Add(glyphIds.Count);
        var clusterArray = clusters.ToArray();
        // Clusters tile the text: each one runs to the next one's start.
        for (int i = 0; i < clusterArray.Length; i++)
        {
            int next = i + 1 < clusterArray.Length ? clusterArray[i + 1].Start : text.Length;
            clusterArray[i] = clusterArray[i] with { Length = next - clusterArray[i].Start };
            if (clusterArray[i].Kind == ClusterKind.MiddleDot)
            {
                WidenMiddleDot(ref clusterArray[i], firstGlyph[i], firstGlyph[i + 1]);
            }
        }

        var breaks = new BreakAction[clusterArray.Length];
        if (breakBefore.Length < text.Length + 1)
        {
            breakBefore = new BreakAction[Math.Max(text.Length + 1, breakBefore.Length * 2)];
        }

        var atomic = paragraph.AtomicRanges as Range[] ?? [.. paragraph.AtomicRanges];
        LineBreaker.Analyze(text, breakBefore.AsSpan(0, text.Length + 1), Strictness, atomic);
        ClusterBreaks.Map(breakBefore, clusterArray, breaks);
        SetSolid(clusterArray, atomic);

        defaultStyle ??= DefaultStyleOfEmptyParagraph();
        return new ShapedParagraph(
            text, clusterArray, breaks, [.. firstGlyph], [.. clusterStyle], [.. styles],
            [.. glyphIds], [.. advances], [.. offsetX], [.. offsetY], defaultStyle);
    }

    /// <summary>Marks the clusters of each atomic range but its last as <see cref="TextCluster.Solid"/>: a label is never letter-spaced.</summary>
    private static void SetSolid(TextCluster[] clusters, Range[] atomic)
    {
        foreach (var range in atomic)
        {
            int i = 0;
            while (i < clusters.Length && clusters[i].Start < range.Start.Value)
            {
                i++;
            }

            for (; i + 1 < clusters.Length && clusters[i + 1].Start < range.End.Value; i++)
            {
                clusters[i] = clusters[i] with { Solid = true };
            }
        }
    }

    /// <summary>
    /// The interpunct of Chinese text (晋创谷·太原) takes 1 em, ¼ em blank on each side (clreq §3.1.4,
    /// docs/typography.md §2); CJK fonts map U+00B7 to a narrow Latin glyph, so centre it in a 1 em box.
    /// </summary>
    private void WidenMiddleDot(ref TextCluster cluster, int glyph, int glyphEnd)
    {
        float extra = cluster.EmSize - cluster.Advance;
        if (glyphEnd - glyph != 1 || extra <= 0)
        {
            return;
        }

        offsetX[glyph] += extra / 2;
        advances[glyph] = cluster.EmSize;
        cluster = cluster with { Advance = cluster.EmSize };
    }

    /// <summary>Letter spacing: every cluster from <paramref name="firstCluster"/> on advances <paramref name="spacing"/> further, as in Word.</summary>
    private void Track(int firstCluster, float spacing)
    {
        if (spacing == 0)
        {
            return;
        }

        foreach (ref var cluster in CollectionsMarshal.AsSpan(clusters)[firstCluster..])
        {
            cluster = cluster with { Advance = cluster.Advance + spacing };
        }
    }

    private GlyphStyle DefaultStyleOfEmptyParagraph()
    {
        var face = Fonts.Resolve(Fonts.Families[0], 400, false).Face;
        return new GlyphStyle(face, 0f, default, false, null);
    }

    /// <summary>A run of the span being shaped: its clusters and glyphs, in the span's style or the fallback face's.</summary>
    void IShapedRunSink.Add(FontFace face, bool syntheticBold, float sizePt, int start, int length, Script script, ReadOnlySpan<GlyphInfo> infos, ReadOnlySpan<GlyphPosition> positions)
    {
        var (text, spanStyle, resolved) = shaping;
        var style = face == resolved.Face && syntheticBold == resolved.SyntheticBold
            ? spanStyle
            : spanStyle with { Face = face, SyntheticBold = syntheticBold };
        AddRun(text, face, start, script, infos, positions, TextShaper.Scale(face, sizePt), StyleIndex(style), sizePt);
    }

    private void AddRun(string text, FontFace face, int runStart, Script script, ReadOnlySpan<GlyphInfo> infos, ReadOnlySpan<GlyphPosition> positions, float scale, int style, float size)
    {
        int currentCluster = -1;
        for (int g = 0; g < infos.Length; g++)
        {
            var glyph = TextShaper.Glyph(infos[g], positions[g], scale);
            if (g == 0 || glyph.Cluster != currentCluster)
            {
                // The run's first cluster starts at the run's start even if HarfBuzz dropped an ignorable there.
                currentCluster = glyph.Cluster;
                int start = g == 0 ? runStart : glyph.Cluster;
                firstGlyph.Add(glyphIds.Count);
                clusterStyle.Add(style);
                int codePoint = CodePointAt(text, start);
                // A quote or dash the shaper set proportional (Latin text: don’t) is part of the word.
                var kind = script != Script.Han && AmbiguousWidthPunctuation.Is(codePoint) ? ClusterKind.Other : ClusterKinds.Of(codePoint);
                clusters.Add(new TextCluster(start, 0, 0f, size, kind) { BreakAdvance = codePoint == SoftHyphen ? HyphenOf(face, size).Advance : 0 });
            }

            ref var last = ref CollectionsMarshal.AsSpan(clusters)[^1];
            last = last with { Advance = last.Advance + glyph.Advance };
            glyphIds.Add(glyph.GlyphId);
            advances.Add(glyph.Advance);
            offsetX.Add(glyph.OffsetX);
            offsetY.Add(glyph.OffsetY);
        }
    }

    /// <summary>The glyph and advance in points of the hyphen a soft hyphen shows at a line end (0, 0 when the face has none).</summary>
    private static (ushort Glyph, float Advance) HyphenOf(FontFace face, float size)
    {
        if (!face.HarfBuzzFont.TryGetNominalGlyph('-', out uint glyph) || glyph > ushort.MaxValue)
        {
            return (0, 0f);
        }

        return ((ushort)glyph, face.AdvanceOf((ushort)glyph) * size / face.UnitsPerEm);
    }

    private int StyleIndex(GlyphStyle style)
    {
        for (int i = styles.Count - 1; i >= 0; i--)
        {
            if (styles[i].Equals(style))
            {
                return i;
            }
        }

        styles.Add(style);
        return styles.Count - 1;
    }

    private static int CodePointAt(string text, int index) =>
        char.IsSurrogatePair(text, index) ? char.ConvertToUtf32(text, index) : text[index];

    /// <summary>
    /// Builds the glyph runs of one line. Cluster x comes from the paragraph layouter, which already
    /// moves a compressed opening bracket's origin left by the blank it lost (clreq §3.1.6); the
    /// alignment offset goes to the line's position instead.
    /// </summary>
    private LaidOutLine BuildLine(ShapedParagraph shaped, ReadOnlySpan<float> clusterX, ParagraphLine line)
    {
        string text = shaped.Text;
        lineRuns.Clear();
        double ascent = 0, descent = 0;
        int runStyle = -1, runTextStart = 0, runTextEnd = 0;
        for (int c = line.Start; c < line.End; c++)
        {
            int from = shaped.FirstGlyph[c], to = shaped.FirstGlyph[c + 1];
            bool hyphen = c == line.End - 1 && line.End < shaped.Clusters.Length && shaped.Clusters[c].BreakAdvance > 0;
            if (from == to && !hyphen)
            {
                continue;
            }

            ref readonly var cluster = ref shaped.Clusters[c];
            int style = shaped.ClusterStyle[c];
            if (style != runStyle)
            {
                FlushRun(shaped, runStyle, runTextStart, runTextEnd);
                runStyle = style;
                runTextStart = cluster.Start;
                var s = shaped.Styles[style];
                ascent = Math.Max(ascent, s.Face.AscentEm * s.SizePt);
                descent = Math.Max(descent, s.Face.DescentEm * s.SizePt);
            }

            runTextEnd = cluster.Start + cluster.Length;
            float pen = clusterX[c] - line.Offset;
            if (hyphen)
            {
                // The line breaks at a soft hyphen: it shows as a hyphen (its width is in the line's).
                runGlyphs.Add(HyphenOf(shaped.Styles[style].Face, shaped.Styles[style].SizePt).Glyph);
                runX.Add(pen);
                runY.Add(0);
                runClusters.Add(cluster.Start - runTextStart);
                continue;
            }

            for (int g = from; g < to; g++)
            {
                runGlyphs.Add(shaped.GlyphIds[g]);
                runX.Add(pen + shaped.OffsetX[g]);
                runY.Add(shaped.OffsetY[g]);
                runClusters.Add(cluster.Start - runTextStart);
                pen += shaped.Advances[g];
            }
        }

        FlushRun(shaped, runStyle, runTextStart, runTextEnd);
        if (lineRuns.Count == 0)
        {
            var s = line.Start < line.End ? shaped.Styles[shaped.ClusterStyle[line.Start]] : shaped.DefaultStyle;
            ascent = s.Face.AscentEm * s.SizePt;
            descent = s.Face.DescentEm * s.SizePt;
        }

        string lineText = string.Empty;
        if (line.End > line.Start)
        {
            int start = shaped.Clusters[line.Start].Start;
            ref readonly var lastCluster = ref shaped.Clusters[line.End - 1];
            int end = lastCluster.Start + lastCluster.Length;
            if (end > start && text[end - 1] == LineFeed)
            {
                end--;
            }

            lineText = text.Substring(start, end - start);
        }

        return new LaidOutLine(Array.AsReadOnly(lineRuns.ToArray()), line.Width, ascent, descent, lineText)
        {
            IsWide = (line.Flags & (ParagraphLineFlags.Wide | ParagraphLineFlags.Loose)) != 0,
        };
    }

    private void FlushRun(ShapedParagraph shaped, int style, int textStart, int textEnd)
    {
        if (style < 0 || runGlyphs.Count == 0)
        {
            return;
        }

        var s = shaped.Styles[style];
        ImmutableArray<float>? y = null;
        foreach (float offset in runY)
        {
            if (offset != 0)
            {
                y = [.. runY];
                break;
            }
        }

        lineRuns.Add(new GlyphRun(s.Face, s.SizePt, s.Color, [.. runGlyphs], [.. runX], shaped.Text.Substring(textStart, textEnd - textStart), [.. runClusters])
        {
            Y = y,
            SyntheticBold = s.SyntheticBold,
            LinkTarget = s.LinkTarget,
        });
        runGlyphs.Clear();
        runX.Clear();
        runY.Clear();
        runClusters.Clear();
    }
}
