namespace Bulletin.Docs.Theme;

/// <summary>
/// The weights of every rule and frame a theme draws, in points, and the padding inside frames:
/// the one place both writers take them from, so the Word file and the PDF draw the same element
/// alike. Word stores border widths in eighths of a point (ECMA-376 §17.3.1.5), so it rounds them.
/// </summary>
public sealed record RuleWeights
{
    /// <summary>The weights the built-in themes use.</summary>
    public static RuleWeights Default { get; } = new();

    /// <summary>
    /// The first and last rules of the 报尾, across the type area: GB/T 9704-2012 §7.4.1 asks for
    /// thick separators, 0.35 mm (≈ 0.99 pt).
    /// </summary>
    public double DistributionOuterPt { get; init; } = Length.Mm(0.35);

    /// <summary>The rule above the print run in the 报尾: GB/T 9704-2012 §7.4.1's thin separator, 0.25 mm (≈ 0.71 pt).</summary>
    public double DistributionInnerPt { get; init; } = Length.Mm(0.25);

    /// <summary>The thick rule under a newspaper's 报头.</summary>
    public double MastheadPt { get; init; } = 2;

    /// <summary>The thin rule under the thick one of a newspaper's 报头, 1¼ pt below it; 0 for a single rule.</summary>
    public double MastheadSecondPt { get; init; } = 0.5;

    /// <summary>
    /// The rule under the running head (a newspaper's 版眉), across the type area, 1 pt below the
    /// head's line; 0 for none.
    /// </summary>
    public double RunningHeadPt { get; init; } = 0.5;

    /// <summary>The red separator under a 简报's 红头 (practice: 1–2 pt).</summary>
    public double RedHeadPt { get; init; } = 1.5;

    /// <summary>A divider between blocks of an article.</summary>
    public double DividerPt { get; init; } = 0.5;

    /// <summary>The accent-coloured rule under a section banner.</summary>
    public double SectionBannerPt { get; init; } = 1;

    /// <summary>The frame of a boxed commentary and of the contents box.</summary>
    public double FramePt { get; init; } = 0.75;

    /// <summary>Space between a frame and its text, in ems of the body size (1 = one body character).</summary>
    public double FramePaddingEm { get; init; } = 1;

    /// <summary>The rules between newspaper columns.</summary>
    public double ColumnRulePt { get; init; } = 0.5;

    /// <summary>The grid of a table.</summary>
    public double TablePt { get; init; } = 0.5;
}
