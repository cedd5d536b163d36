using System.Buffers;
using Bulletin.Docs.Layout.LineBreaking;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Paragraphs;

/// <summary>
/// Breaks a paragraph of measured clusters into lines and places every cluster, the way a Chinese
/// newspaper sets text: adjacent punctuation always compressed, a line-end mark set half-width,
/// ¼ em between Han and Latin; to fit, first squeeze, then push out and spread (clreq 先挤进，后推出;
/// docs/typography.md §2–§4). First-fit, one line at a time, O(clusters); when that leaves a 孤字
/// or a line spread more than <see cref="ParagraphOptions.MaxSpreadPerGap"/>, the breaks are
/// chosen for the whole paragraph together (<see cref="TotalFit"/>).
/// </summary>
internal static class ParagraphLayouter
{
    private const double Epsilon = 0.001;

    // Most a justified line spreads between two characters before it is set ragged instead, in em.
    private const double MaxSpreadEm = 1.0;

    // Most a too-long line closes up between two characters instead of compressing punctuation, in em.
    private const double MaxTrackingEm = 1.0 / 32;

    // Most a line of a paragraph set a line shorter than its best (negative looseness) closes up, in
    // em: GB/T 9704-2012 §7.3.5.5 lets character spacing be adjusted so a page takes what must come.
    // On its 28-character grid 1/32 em a gap is less than one character a line; 1/24 em is just over
    // one (27/24 em), and keeps a lone mark well over 15/16 em (clreq compresses no lone mark).
    private const double MaxShorterTrackingEm = 1.0 / 24;

    /// <summary>Lays out one paragraph.</summary>
    /// <param name="clusters">The paragraph's clusters in logical order.</param>
    /// <param name="breaks">For each cluster, whether a line may or must break before it (index 0 is ignored).</param>
    /// <param name="firstLineWidth">Width of the first line in points (the first-line indent already subtracted).</param>
    /// <param name="otherLinesWidth">Width of every other line in points.</param>
    /// <param name="alignment">How lines are aligned.</param>
    /// <param name="options">Rule switches; <see cref="ParagraphOptions.Default"/> when <c>null</c>.</param>
    public static ParagraphLines Layout(
        ReadOnlySpan<TextCluster> clusters,
        ReadOnlySpan<BreakAction> breaks,
        float firstLineWidth,
        float otherLinesWidth,
        TextAlignment alignment,
        ParagraphOptions? options = null)
    {
        if (breaks.Length != clusters.Length)
        {
            throw new ArgumentException($"Expected one break action per cluster ({clusters.Length}), got {breaks.Length}.", nameof(breaks));
        }

        options ??= ParagraphOptions.Default;
        double trackingEm = options.CloseUp ? MaxTrackingEm : 0;
        int n = clusters.Length;
        if (n == 0)
        {
            return new ParagraphLines([new ParagraphLine(0, 0, 0, 0, firstLineWidth, ParagraphLineFlags.Last, OverfullReason.None)], []);
        }

        var lines = ArrayPool<ParagraphLine>.Shared.Rent(n);
        // The metrics of first-fit's lines that IsPerfect measured, for SetLine when they are kept.
        var measured = ArrayPool<LineMetrics?>.Shared.Rent(n);
        try
        {
            int count = 0;
            for (int start = 0; start < n;)
            {
                float measure = count == 0 ? firstLineWidth : otherLinesWidth;
                bool trim = TrimsStart(clusters, start, count, options);
                lines[count] = FitLine(clusters, breaks, start, measure, trim, trackingEm);
                start = lines[count].End;
                count++;
            }

            var chosen = lines.AsSpan(0, count);
            var metrics = measured.AsSpan(0, count);
            metrics.Clear();
            if (options.TotalFit && !IsPerfect(clusters, chosen, alignment, options, metrics)
                && TotalFit.Break(clusters, breaks, firstLineWidth, otherLinesWidth, alignment, options, trackingEm) is { } total)
            {
                chosen = total;
                count = total.Length;
                metrics = default;
            }

            if (options.Looseness != 0
                && TotalFit.BreakInto(clusters, breaks, firstLineWidth, otherLinesWidth, alignment, options, trackingEm, count + options.Looseness, CloseUpEm(options)) is { } loosened)
            {
                chosen = loosened;
                count = loosened.Length;
                metrics = default;
            }

            chosen[count - 1] = chosen[count - 1] with { Flags = chosen[count - 1].Flags | ParagraphLineFlags.Last };
            var x = new float[n];
            var result = new ParagraphLine[count];
            for (int k = 0; k < count; k++)
            {
                result[k] = SetLine(clusters, chosen[k], TrimsStart(clusters, chosen[k].Start, k, options), alignment, options, x, k < metrics.Length ? metrics[k] : null);
            }

            return new ParagraphLines(result, x);
        }
        finally
        {
            ArrayPool<ParagraphLine>.Shared.Return(lines);
            ArrayPool<LineMetrics?>.Shared.Return(measured);
        }
    }

