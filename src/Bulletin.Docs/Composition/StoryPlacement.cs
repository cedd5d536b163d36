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
    /// <summary>The measure of the headline stack, in points: the band when it spans, else a column.</summary>
    public double StackWidthPt => SpansColumns ? BandWidthPt : ColumnWidthPt;

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
}
