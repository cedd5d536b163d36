using System.Buffers;
using Bulletin.Docs.Layout.LineBreaking;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Paragraphs;

/// <summary>
/// Total-fit line breaking: the breaks of a whole paragraph chosen together to minimise the sum of
/// each line's demerits, the method of Knuth and Plass ("Breaking paragraphs into lines", 1981) that
/// TeX and Typst use, over our break opportunities (UAX #14 tailored for clreq) and our adjustment
/// order (compression, then Han–Latin gaps and word spaces, then inter-character space). A line
/// spread more than <see cref="ParagraphOptions.MaxSpreadPerGap"/> per gap, a 孤字 last line and a
/// break inside a Latin word or URL cost far more than any ordinary line, so they are chosen only
/// when nothing else fits. O(clusters × clusters per line), with per-cluster prefix sums.
/// </summary>
internal sealed class TotalFit
{
    // Demerits of the faults an editor sends back, far above any ordinary line's (10 + badness)².
    private const double SingleCharacterLastLine = 1e11;
    private const double WideLine = 1e9;
    private const double CannotFill = 1e10;
    private const double BreakInsideWord = 1e5;
    private const double LinePenalty = 10;
    private const double Epsilon = 0.001;

    private readonly double[] natural, shrink, spaceStretch, gapStretch;
    private readonly int[] spreadable, anyGaps, spaces, lastVisible;

    // Per cluster: the right blank, what of it may shrink, the Han–Latin gap after it, the left blank.
    private readonly float[] right, rightShrink, gapAfter, left;

    /// <summary>Most a line closes up once every mark has given up its blank, in em (at least the tracking tried first).</summary>
    private double closeUpEm;

    private TotalFit(int n)
    {
        natural = ArrayPool<double>.Shared.Rent(n + 1);
        shrink = ArrayPool<double>.Shared.Rent(n + 1);
        spaceStretch = ArrayPool<double>.Shared.Rent(n + 1);
        gapStretch = ArrayPool<double>.Shared.Rent(n + 1);
        spreadable = ArrayPool<int>.Shared.Rent(n + 1);
        anyGaps = ArrayPool<int>.Shared.Rent(n + 1);
        spaces = ArrayPool<int>.Shared.Rent(n + 1);
        lastVisible = ArrayPool<int>.Shared.Rent(n);
        right = ArrayPool<float>.Shared.Rent(n);
        rightShrink = ArrayPool<float>.Shared.Rent(n);
        gapAfter = ArrayPool<float>.Shared.Rent(n);
        left = ArrayPool<float>.Shared.Rent(n);
    }

    private void Return()
    {
        ArrayPool<double>.Shared.Return(natural);
        ArrayPool<double>.Shared.Return(shrink);
        ArrayPool<double>.Shared.Return(spaceStretch);
        ArrayPool<double>.Shared.Return(gapStretch);
        ArrayPool<int>.Shared.Return(spreadable);
        ArrayPool<int>.Shared.Return(anyGaps);
        ArrayPool<int>.Shared.Return(spaces);
        ArrayPool<int>.Shared.Return(lastVisible);
        ArrayPool<float>.Shared.Return(right);
        ArrayPool<float>.Shared.Return(rightShrink);
        ArrayPool<float>.Shared.Return(gapAfter);
        ArrayPool<float>.Shared.Return(left);
    }

    /// <summary>
    /// The lines (start, end and mandatory-break flag; positions not set) of the best breaking, or
    /// <c>null</c> when some stretch of the paragraph fits no line (an unbreakable run wider than
    /// the measure): first-fit's last-resort breaks handle those.
    /// </summary>
    public static ParagraphLine[]? Break(
        ReadOnlySpan<TextCluster> clusters,
        ReadOnlySpan<BreakAction> breaks,
        float firstLineWidth,
        float otherLinesWidth,
        TextAlignment alignment,
        ParagraphOptions options,
        double trackingEm)
    {
        int n = clusters.Length;
        var fit = new TotalFit(n) { closeUpEm = trackingEm };
        var cost = ArrayPool<double>.Shared.Rent(n + 1);
        var from = ArrayPool<int>.Shared.Rent(n + 1);
        try
        {
            fit.Measure(clusters);
            return fit.Run(clusters, breaks, firstLineWidth, otherLinesWidth, alignment, options, trackingEm, cost, from);
        }
        finally
        {
            fit.Return();
            ArrayPool<double>.Shared.Return(cost);
            ArrayPool<int>.Shared.Return(from);
        }
    }