    /// <summary>Most a line of a paragraph laid out with <paramref name="options"/> closes its characters up, in em.</summary>
    private static double CloseUpEm(ParagraphOptions options) =>
        !options.CloseUp ? 0 : options.Looseness < 0 ? MaxShorterTrackingEm : MaxTrackingEm;

    // The paragraph's first line keeps the bracket's blank so it stays on the indent grid.
    private static bool TrimsStart(ReadOnlySpan<TextCluster> clusters, int start, int lineIndex, ParagraphOptions options) =>
        options.TrimOpeningBracketAtLineStart && lineIndex > 0 && clusters[start].Kind == ClusterKind.Opening;

    /// <summary>
    /// Finds where the line starting at <paramref name="start"/> ends: among the allowed breaks whose
    /// line can be squeezed into the measure, the one needing the least squeezing or stretching;
    /// on a tie the longer line (squeeze before push, clreq §3.8).
    /// </summary>
    private static ParagraphLine FitLine(ReadOnlySpan<TextCluster> clusters, ReadOnlySpan<BreakAction> breaks, int start, float measure, bool trimStart, double trackingEm)
    {
        int n = clusters.Length;
        double natural = 0, minimum = 0, trailingNatural = 0, trailingMinimum = 0, lastRightBlank = 0, lastFixedBlank = 0, gapBefore = 0;
        double bestBadness = double.PositiveInfinity;
        double tracking = trackingEm * clusters[start].EmSize;
        int gaps = 0, best = -1, insideAtomic = -1;
        var flags = ParagraphLineFlags.None;
        int end = start + 1;
        for (; end <= n; end++)
        {
            int i = end - 1;
            ref readonly var c = ref clusters[i];
            var sp = ClusterSpacing.Of(clusters, i);
            if (c.Kind == ClusterKind.Space)
            {
                float shrink = ClusterSpacing.SpaceShrink(c);
                natural += c.Advance;
                minimum += c.Advance - shrink;
                trailingNatural += c.Advance;
                trailingMinimum += c.Advance - shrink;
            }
            else
            {
                natural += gapBefore;
                minimum += 0.5 * gapBefore;
                float left = i == start && trimStart ? 0f : sp.Left;
                float body = sp.Body(c);
                natural += body + left + sp.Right;
                lastFixedBlank = sp.RightIsFixed ? sp.Right : 0;
                minimum += body + lastFixedBlank;
                trailingNatural = trailingMinimum = 0;
                lastRightBlank = sp.Right;
            }

            gapBefore = sp.GapAfter;
            if (i > start && ClusterSpacing.IsSpreadable(clusters[i - 1], c.Kind))
            {
                gaps++;
            }

            // Fits by giving up shrinkable blank and then, if need be, closing up every gap a hair (see SetLine).
            if (minimum - trailingMinimum - lastFixedBlank - gaps * tracking > measure + Epsilon)
            {
                break;
            }

            var action = end < n ? breaks[end] : BreakAction.Mandatory;
            if (action == BreakAction.None)
            {
                continue;
            }

            if (action == BreakAction.InsideAtomic)
            {
                insideAtomic = end;
                continue;
            }

            if (action == BreakAction.Mandatory)
            {
                best = end;
                flags = end < n ? ParagraphLineFlags.MandatoryBreak : ParagraphLineFlags.None;
                break;
            }

            // A soft hyphen shows its hyphen when the line ends there; ragged lines (a break
            // inside a URL) are measured by how much they leave empty.
            float hyphen = trailingNatural == 0 ? c.BreakAdvance : 0;
            if (hyphen > 0 && minimum - gaps * tracking + hyphen > measure + Epsilon)
            {
                continue;
            }

            double badness = Math.Abs(measure - (natural - trailingNatural - lastRightBlank + hyphen));
            if (badness <= bestBadness + Epsilon)
            {
                bestBadness = badness;
                best = end;
            }
        }

        if (best >= 0)
        {
            return new ParagraphLine(start, best, 0, 0, measure, flags, OverfullReason.None);
        }

        // An atomic span (a dateline) wider than the line breaks where the rules allow, so no line
        // ends with an opening bracket nor starts with a closing one (clreq §3.1.7, GB/T 15834).
        if (insideAtomic > start)
        {
            return new ParagraphLine(start, insideAtomic, 0, 0, measure, ParagraphLineFlags.None, OverfullReason.None);
        }

        // No allowed break fits: a word or URL wider than the line. Break at the last cluster
        // boundary that fits (docs/typography.md §1, last resort), but not inside ——/…….
        int fit = end - 1;
        if (fit <= start)
        {
            return new ParagraphLine(start, start + 1, 0, 0, measure, ParagraphLineFlags.None, OverfullReason.ClusterWiderThanMeasure);
        }

        if (fit - 1 > start && clusters[fit - 1].Kind == clusters[fit].Kind && clusters[fit].Kind is ClusterKind.Dash or ClusterKind.Ellipsis)
        {
            fit--;
        }

        return new ParagraphLine(start, fit, 0, 0, measure, ParagraphLineFlags.None, OverfullReason.BrokeInsideUnbreakableRun);
    }

