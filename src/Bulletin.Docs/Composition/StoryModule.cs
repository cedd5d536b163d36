using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Composition;

/// <summary>
/// Where a module (an article with an <see cref="ArticlePlacement"/>) sits on the page's column
/// grid, decided once for both writers: which columns, and how far from the type area's left edge.
/// </summary>
/// <param name="Columns">The page's columns it spans.</param>
/// <param name="FirstColumn">The first of them, 0-based.</param>
/// <param name="DepthLines">The depth asked for, in body lines, headline stack included; <c>null</c> for as deep as the text needs.</param>
/// <param name="LeftPt">Its left edge from the type area's left edge, in points: a column edge.</param>
/// <param name="WidthPt">Its width, in points: from a column's left edge to a column's right edge.</param>
internal sealed record StoryModule(int Columns, int FirstColumn, int? DepthLines, double LeftPt, double WidthPt)
{
    /// <summary>The module of <paramref name="placement"/> on <paramref name="theme"/>'s page of <paramref name="page"/> columns.</summary>
    public static StoryModule Of(ArticlePlacement placement, BulletinTheme theme, StoryPlacement page)
    {
        var first = placement.Side == ModuleSide.Start ? 0 : page.Columns - placement.Columns;
        return new StoryModule(placement.Columns, first, placement.DepthLines, first * (page.ColumnWidthPt + theme.Page.ColumnGapPt), page.SpanWidthPt(placement.Columns));
    }

    /// <summary>The columns beside the module, which the stories after it take: the first of them, 0-based.</summary>
    public int BesideFirstColumn(int pageColumns) => FirstColumn == 0 ? Columns : 0;
}
