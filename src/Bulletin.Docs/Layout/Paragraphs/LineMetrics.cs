using System.Runtime.CompilerServices;

namespace Bulletin.Docs.Layout.Paragraphs;

/// <summary>
/// The natural width of a candidate line and how far it may shrink and stretch, after the
/// always-applied rules: adjacent marks compressed, the line-end mark's blank removed (GB/T 15834
/// §5.1.10), trailing spaces ignored, an opening bracket's leading blank trimmed when asked.
/// </summary>
internal struct LineMetrics
{
    /// <summary>Index of the last cluster that is not a space, or <c>start - 1</c> when there is none.</summary>
    public int LastVisible;
    /// <summary>Width with natural spacing, in points.</summary>
    public double Natural;
    /// <summary>Shrinkable amount per <see cref="ShrinkClass"/>.</summary>
    public ShrinkAmounts Shrink;
    /// <summary>How much word spaces may grow (to ½ em each).</summary>
    public double SpaceStretch;
    /// <summary>How much Han–Latin gaps may grow (to ½ em each).</summary>
    public double GapStretch;
    /// <summary>Gaps open to equal inter-character spacing.</summary>
    public int SpreadableGaps;
    /// <summary>Word spaces between visible clusters.</summary>
    public int InnerSpaces;
    /// <summary>Gaps that may be widened at all (last resort).</summary>
    public int AnyGaps;

    /// <summary>The narrowest the line can be set.</summary>
    public readonly double Minimum => Natural - Shrink.Total;

    /// <summary>Measures clusters [<paramref name="start"/>, <paramref name="end"/>) as one line.</summary>
    public static LineMetrics Of(ReadOnlySpan<TextCluster> clusters, int start, int end, bool trimStart)
    {
        var m = default(LineMetrics);
        int last = end - 1;
        while (last >= start && clusters[last].Kind == ClusterKind.Space)
        {
            last--;
        }

        m.LastVisible = last;
        for (int i = start; i <= last; i++)
        {
            ref readonly var c = ref clusters[i];
            var sp = ClusterSpacing.Of(clusters, i);
            if (c.Kind == ClusterKind.Space)
            {
                m.Natural += c.Advance;
                m.Shrink[(int)ShrinkClass.WordSpace] += ClusterSpacing.SpaceShrink(c);
                m.SpaceStretch += ClusterSpacing.SpaceStretch(c);
                m.InnerSpaces++;
            }
            else
            {
                float left = i == start && trimStart ? 0f : sp.Left;
                float right = i == last ? 0f : sp.Right;
                m.Natural += sp.Body(c) + left + right;
                m.Shrink[(int)ClusterSpacing.LeftClass(c.Kind)] += left;
                if (!sp.RightIsFixed)
                {
                    m.Shrink[(int)ClusterSpacing.RightClass(c.Kind)] += right;
                }
            }

            if (i < last)
            {
                m.Natural += sp.GapAfter;
                m.Shrink[(int)ShrinkClass.HanLatinGap] += 0.5 * sp.GapAfter;
                m.GapStretch += sp.GapAfter;
                var nextKind = clusters[i + 1].Kind;
                if (ClusterSpacing.IsSpreadable(c, nextKind))
                {
                    m.SpreadableGaps++;
                }

                if (ClusterSpacing.IsSpreadableAtAll(c.Kind, nextKind))
                {
                    m.AnyGaps++;
                }
            }
        }

        if (last == end - 1 && last >= start && end < clusters.Length)
        {
            m.Natural += clusters[last].BreakAdvance; // a soft hyphen's hyphen
        }

        return m;
    }
}

/// <summary>One amount per <see cref="ShrinkClass"/>.</summary>
[InlineArray(ShrinkAmounts.Length)]
internal struct ShrinkAmounts
{
    /// <summary>Number of shrink classes.</summary>
    public const int Length = 6;

    private double _first;

    /// <summary>Sum of all classes.</summary>
    public readonly double Total
    {
        get
        {
            double t = 0;
            foreach (var v in this)
            {
                t += v;
            }

            return t;
        }
    }
}
