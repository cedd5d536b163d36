using Bulletin.Docs.Layout;
using Bulletin.Docs.Layout.Paragraphs;

namespace Bulletin.Docs.Tests.Quality;

/// <summary>
/// One laid-out line read back from its glyph runs, the way an editor reads the page: each
/// cluster's text, glyph origin, em and natural advance (the font's advances plus the role's
/// tracking), in order. Independent of the layouter's own line facts except <see cref="LaidOutLine.IsWide"/>,
/// the flag the counts exempt.
/// </summary>
internal sealed class SetLine
{
    private readonly List<Cluster> clusters = [];

    /// <param name="line">The line.</param>
    /// <param name="isParagraphEnd">Whether it is the last line of its paragraph (set start-aligned, never spread).</param>
    /// <param name="trackingPt">The letter spacing the theme gives the line's role, in pt (GB/T 9704's −¼ pt grid tracking).</param>
    public SetLine(LaidOutLine line, bool isParagraphEnd, double trackingPt = 0)
    {
        Line = line;
        IsParagraphEnd = isParagraphEnd;
        TrackingPt = trackingPt;
        foreach (var run in line.Runs)
        {
            var kerned = LatinAdvances(run);
            for (int g = 0; g < run.GlyphIds.Length; g++)
            {
                double advance = kerned?[g] ?? run.Font.AdvanceOf(run.GlyphIds[g]) * (double)run.SizePt / run.Font.UnitsPerEm;
                if (g > 0 && run.Clusters[g] == run.Clusters[g - 1])
                {
                    clusters[^1] = clusters[^1] with { Advance = clusters[^1].Advance + advance };
                    continue;
                }

                int start = run.Clusters[g];
                int end = NextCluster(run.Clusters, g, run.Text.Length);
                string text = run.Text[start..end];
                clusters.Add(new Cluster(text, run.X[g], run.SizePt, advance, Kind(text)));
            }
        }
    }

    /// <summary>
    /// For each glyph of a run's stretches of ASCII letters, digits and symbols (soft hyphens inside
    /// them included; symbols before the first letter or digit, which the layout shapes with the
    /// Han text before them, left out), the advance HarfBuzz gives it when the stretch is shaped on its own as Latin
    /// text with kerning on, as the layout shapes it; <c>null</c> where the run has none, or where
    /// shaping gives other glyphs than the line shows (the nominal advance is used there).
    /// </summary>
    private static double?[]? LatinAdvances(GlyphRun run)
    {
        double?[]? result = null;
        for (int start = 0; start < run.Text.Length;)
        {
            if (!char.IsAsciiLetterOrDigit(run.Text[start]))
            {
                start++;
                continue;
            }

            int end = start;
            while (end < run.Text.Length && IsLatinText(run.Text[end]))
            {
                end++;
            }

            var glyphs = Enumerable.Range(0, run.GlyphIds.Length).Where(g => run.Clusters[g] >= start && run.Clusters[g] < end).ToArray();
            using var buffer = new HarfBuzzSharp.Buffer();
            buffer.AddUtf16(run.Text.AsSpan(), start, end - start);
            buffer.Direction = HarfBuzzSharp.Direction.LeftToRight;
            buffer.Script = HarfBuzzSharp.Script.Latin;
            buffer.Language = new HarfBuzzSharp.Language("en");
            buffer.ClusterLevel = HarfBuzzSharp.ClusterLevel.MonotoneGraphemes;
            run.Font.HarfBuzzFont.Shape(buffer);
            var infos = buffer.GlyphInfos;
            var positions = buffer.GlyphPositions;
            // Glyphs of the stretch as shaped, matched in order to the run's (a soft hyphen the line
            // does not break at may show no glyph, or one of no width).
            int k = 0;
            foreach (int g in glyphs)
            {
                while (k < infos.Length && infos[k].Codepoint != run.GlyphIds[g])
                {
                    k++;
                }

                if (k == infos.Length)
                {
                    break;
                }

                result ??= new double?[run.GlyphIds.Length];
                result[g] = positions[k].XAdvance * (double)run.SizePt / run.Font.UnitsPerEm;
                k++;
            }

            start = end;
        }

        return result;
    }

    private static bool IsLatinText(char c) => c is > ' ' and <= '~' or '\u00AD';

    private readonly record struct Cluster(string Text, float X, float Em, double Advance, ClusterKind Kind);

    public LaidOutLine Line { get; }

    public bool IsParagraphEnd { get; }

    public double TrackingPt { get; }

    public int Count => clusters.Count;

    /// <summary>The text the glyphs show, cluster by cluster.</summary>
    public string Text => string.Concat(clusters.Select(c => c.Text));

    /// <summary>
    /// The lone <c>，、；：。？！</c> between two characters (no mark, bracket or quote beside it, not
    /// the line's last) that are set narrower than 15/16 em from their own origin to the next
    /// cluster's: a mark squeezed into reading as a Latin comma.
    /// </summary>
    public IEnumerable<string> CompressedLoneMarks()
    {
        for (int i = 1; i + 1 < clusters.Count; i++)
        {
            if (IsLoneMark(i))
            {
                float advance = clusters[i + 1].X - clusters[i].X;
                if (advance < clusters[i].Em * 15 / 16)
                {
                    yield return $"{Context(i)} ({advance / clusters[i].Em:F2} em)";
                }
            }
        }
    }