    /// <summary>
    /// The lines of the best breaking into exactly <paramref name="lineCount"/> lines in which no
    /// line is a fault (spread more than <see cref="ParagraphOptions.MaxSpreadPerGap"/> per gap,
    /// a 孤字 last line, a break inside a word, a line that cannot be filled), or <c>null</c> when
    /// there is none: TeX's \looseness, asked for a line count rather than a difference, so a page
    /// that would end short can be filled by setting a paragraph a line longer (or shorter) within
    /// the same rules as every other line; a line may close up by <paramref name="closeUpEm"/> a gap
    /// once its marks have given up their blank. O(clusters × clusters per line × lines) at most; a
    /// justified line too short to be anything but too loose is not weighed (<paramref name="prune"/>,
    /// false only to check that pruning changes nothing), and a start only extends the line counts it
    /// can be reached in, so in practice O(clusters × the few starts of a nearly full line × the few
    /// counts a break can be reached in).
    /// </summary>
    public static ParagraphLine[]? BreakInto(
        ReadOnlySpan<TextCluster> clusters,
        ReadOnlySpan<BreakAction> breaks,
        float firstLineWidth,
        float otherLinesWidth,
        TextAlignment alignment,
        ParagraphOptions options,
        double trackingEm,
        int lineCount,
        double closeUpEm = 0,
        bool prune = true)
    {
        int n = clusters.Length;
        if (lineCount < 1 || lineCount > n)
        {
            return null;
        }

        var fit = new TotalFit(n) { closeUpEm = Math.Max(trackingEm, closeUpEm) };
        int stride = lineCount + 1;
        var cost = ArrayPool<double>.Shared.Rent((n + 1) * stride);
        var from = ArrayPool<int>.Shared.Rent((n + 1) * stride);
        var fewest = ArrayPool<int>.Shared.Rent(n + 1);
        var most = ArrayPool<int>.Shared.Rent(n + 1);
        var reach = ArrayPool<double>.Shared.Rent(n + 1);
        try
        {
            fit.Measure(clusters);
            double shortest = fit.Reach(clusters, options, reach, Math.Min(firstLineWidth, otherLinesWidth));
            if (!prune)
            {
                shortest = double.NegativeInfinity;
            }

            return fit.RunCounted(clusters, breaks, firstLineWidth, otherLinesWidth, alignment, options, trackingEm, lineCount, cost, from, fewest, most, reach, shortest);
        }
        finally
        {
            fit.Return();
            ArrayPool<double>.Shared.Return(cost);
            ArrayPool<int>.Shared.Return(from);
            ArrayPool<int>.Shared.Return(fewest);
            ArrayPool<int>.Shared.Return(most);
            ArrayPool<double>.Shared.Return(reach);
        }
    }

