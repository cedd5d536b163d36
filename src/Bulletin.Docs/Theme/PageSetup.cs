namespace Bulletin.Docs.Theme;

/// <summary>How page numbers are written.</summary>
public enum PageNumberFormat
{
    /// <summary>No page numbers.</summary>
    None,
    /// <summary>1, 2, 3.</summary>
    Plain,
    /// <summary>— 1 — (GB/T 9704 §7.5).</summary>
    Dashed,
    /// <summary>第 1 页 共 3 页.</summary>
    PageOfTotal,
}

/// <summary>Where the page number sits in the footer.</summary>
public enum PageNumberPosition
{
    /// <summary>Centred on every page.</summary>
    Center,
    /// <summary>Right on odd pages, left on even pages, one character in (GB/T 9704 §7.5).</summary>
    Outside,
}

/// <summary>
/// Page geometry and furniture. Lengths are in points (<see cref="Length.Mm"/> converts).
/// </summary>
public sealed record PageSetup
{
    /// <summary>Page width; A4 = 210 mm.</summary>
    public double WidthPt { get; init; } = Length.Mm(210);

    /// <summary>Page height; A4 = 297 mm.</summary>
    public double HeightPt { get; init; } = Length.Mm(297);

    /// <summary>Top margin (to the type area).</summary>
    public double MarginTopPt { get; init; } = Length.Mm(25);

    /// <summary>Bottom margin.</summary>
    public double MarginBottomPt { get; init; } = Length.Mm(25);

    /// <summary>Left margin.</summary>
    public double MarginLeftPt { get; init; } = Length.Mm(25);

    /// <summary>Right margin.</summary>
    public double MarginRightPt { get; init; } = Length.Mm(25);

    /// <summary>Number of body columns (1 to n).</summary>
    public int Columns { get; init; } = 1;

    /// <summary>Gap between columns.</summary>
    public double ColumnGapPt { get; init; } = Length.Mm(5);

    /// <summary>Draw a thin rule between columns.</summary>
    public bool ColumnRule { get; init; }

    /// <summary>Distance from the top edge of the page to the header's baseline area.</summary>
    public double HeaderDistancePt { get; init; } = Length.Mm(12);

    /// <summary>Distance from the bottom edge of the page to the footer.</summary>
    public double FooterDistancePt { get; init; } = Length.Mm(12);

    /// <summary>
    /// A fixed running head on every page after the first, or <c>null</c>. It replaces the 版眉 a
    /// newspaper edition gets (paper name, date, edition label; see <see cref="Model.Edition"/>), and
    /// like it stands on an inner edition's first page too.
    /// </summary>
    public string? HeaderText { get; init; }

    /// <summary>Page number format.</summary>
    public PageNumberFormat PageNumbers { get; init; } = PageNumberFormat.Plain;

    /// <summary>Page number position.</summary>
    public PageNumberPosition PageNumberPosition { get; init; } = PageNumberPosition.Center;

    /// <summary>Baseline-to-baseline pitch of the body line grid (Word's <c>w:docGrid</c>), or <c>null</c> for none.</summary>
    public double? LineGridPitchPt { get; init; }

    /// <summary>Width of the type area.</summary>
    public double ContentWidthPt => WidthPt - MarginLeftPt - MarginRightPt;

    /// <summary>Height of the type area.</summary>
    public double ContentHeightPt => HeightPt - MarginTopPt - MarginBottomPt;

    /// <summary>Width of one body column.</summary>
    public double ColumnWidthPt => (ContentWidthPt - (Columns - 1) * ColumnGapPt) / Columns;
}
