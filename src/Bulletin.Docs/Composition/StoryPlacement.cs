using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Composition;

/// <summary>
/// How a story or picture sits on the page, decided from the theme once for both writers.
/// </summary>
/// <param name="SpansColumns">
/// The headline stack spans the page's columns and the body is balanced in the columns under it
/// (a newspaper page); otherwise the stack starts the flow in a column.
/// </param>
/// <param name="Framed">The story is a boxed commentary: a frame with padding around it.</param>
/// <param name="Columns">The body columns.</param>
/// <param name="FramePaddingPt">The padding inside the frame, in points; 0 when not framed.</param>
/// <param name="BandWidthPt">The measure of the story's band inside the frame, in points.</param>
/// <param name="ColumnWidthPt">The measure of a body column, in points.</param>
internal sealed record StoryPlacement(bool SpansColumns, bool Framed, int Columns, double FramePaddingPt, double BandWidthPt, double ColumnWidthPt)
{
    /// <summary>
    /// The measure of the headline stack, in points: the band when it spans, else a column; for a
    /// story set beside a module, the columns beside it (<see cref="BesideWidthPt"/>).
    /// </summary>
    public double StackWidthPt => BesideWidthPt ?? (SpansColumns ? BandWidthPt : ColumnWidthPt);

    /// <summary>
    /// For a story set beside a module (<see cref="StoryModule"/>): the width of the page's columns
    /// the module leaves it, in points, which its headline stack spans; otherwise <c>null</c>.
    /// </summary>
    public double? BesideWidthPt { get; init; }

    /// <summary>The gap between two body columns, in points.</summary>
    public double GapPt => Columns > 1 ? (BandWidthPt - Columns * ColumnWidthPt) / (Columns - 1) : 0;

    /// <summary>The width of <paramref name="count"/> adjacent columns and the gaps between them, in points.</summary>
    public double SpanWidthPt(int count) => count * ColumnWidthPt + (count - 1) * GapPt;

    /// <summary>The placement of an item in <paramref name="theme"/>; a <paramref name="framed"/> one is a boxed commentary.</summary>
    public static StoryPlacement Of(BulletinTheme theme, bool framed)
    {
        var page = theme.Page;
        var pad = framed ? theme.FramePaddingPt : 0;
        var band = page.ContentWidthPt - 2 * pad;
        var columns = Math.Max(1, page.Columns);
        var column = (band - (columns - 1) * page.ColumnGapPt) / columns;
        return new StoryPlacement(theme.HeadlinesSpanColumns, framed, columns, pad, band, column);
    }

    /// <summary>
    /// The placement of a module <paramref name="columns"/> of the page's columns wide: its headline
    /// stack across them and its body in them, inside a frame's padding when <paramref name="framed"/>.
    /// </summary>
    public static StoryPlacement Module(BulletinTheme theme, bool framed, int columns)
    {
        var page = Of(theme, framed: false);
        var pad = framed ? theme.FramePaddingPt : 0;
        var band = page.SpanWidthPt(columns) - 2 * pad;
        var column = (band - (columns - 1) * theme.Page.ColumnGapPt) / columns;
        return new StoryPlacement(SpansColumns: true, framed, columns, pad, band, column);
    }
}