    /// <summary>
    /// The dynamic programme of <see cref="Run"/> with the number of lines as a second index: cost[b, k]
    /// is the least demerits of k lines ending at b. <paramref name="fewest"/>[b] and <paramref name="most"/>[b]
    /// bound the k for which it is finite, so a line from a only extends the counts a can be reached in
    /// (an unreachable count stays infinite whatever is added to it). A justified line whose
    /// <paramref name="reach"/> falls short of <paramref name="shortest"/> is not even weighed: it could only
    /// be too loose, a fault (<see cref="Reach"/>).
    /// </summary>
    private ParagraphLine[]? RunCounted(
        ReadOnlySpan<TextCluster> clusters,
        ReadOnlySpan<BreakAction> breaks,
        float firstLineWidth,
        float otherLinesWidth,
        TextAlignment alignment,
        ParagraphOptions options,
        double trackingEm,
        int lineCount,
        double[] cost,
        int[] from,
        int[] fewest,
        int[] most,
        double[] reach,
        double shortest)
    {
        int n = clusters.Length;
        int stride = lineCount + 1;
        cost.AsSpan(0, (n + 1) * stride).Fill(double.PositiveInfinity);
        fewest.AsSpan(0, n + 1).Fill(stride);
        most.AsSpan(0, n + 1).Fill(-1);
        cost[0] = 0;
        fewest[0] = most[0] = 0;
        int segmentStart = 0;
        int longest = 0; // the last start whose line to b reaches shortest, if any does
        for (int b = 1; b <= n; b++)
        {
            var action = b < n ? breaks[b] : BreakAction.Mandatory;
            if (action is BreakAction.None or BreakAction.InsideAtomic)
            {
                continue;
            }

            while (longest + 1 < b && reach[b] - reach[longest + 1] >= shortest)
            {
                longest++;
            }

            bool justify = (alignment == TextAlignment.Distribute || (alignment == TextAlignment.Justify && action != BreakAction.Mandatory))
                && !ClusterSpacing.EndsInsideWord(clusters, b);
            int first = !justify ? b - 1 : reach[b] - reach[longest] >= shortest ? Math.Min(longest, b - 1) : -1;
            for (int a = first; a >= segmentStart; a--)
            {
                if (a > 0 && breaks[a] is BreakAction.None or BreakAction.InsideAtomic)
                {
                    continue;
                }

                double d = Demerits(clusters, a, b, segmentStart, a == 0 ? firstLineWidth : otherLinesWidth, action == BreakAction.Mandatory, alignment, options, trackingEm);
                if (double.IsNaN(d))
                {
                    break; // too long, and an earlier start is only longer
                }

                if (d >= BreakInsideWord)
                {
                    continue; // a fault: looseness never buys a line with one
                }

                int last = Math.Min(lineCount, most[a] + 1);
                for (int k = fewest[a] + 1; k <= last; k++)
                {
                    double before = cost[(a * stride) + k - 1];
                    if (before + d < cost[(b * stride) + k])
                    {
                        cost[(b * stride) + k] = before + d;
                        from[(b * stride) + k] = a;
                        fewest[b] = Math.Min(fewest[b], k);
                        most[b] = Math.Max(most[b], k);
                    }
                }
            }

            if (action == BreakAction.Mandatory)
            {
                segmentStart = b;
            }
        }

        if (double.IsPositiveInfinity(cost[(n * stride) + lineCount]))
        {
            return null;
        }

        var lines = new ParagraphLine[lineCount];
        for (int b = n, k = lineCount; k > 0; k--)
        {
            int a = from[(b * stride) + k];
            var flags = b < n && breaks[b] == BreakAction.Mandatory ? ParagraphLineFlags.MandatoryBreak : ParagraphLineFlags.None;
            lines[k - 1] = new ParagraphLine(a, b, 0, 0, a == 0 ? firstLineWidth : otherLinesWidth, flags, OverfullReason.None);
            b = a;
        }

        return lines;
    }

    private ParagraphLine[]? Run(
        ReadOnlySpan<TextCluster> clusters,
        ReadOnlySpan<BreakAction> breaks,
        float firstLineWidth,
        float otherLinesWidth,
        TextAlignment alignment,
        ParagraphOptions options,
        double trackingEm,
        double[] cost,
        int[] from)
    {
        int n = clusters.Length;
        cost.AsSpan(0, n + 1).Fill(double.PositiveInfinity);
        cost[0] = 0;
        int segmentStart = 0;
        for (int b = 1; b <= n; b++)
        {
            var action = b < n ? breaks[b] : BreakAction.Mandatory;
            if (action is BreakAction.None or BreakAction.InsideAtomic)
            {
                continue;
            }

            for (int a = b - 1; a >= segmentStart; a--)
            {
                if (a > 0 && breaks[a] is BreakAction.None or BreakAction.InsideAtomic)
                {
                    continue;
                }

                double d = Demerits(clusters, a, b, segmentStart, a == 0 ? firstLineWidth : otherLinesWidth, action == BreakAction.Mandatory, alignment, options, trackingEm);
                if (double.IsNaN(d))
                {
                    break; // too long, and an earlier start is only longer
                }

                if (cost[a] + d < cost[b])
                {
                    cost[b] = cost[a] + d;
                    from[b] = a;
                }
            }

            if (action == BreakAction.Mandatory)
            {
                if (double.IsPositiveInfinity(cost[b]))
                {
                    return null;
                }

                segmentStart = b;
            }
        }

        int count = 0;
        for (int b = n; b > 0; b = from[b])
        {
            count++;
        }

        var lines = new ParagraphLine[count];
        for (int b = n, k = count - 1; b > 0; b = from[b], k--)
        {
            int a = from[b];
            var flags = b < n && breaks[b] == BreakAction.Mandatory ? ParagraphLineFlags.MandatoryBreak : ParagraphLineFlags.None;
            lines[k] = new ParagraphLine(a, b, 0, 0, a == 0 ? firstLineWidth : otherLinesWidth, flags, OverfullReason.None);
        }

        return lines;
    }

