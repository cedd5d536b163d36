using System.Runtime.CompilerServices;

namespace Bulletin.Docs.Layout.Paragraphs;

/// <summary>
/// The spacing model of one cluster in its neighbourhood: how much of its advance is removable
/// blank on each side once adjacent marks are compressed, and the gap it keeps from the next
/// cluster (docs/typography.md §2–§3).
/// </summary>
internal readonly struct ClusterSpacing
{
    /// <summary>Blank the font puts on the left (before compression).</summary>
    public readonly float RawLeft;
    /// <summary>Blank the font puts on the right (before compression).</summary>
    public readonly float RawRight;
    /// <summary>Left blank left after adjacent-mark compression; removable when justifying.</summary>
    public readonly float Left;
    /// <summary>Right blank left after adjacent-mark compression; removable when justifying.</summary>
    public readonly float Right;
    /// <summary>Han–Latin gap between this cluster and the next (¼ em), or 0.</summary>
    public readonly float GapAfter;
    /// <summary>
    /// The right blank stays whatever the line needs, unless the cluster ends the line: a lone
    /// <c>，、；：。？！</c> between two characters keeps its full em (clreq §3.1.6 compresses adjacent
    /// marks and marks at a line's edge, not a lone mark between characters, which would read as a
    /// Latin comma).
    /// </summary>
    public readonly bool RightIsFixed;

    private ClusterSpacing(float rawLeft, float rawRight, float left, float right, float gapAfter, bool rightIsFixed)
    {
        RawLeft = rawLeft;
        RawRight = rawRight;
        Left = left;
        Right = right;
        GapAfter = gapAfter;
        RightIsFixed = rightIsFixed;
    }

    /// <summary>Advance without any blank: the part that never shrinks.</summary>
    public float Body(in TextCluster cluster) => cluster.Advance - RawLeft - RawRight;

    /// <summary>Spacing of cluster <paramref name="i"/> given its neighbours.</summary>
    public static ClusterSpacing Of(ReadOnlySpan<TextCluster> clusters, int i)
    {
        ref readonly var c = ref clusters[i];
        float rawLeft = RawLeftBlank(c), rawRight = RawRightBlank(c);
        float left = rawLeft, right = rawRight;
        // Two adjacent marks that together take 2 em are set in 1.5 em (clreq §3.1.6, docs/typography.md §2):
        // the ½ em comes from the first mark's right blank, then from the second's left blank.
        if (i + 1 < clusters.Length && IsPairable(c.Kind) && IsPairable(clusters[i + 1].Kind))
        {
            right -= Math.Min(rawRight, PairReduction(c, clusters[i + 1]));
        }

        if (i > 0 && IsPairable(c.Kind) && IsPairable(clusters[i - 1].Kind))
        {
            ref readonly var p = ref clusters[i - 1];
            float pRight = RawRightBlank(p);
            left -= PairReduction(p, c) - Math.Min(pRight, PairReduction(p, c));
        }

        float gap = 0;
        if (i + 1 < clusters.Length)
        {
            ref readonly var n = ref clusters[i + 1];
            // ¼ em between Han and an adjacent Latin letter or digit (clreq §3.2.1, docs/typography.md §3).
            if (c.Kind == ClusterKind.Han && IsLatinOrDigit(n.Kind))
            {
                gap = 0.25f * c.EmSize;
            }
            else if (IsLatinOrDigit(c.Kind) && n.Kind == ClusterKind.Han)
            {
                gap = 0.25f * n.EmSize;
            }
        }

        return new ClusterSpacing(rawLeft, rawRight, left, right, gap, IsLoneMark(clusters, i));
    }

    /// <summary>
    /// Whether cluster <paramref name="i"/> is a pause or stop mark with no bracket, quote or other
    /// mark beside it: one whose blank only a line end may take.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLoneMark(ReadOnlySpan<TextCluster> clusters, int i) =>
        clusters[i].Kind is ClusterKind.Comma or ClusterKind.Colon or ClusterKind.Period
        && (i == 0 || !IsPairable(clusters[i - 1].Kind))
        && (i + 1 == clusters.Length || !IsPairable(clusters[i + 1].Kind));

    /// <summary>The compression class of a cluster's left blank (see <see cref="ShrinkClass"/>).</summary>
    public static ShrinkClass LeftClass(ClusterKind kind) =>
        kind == ClusterKind.MiddleDot ? ShrinkClass.MiddleDot : ShrinkClass.Bracket;

    /// <summary>The compression class of a cluster's right blank.</summary>
    public static ShrinkClass RightClass(ClusterKind kind) => kind switch
    {
        ClusterKind.MiddleDot => ShrinkClass.MiddleDot,
        ClusterKind.Closing => ShrinkClass.Bracket,
        ClusterKind.Comma => ShrinkClass.Comma,
        _ => ShrinkClass.Stop,
    };

    /// <summary>How far a word space may shrink (to ¼ em).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float SpaceShrink(in TextCluster c) => Math.Max(0f, c.Advance - 0.25f * c.EmSize);

    /// <summary>How far a word space may stretch (to ½ em).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float SpaceStretch(in TextCluster c) => Math.Max(0f, 0.5f * c.EmSize - c.Advance);

    /// <summary>
    /// Whether equal inter-character spacing may widen the gap between two neighbours: not inside
    /// <c>——</c>/<c>……</c> (docs/typography.md §3), not inside a Latin word or number, not next to a word space
    /// (spaces stretch on their own).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpreadable(ClusterKind a, ClusterKind b)
    {
        if (a == ClusterKind.Space || b == ClusterKind.Space)
        {
            return false;
        }

        if (a == b && a is ClusterKind.Dash or ClusterKind.Ellipsis)
        {
            return false;
        }

        return !(IsWordPart(a) && IsWordPart(b));
    }

    /// <summary>
    /// Whether equal inter-character spacing may widen or close up the gap between
    /// <paramref name="a"/> and the cluster after it, of kind <paramref name="next"/>: as
    /// <see cref="IsSpreadable(ClusterKind, ClusterKind)"/>, and never inside a label set solid.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpreadable(in TextCluster a, ClusterKind next) => !a.Solid && IsSpreadable(a.Kind, next);

    /// <summary>Whether the gap may be widened at all, as a last resort when nothing else can take the space.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpreadableAtAll(ClusterKind a, ClusterKind b) =>
        !(a == b && a is ClusterKind.Dash or ClusterKind.Ellipsis);

    /// <summary>Whether the kind is part of a Latin word, number or URL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordPart(ClusterKind k) => k is ClusterKind.Latin or ClusterKind.Digit or ClusterKind.Other;

    /// <summary>
    /// Whether a line ending before cluster <paramref name="end"/> ends inside a word, number or URL
    /// (not at a soft hyphen, which shows its hyphen): such a line is set ragged, not letter-spaced.
    /// </summary>
    public static bool EndsInsideWord(ReadOnlySpan<TextCluster> clusters, int end) =>
        end > 0 && end < clusters.Length && clusters[end - 1].BreakAdvance == 0
        && IsWordPart(clusters[end - 1].Kind) && IsWordPart(clusters[end].Kind);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLatinOrDigit(ClusterKind k) => k is ClusterKind.Latin or ClusterKind.Digit;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPairable(ClusterKind k) =>
        k is ClusterKind.Opening or ClusterKind.Closing or ClusterKind.Comma or ClusterKind.Colon or ClusterKind.Period;

    private static float PairReduction(in TextCluster first, in TextCluster second) =>
        Math.Min(0.5f * first.EmSize, RawRightBlank(first) + RawLeftBlank(second));

    // A full-width mark is ½ em of ink and ½ em of blank; a narrower glyph (a Latin font's quote)
    // has less or nothing to give.
    private static float RawLeftBlank(in TextCluster c) => c.Kind switch
    {
        ClusterKind.Opening => Math.Max(0f, c.Advance - 0.5f * c.EmSize),
        ClusterKind.MiddleDot => Math.Max(0f, c.Advance - 0.5f * c.EmSize) * 0.5f,
        _ => 0f,
    };

    private static float RawRightBlank(in TextCluster c) => c.Kind switch
    {
        ClusterKind.Closing or ClusterKind.Comma or ClusterKind.Colon or ClusterKind.Period => Math.Max(0f, c.Advance - 0.5f * c.EmSize),
        ClusterKind.MiddleDot => Math.Max(0f, c.Advance - 0.5f * c.EmSize) * 0.5f,
        _ => 0f,
    };
}

/// <summary>
/// Shrinkable spacing, in the order it is given up when a line is too long (docs/typography.md §3; the
/// line-end mark's blank is always removed first, GB/T 15834 §5.1.10). The colon shrinks with the stops.
/// </summary>
internal enum ShrinkClass : byte
{
    /// <summary>Latin word spaces, to ¼ em.</summary>
    WordSpace,
    /// <summary>The side spaces of <c>·</c>, to 0.</summary>
    MiddleDot,
    /// <summary>Brackets and quotes, to ½ em.</summary>
    Bracket,
    /// <summary><c>，、；</c>, to ½ em.</summary>
    Comma,
    /// <summary>Han–Latin gap, to ⅛ em.</summary>
    HanLatinGap,
    /// <summary><c>。？！：</c>, to ½ em.</summary>
    Stop,
}