    /// <summary>
    /// Whether first-fit's lines need no second look: none overfull, no 孤字 ending a paragraph or
    /// hard-broken segment, and no justified line spread more than <see cref="ParagraphOptions.MaxSpreadPerGap"/>.
    /// The metrics of each justified line it looks at go into <paramref name="metrics"/>.
    /// </summary>
    private static bool IsPerfect(ReadOnlySpan<TextCluster> clusters, ReadOnlySpan<ParagraphLine> lines, TextAlignment alignment, ParagraphOptions options, Span<LineMetrics?> metrics)
    {
        for (int k = 0; k < lines.Length; k++)
        {
            var line = lines[k];
            if (line.Overfull != OverfullReason.None)
            {
                return false;
            }

            bool endsSegment = k == lines.Length - 1 || (line.Flags & ParagraphLineFlags.MandatoryBreak) != 0;
            if (endsSegment && options.AvoidSingleCharacterLastLine && k > 0 && (lines[k - 1].Flags & ParagraphLineFlags.MandatoryBreak) == 0
                && IsSingleHanCharacter(clusters, line.Start, line.End))
            {
                return false;
            }

            bool justify = (alignment == TextAlignment.Distribute || (alignment == TextAlignment.Justify && !endsSegment))
                && !ClusterSpacing.EndsInsideWord(clusters, line.End);
            if (justify)
            {
                var m = LineMetrics.Of(clusters, line.Start, line.End, TrimsStart(clusters, line.Start, k, options));
                metrics[k] = m;
                double rest = line.Measure - m.Natural - m.SpaceStretch - m.GapStretch;
                // A line of one word or URL is set ragged (see SetLine), but is as loose as letter-spacing it would be.
                int points = m.SpreadableGaps > 0 ? m.SpreadableGaps : m.InnerSpaces > 0 ? m.InnerSpaces : m.AnyGaps;
                if (rest > Epsilon && (points == 0 || rest / points > options.MaxSpreadPerGap * clusters[line.Start].EmSize + Epsilon))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The gaps of the line [<paramref name="start"/>, <paramref name="last"/>] that close up once every mark is squeezed: not those before an opening bracket.</summary>
    private static int CloseUpGaps(ReadOnlySpan<TextCluster> clusters, int start, int last)
    {
        int count = 0;
        for (int i = start; i < last; i++)
        {
            count += ClusterSpacing.IsSpreadable(clusters[i], clusters[i + 1].Kind) && clusters[i + 1].Kind != ClusterKind.Opening ? 1 : 0;
        }

        return count;
    }

    /// <summary>Whether the clusters hold exactly one character that is not punctuation or space, and it is Han.</summary>
    internal static bool IsSingleHanCharacter(ReadOnlySpan<TextCluster> clusters, int start, int end)
    {
        int content = 0;
        bool han = false;
        for (int i = start; i < end; i++)
        {
            var kind = clusters[i].Kind;
            if (kind is ClusterKind.Space or ClusterKind.Opening or ClusterKind.Closing or ClusterKind.Comma
                or ClusterKind.Colon or ClusterKind.Period or ClusterKind.MiddleDot)
            {
                continue;
            }

            content++;
            han = kind == ClusterKind.Han;
        }

        return content == 1 && han;
    }

    /// <summary>
    /// Places the clusters of one line: shrink in class order, or stretch spaces, gaps, then every
    /// character. <paramref name="measured"/>: the line's metrics when IsPerfect already took them
    /// (they depend only on its clusters and <paramref name="trimStart"/>).
    /// </summary>
    private static ParagraphLine SetLine(ReadOnlySpan<TextCluster> clusters, ParagraphLine line, bool trimStart, TextAlignment alignment, ParagraphOptions options, float[] x, LineMetrics? measured)
    {
        int start = line.Start, end = line.End;
        var m = measured ?? LineMetrics.Of(clusters, start, end, trimStart);
        bool endsSegment = (line.Flags & (ParagraphLineFlags.Last | ParagraphLineFlags.MandatoryBreak)) != 0;
        bool justify = (alignment == TextAlignment.Distribute || (alignment == TextAlignment.Justify && !endsSegment))
            && !ClusterSpacing.EndsInsideWord(clusters, end);
        var flags = line.Flags;

        var shrunk = default(ShrinkAmounts); // per class, the fraction of its shrinkable amount given up
        double spaceStretch = 0, gapStretch = 0, perGap = 0, perSpace = 0;
        bool spreadAll = false;
        int closeUpGaps = 0; // > 0 when the characters close up after every mark was squeezed
        double trackingEm = options.CloseUp ? MaxTrackingEm : 0;
        double closeUpEm = CloseUpEm(options);
        double delta = line.Measure - m.Natural;
        double em = clusters[start].EmSize;
        if (delta < -Epsilon)
        {
            double need = -delta;
            if (m.SpreadableGaps > 0 && need / m.SpreadableGaps <= trackingEm * em)
            {
                // A fraction of an em too long (a measure that is not a whole number of characters, like
                // GB/T 9704's 28 per 156 mm): set the characters a hair closer, as a character grid does,
                // rather than leave one mark partly compressed, which reads as a Western ", ".
                perGap = -need / m.SpreadableGaps;
            }
            else
            {
                for (int k = 0; k < ShrinkAmounts.Length && need > 0; k++)
                {
                    double take = Math.Min(m.Shrink[k], need);
                    shrunk[k] = take > 0 ? take / m.Shrink[k] : 0;
                    need -= take;
                }

                if (need > Epsilon && m.SpreadableGaps > 0)
                {
                    // Every mark that may give up blank has: close the characters up by the rest
                    // (a 孤字 pulled up by squeezing, clreq §3.8), but not before an opening bracket:
                    // having given up its leading blank it starts where that blank began, and closing
                    // up there as well could set it left of a narrow mark or letter before it.
                    closeUpGaps = CloseUpGaps(clusters, start, m.LastVisible);
                    perGap = closeUpGaps > 0 ? -Math.Min(need, closeUpEm * em * m.SpreadableGaps) / closeUpGaps : 0;
                }
            }

            flags |= ParagraphLineFlags.Squeezed;
        }
        else if (justify && delta > Epsilon)
        {
            double take = Math.Min(m.SpaceStretch, delta);
            spaceStretch = take > 0 ? take / m.SpaceStretch : 0;
            delta -= take;
            take = Math.Min(m.GapStretch, delta);
            gapStretch = take > 0 ? take / m.GapStretch : 0;
            delta -= take;
            if (delta > Epsilon)
            {
                if (m.SpreadableGaps > 0)
                {
                    perGap = delta / m.SpreadableGaps;
                }
                else if (m.InnerSpaces > 0)
                {
                    perSpace = delta / m.InnerSpaces;
                }
                else if (alignment == TextAlignment.Distribute && m.AnyGaps > 0)
                {
                    perGap = delta / m.AnyGaps;
                    spreadAll = true;
                }
                else if (m.AnyGaps > 0)
                {
                    // Nothing but one word, number or URL (or a soft-hyphenated piece of one): set
                    // ragged rather than letter-spaced, as a line broken inside a URL is; flagged
                    // when letter-spacing would have been loose, as total fit counts it.
                    justify = false;
                    if (delta / m.AnyGaps > options.MaxSpreadPerGap * em + Epsilon)
                    {
                        flags |= ParagraphLineFlags.Wide;
                    }
                }
            }

            if (alignment != TextAlignment.Distribute && (perGap > MaxSpreadEm * em || perSpace > MaxSpreadEm * em))
            {
                // Two characters and an unbreakable URL pushed down would stand ems apart: ragged is
                // the lesser evil (docs/typography.md §3 has no rule for it; flagged for review).
                spaceStretch = gapStretch = perGap = perSpace = 0;
                spreadAll = false;
                justify = false;
                flags |= ParagraphLineFlags.Loose;
            }
            else if (justify)
            {
                flags |= ParagraphLineFlags.Stretched;
                if (perGap > options.MaxSpreadPerGap * em + Epsilon || perSpace > options.MaxSpreadPerGap * em + Epsilon)
                {
                    flags |= ParagraphLineFlags.Wide;
                }
            }
        }

        double pen = 0;
        int last = m.LastVisible;
        for (int i = start; i <= last; i++)
        {
            ref readonly var c = ref clusters[i];
            var sp = ClusterSpacing.Of(clusters, i);
            if (c.Kind == ClusterKind.Space)
            {
                x[i] = (float)pen;
                pen += c.Advance - shrunk[(int)ShrinkClass.WordSpace] * ClusterSpacing.SpaceShrink(c)
                    + spaceStretch * ClusterSpacing.SpaceStretch(c) + perSpace;
            }
            else
            {
                double left = i == start && trimStart ? 0 : sp.Left * (1 - shrunk[(int)ClusterSpacing.LeftClass(c.Kind)]);
                double right = i == last ? 0 : sp.RightIsFixed ? sp.Right : sp.Right * (1 - shrunk[(int)ClusterSpacing.RightClass(c.Kind)]);
                x[i] = (float)(pen + left - sp.RawLeft);
                pen += left + sp.Body(c) + right;
            }

            if (i < last)
            {
                pen += sp.GapAfter * (1 - 0.5 * shrunk[(int)ShrinkClass.HanLatinGap] + gapStretch);
                var next = clusters[i + 1].Kind;
                if (perGap != 0 && (spreadAll ? ClusterSpacing.IsSpreadableAtAll(c.Kind, next) : ClusterSpacing.IsSpreadable(c, next))
                    && !(closeUpGaps > 0 && next == ClusterKind.Opening))
                {
                    pen += perGap;
                }
            }
        }

        if (last == end - 1 && last >= start && end < clusters.Length)
        {
            pen += clusters[last].BreakAdvance; // a soft hyphen's hyphen, drawn at its origin
        }

        for (int i = last + 1; i < end; i++)
        {
            x[i] = (float)pen;
        }

        double offset = alignment switch
        {
            TextAlignment.Center when !justify => 0.5 * (line.Measure - pen),
            TextAlignment.End when !justify => line.Measure - pen,
            _ => 0,
        };
        if (offset != 0)
        {
            for (int i = start; i < end; i++)
            {
                x[i] += (float)offset;
            }
        }

        return line with { Offset = (float)offset, Width = (float)pen, Flags = flags };
    }
}