    /// <summary>Prefix sums of what every cluster adds to a line's width, shrink and stretch.</summary>
    private void Measure(ReadOnlySpan<TextCluster> clusters)
    {
        int n = clusters.Length;
        for (int i = 0; i < n; i++)
        {
            ref readonly var c = ref clusters[i];
            var sp = ClusterSpacing.Of(clusters, i);
            double w, s, ss = 0;
            int space = 0;
            if (c.Kind == ClusterKind.Space)
            {
                w = c.Advance;
                s = ClusterSpacing.SpaceShrink(c);
                ss = ClusterSpacing.SpaceStretch(c);
                space = 1;
                lastVisible[i] = i > 0 ? lastVisible[i - 1] : -1;
            }
            else
            {
                w = sp.Left + sp.Body(c) + sp.Right;
                s = sp.Left + (sp.RightIsFixed ? 0 : sp.Right);
                lastVisible[i] = i;
            }

            right[i] = sp.Right;
            rightShrink[i] = sp.RightIsFixed ? 0 : sp.Right;
            gapAfter[i] = sp.GapAfter;
            left[i] = sp.Left;
            w += sp.GapAfter;
            s += 0.5 * sp.GapAfter;
            bool hasNext = i + 1 < n;
            natural[i + 1] = natural[i] + w;
            shrink[i + 1] = shrink[i] + s;
            spaceStretch[i + 1] = spaceStretch[i] + ss;
            gapStretch[i + 1] = gapStretch[i] + sp.GapAfter;
            spreadable[i + 1] = spreadable[i] + (hasNext && ClusterSpacing.IsSpreadable(c, clusters[i + 1].Kind) ? 1 : 0);
            anyGaps[i + 1] = anyGaps[i] + (hasNext && ClusterSpacing.IsSpreadableAtAll(c.Kind, clusters[i + 1].Kind) ? 1 : 0);
            spaces[i + 1] = spaces[i] + space;
        }
    }

    /// <summary>
    /// Fills <paramref name="reach"/> (after <see cref="Measure"/>) with prefix sums of the most each
    /// cluster can add to a justified line's width, its stretch and its room to spread
    /// (<see cref="ParagraphOptions.MaxSpreadPerGap"/> a gap), and returns how much of that a line must
    /// reach not to be a fault on a measure of <paramref name="measure"/>: a justified line [a, b) with
    /// reach[b] − reach[a] below it is too loose (<see cref="Demerits"/>: <see cref="WideLine"/> or
    /// <see cref="CannotFill"/>) whatever it holds. Every bound is taken generously (absolute values, the
    /// largest em, one point to spare) so that no line that is not a fault is ever left out.
    /// </summary>
    private double Reach(ReadOnlySpan<TextCluster> clusters, ParagraphOptions options, double[] reach, double measure)
    {
        int n = clusters.Length;
        bool measurable = options.MaxSpreadPerGap >= 0;
        double em = 0, lastRight = 0, lastGap = 0, trim = 0, hyphen = 0;
        for (int i = 0; i < n; i++)
        {
            measurable &= clusters[i].EmSize > 0;
            em = Math.Max(em, clusters[i].EmSize);
            lastRight = Math.Max(lastRight, Math.Abs(right[i]));
            lastGap = Math.Max(lastGap, Math.Abs(gapAfter[i]));
            trim = Math.Max(trim, Math.Abs(left[i]));
            hyphen = Math.Max(hyphen, Math.Abs(clusters[i].BreakAdvance));
        }

        double spread = measurable ? options.MaxSpreadPerGap * em * (1 + Epsilon) : 0;
        reach[0] = 0;
        for (int i = 0; i < n; i++)
        {
            reach[i + 1] = reach[i] + Math.Abs(natural[i + 1] - natural[i]) + Math.Abs(spaceStretch[i + 1] - spaceStretch[i])
                + Math.Abs(gapStretch[i + 1] - gapStretch[i]) + spread;
        }

        // Without a positive em (or with a negative spread) a loose line is not told by its width: weigh every line.
        return measurable ? measure - lastRight - lastGap - trim - hyphen - Epsilon - 1 : double.NegativeInfinity;
    }

