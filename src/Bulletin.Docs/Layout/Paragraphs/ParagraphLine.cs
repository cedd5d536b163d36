namespace Bulletin.Docs.Layout.Paragraphs;

/// <summary>Facts about one laid-out line.</summary>
[Flags]
internal enum ParagraphLineFlags : byte
{
    /// <summary>Nothing special.</summary>
    None = 0,
    /// <summary>The paragraph's last line.</summary>
    Last = 1,
    /// <summary>Ends at a mandatory break (a hard line break); set like a last line.</summary>
    MandatoryBreak = 2,
    /// <summary>Spaces were stretched to fill the measure.</summary>
    Stretched = 4,
    /// <summary>Punctuation or spaces were compressed beyond the always-applied rules to fit.</summary>
    Squeezed = 8,
    /// <summary>
    /// Justified with more than <see cref="ParagraphOptions.MaxSpreadPerGap"/> between characters:
    /// the paragraph could not be set otherwise (a 孤字 or an unbreakable run left no better breaks).
    /// </summary>
    Wide = 16,
    /// <summary>Justifying would have spread characters more than 1 em apart: set start-aligned instead.</summary>
    Loose = 32,
}

/// <summary>Why a line could not keep to the break rules or the measure.</summary>
internal enum OverfullReason : byte
{
    /// <summary>The line obeys every rule.</summary>
    None,
    /// <summary>No allowed break fitted (a long word or URL): broken at the last cluster boundary that fits.</summary>
    BrokeInsideUnbreakableRun,
    /// <summary>A single cluster is wider than the measure; the line overflows.</summary>
    ClusterWiderThanMeasure,
}

/// <summary>One line of a paragraph.</summary>
/// <param name="Start">Index of the line's first cluster.</param>
/// <param name="End">Index one past the line's last cluster (trailing spaces included).</param>
/// <param name="Offset">Shift of the line's content from the line start for centred or end alignment, in points (already in the cluster positions).</param>
/// <param name="Width">Set width in points, from the first cluster's start to the last visible cluster's end (trailing spaces and line-end blank excluded).</param>
/// <param name="Measure">The width available to this line, in points.</param>
/// <param name="Flags">Facts about the line.</param>
/// <param name="Overfull">Why the line broke a rule, or <see cref="OverfullReason.None"/>.</param>
internal readonly record struct ParagraphLine(int Start, int End, float Offset, float Width, float Measure, ParagraphLineFlags Flags, OverfullReason Overfull)
{
    /// <summary>Number of clusters on the line.</summary>
    public int Count => End - Start;
}
