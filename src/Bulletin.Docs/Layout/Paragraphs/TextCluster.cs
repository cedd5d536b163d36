namespace Bulletin.Docs.Layout.Paragraphs;

/// <summary>
/// One already-shaped, indivisible piece of a paragraph: the unit of line fitting.
/// </summary>
/// <param name="Start">UTF-16 index of its first character in the paragraph's text.</param>
/// <param name="Length">Its length in UTF-16 code units.</param>
/// <param name="Advance">Natural advance in points, as the font gives it (full-width marks: 1 em).</param>
/// <param name="EmSize">Font size in points of this cluster: the em every spacing rule is measured in.</param>
/// <param name="Kind">What it is, for compression and spacing.</param>
internal readonly record struct TextCluster(int Start, int Length, float Advance, float EmSize, ClusterKind Kind)
{
    /// <summary>
    /// Width in points added when a line ends after this cluster: the visible hyphen of a soft
    /// hyphen (U+00AD, which is invisible elsewhere; UAX #14 class BA). 0 for every other cluster.
    /// </summary>
    public float BreakAdvance { get; init; }

    /// <summary>
    /// The gap after this cluster is never widened nor closed up: the next cluster belongs to the
    /// same label set solid (a run-in dateline such as 本报讯, a run-in note label), which reads as a
    /// word, not as letter-spaced text.
    /// </summary>
    public bool Solid { get; init; }
}