    /// <summary>How many lone mid-line <c>，、；：。？！</c> the line has.</summary>
    public int LoneMarks() => Enumerable.Range(1, Math.Max(0, clusters.Count - 2)).Count(IsLoneMark);

    /// <summary>
    /// Every adjustment point of the line with the space added there beyond the natural setting, in
    /// em: between two characters (natural 0), at a Han–Latin gap (natural ¼ em) and at a word space
    /// (natural: the space's own advance). Letters of one word or URL are not adjustment points (see
    /// <see cref="SpreadLetters"/>); neither is the gap inside <c>——</c>/<c>……</c> nor around the interpunct,
    /// whose 1 em box the layouter centres the narrow glyph in.
    /// </summary>
    public IEnumerable<(string Where, string Kind, double ExtraEm)> AdjustmentPoints()
    {
        for (int i = 0; i + 1 < clusters.Count; i++)
        {
            var a = clusters[i];
            var b = clusters[i + 1];
            if (a.Kind == ClusterKind.MiddleDot || b.Kind == ClusterKind.MiddleDot || (ClusterSpacing.IsWordPart(a.Kind) && ClusterSpacing.IsWordPart(b.Kind))
                || (a.Kind == b.Kind && a.Kind is ClusterKind.Dash or ClusterKind.Ellipsis) || b.Kind == ClusterKind.Space)
            {
                continue;
            }

            if (a.Kind == ClusterKind.Space)
            {
                if (i > 0)
                {
                    yield return (Context(i), "word space", (Excess(i) + a.Advance) / a.Em - 0.5); // spaces stretch to ½ em first
                }

                continue;
            }

            bool hanLatin = (a.Kind == ClusterKind.Han && IsLatinOrDigit(b.Kind)) || (IsLatinOrDigit(a.Kind) && b.Kind == ClusterKind.Han);
            double em = hanLatin && a.Kind != ClusterKind.Han ? b.Em : a.Em;
            yield return hanLatin
                ? (Context(i), "Han–Latin gap", (Excess(i) / em) - 0.5) // the gap widens from ¼ to ½ em before characters spread
                : (Context(i), "between characters", Excess(i) / em);
        }
    }

    /// <summary>
    /// Letters, digits and symbols of one word, number or URL set further apart than their advances
    /// by more than 1/100 em (what the font's kerning may add).
    /// </summary>
    public IEnumerable<string> SpreadLetters()
    {
        for (int i = 0; i + 1 < clusters.Count; i++)
        {
            // The hyphen a soft hyphen shows at a line end stands where the shaped word put the
            // next letter, after any kerning with it.
            if (ClusterSpacing.IsWordPart(clusters[i].Kind) && ClusterSpacing.IsWordPart(clusters[i + 1].Kind) && clusters[i + 1].Text != "\u00AD"
                && Excess(i) > 0.01 * clusters[i].Em)
            {
                yield return $"{Context(i)} (+{Excess(i) / clusters[i].Em:F3} em)";
            }
        }
    }

    /// <summary>
    /// The space between cluster <paramref name="i"/> and the next beyond the first's natural advance
    /// (the font's plus the role's tracking), in pt: negative where a mark was compressed.
    /// </summary>
    public double Excess(int i) => clusters[i + 1].X - clusters[i].X - clusters[i].Advance - TrackingPt;

    /// <summary>The text of cluster <paramref name="i"/>.</summary>
    public string ClusterText(int i) => clusters[i].Text;

    /// <summary>The text of the line's last cluster.</summary>
    public string LastClusterText => clusters.Count == 0 ? "" : clusters[^1].Text;

    /// <summary>Whether the line shows one Han character and nothing else but punctuation (a 孤字).</summary>
    public bool IsSingleHanCharacter()
    {
        int han = 0, other = 0;
        foreach (var c in clusters)
        {
            if (c.Kind == ClusterKind.Han && c.Text != "\u3000")
            {
                han++;
            }
            else if (!(IsMark(c.Kind) || c.Text.Trim().Length == 0 || c.Kind is ClusterKind.MiddleDot or ClusterKind.Space))
            {
                other++;
            }
        }

        return han == 1 && other == 0;
    }

    private bool IsLoneMark(int i) =>
        i > 0 && i + 1 < clusters.Count && clusters[i].Kind is ClusterKind.Comma or ClusterKind.Colon or ClusterKind.Period
        && !IsMark(clusters[i - 1].Kind) && !IsMark(clusters[i + 1].Kind);

    private static ClusterKind Kind(string cluster) => cluster.Length == 0 ? ClusterKind.Other : ClusterKinds.Of(char.ConvertToUtf32(cluster, 0));

    private static bool IsLatinOrDigit(ClusterKind kind) => kind is ClusterKind.Latin or ClusterKind.Digit;

    private static bool IsMark(ClusterKind kind) =>
        kind is ClusterKind.Opening or ClusterKind.Closing or ClusterKind.Comma or ClusterKind.Colon or ClusterKind.Period;

    private string Context(int i) =>
        string.Concat(clusters.Skip(Math.Max(0, i - 3)).Take(7).Select(c => c.Text));

    private static int NextCluster(System.Collections.Immutable.ImmutableArray<int> clusterStarts, int g, int textLength)
    {
        for (int h = g + 1; h < clusterStarts.Length; h++)
        {
            if (clusterStarts[h] != clusterStarts[g])
            {
                return clusterStarts[h];
            }
        }

        return textLength;
    }
}