    /// <summary>
    /// Demerits of the line [<paramref name="a"/>, <paramref name="b"/>), or NaN when it cannot be
    /// set in the measure even fully squeezed.
    /// </summary>
    private double Demerits(
        ReadOnlySpan<TextCluster> clusters, int a, int b, int segmentStart,
        float measure, bool endsSegment, TextAlignment alignment, ParagraphOptions options, double trackingEm)
    {
        int last = lastVisible[b - 1];
        if (last < a)
        {
            return (LinePenalty * LinePenalty) + CannotFill; // only spaces
        }

        double trim = a > 0 && options.TrimOpeningBracketAtLineStart && clusters[a].Kind == ClusterKind.Opening ? left[a] : 0;
        double width = natural[last + 1] - natural[a] - right[last] - gapAfter[last] - trim + (last == b - 1 && b < clusters.Length ? clusters[last].BreakAdvance : 0);
        double canShrink = shrink[last + 1] - shrink[a] - rightShrink[last] - 0.5 * gapAfter[last] - trim;
        int gaps = spreadable[last] - spreadable[a];
        double em = clusters[a].EmSize;
        double delta = measure - width;
        bool insideWord = ClusterSpacing.EndsInsideWord(clusters, b);
        bool justify = (alignment == TextAlignment.Distribute || (alignment == TextAlignment.Justify && !endsSegment)) && !insideWord;
        double badness, extra = 0;
        if (delta < -Epsilon)
        {
            double need = -delta;
            if (gaps > 0 && trackingEm > 0 && need / gaps <= trackingEm * em + Epsilon)
            {
                double r = need / gaps / (trackingEm * em);
                badness = 30 * r * r;
            }
            else if (need <= canShrink + Epsilon)
            {
                // Squeezing marks and spaces is the first adjustment (clreq: compress before pushing out).
                double r = need / canShrink;
                badness = 100 * r * r;
            }
            else if (gaps > 0 && closeUpEm > 0 && need <= canShrink + (gaps * closeUpEm * em) + Epsilon)
            {
                // Every shrinkable blank given up, and the characters closed up a hair for the rest.
                double r = (need - canShrink) / (gaps * closeUpEm * em);
                badness = 100 + (30 * r * r);
            }
            else
            {
                return double.NaN;
            }
        }
        else if (justify)
        {
            double stretch = (spaceStretch[last + 1] - spaceStretch[a]) + (gapStretch[last] - gapStretch[a]);
            double rest = delta - stretch;
            if (rest <= Epsilon)
            {
                // Word spaces and Han–Latin gaps widen first; a line that needs less of them is better.
                double r = stretch > 0 ? delta / stretch : 0;
                badness = 30 * r * r;
            }
            else
            {
                int points = gaps > 0 ? gaps : spaces[last + 1] - spaces[a] > 0 ? spaces[last + 1] - spaces[a] : anyGaps[last] - anyGaps[a];
                if (points == 0)
                {
                    badness = 0;
                    extra = CannotFill;
                }
                else
                {
                    // A line of one word or URL is set ragged (see ParagraphLayouter.SetLine) but costs
                    // what letter-spacing it would: a short word alone on a line is as loose as that.
                    double perPoint = rest / points / (options.MaxSpreadPerGap * em);
                    badness = 30 + (100 * perPoint * perPoint * perPoint);
                    extra = perPoint > 1 + Epsilon ? WideLine : 0;
                }
            }
        }
        else
        {
            // A ragged line: prefer long lines, so first-fit's breaks win whenever nothing else differs.
            double slack = delta / Math.Max(measure, 1);
            badness = endsSegment ? 0 : 100 * slack * slack;
        }

        if (endsSegment && a > segmentStart && options.AvoidSingleCharacterLastLine && ParagraphLayouter.IsSingleHanCharacter(clusters, a, b))
        {
            extra += SingleCharacterLastLine;
        }

        if (insideWord || (b < clusters.Length && clusters[b - 1].BreakAdvance > 0))
        {
            extra += BreakInsideWord;
        }

        return ((LinePenalty + badness) * (LinePenalty + badness)) + extra;
    }
}
