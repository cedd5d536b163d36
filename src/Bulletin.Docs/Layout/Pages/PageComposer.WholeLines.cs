using Bulletin.Docs.Layout.Flow;

namespace Bulletin.Docs.Layout.Pages;

// The page composer, in part: a story that runs on to the next page from under the page's other stories, its columns moved down to end on whole lines.
internal sealed partial class PageComposer
{
    /// <summary>
    /// How far to move the columns of <paramref name="band"/> down the page before painting, when
    /// the band goes on to the next page and some column stops more than a body line short of the
    /// foot: every column holds whole lines, so the fraction of a line they all leave (the least
    /// white under any of them) only widens that white. Moved up between the page's stories instead
    /// (vertical justification, <see cref="SpreadBetweenBands"/>), it leaves the short columns at most
    /// a line short where the 孤行 rule stopped them. Only on a page without a line grid, for a band
    /// that opened under another on this page (never at a page top), and at most one body line.
    /// </summary>
    private double RunOnShift(Band band, List<(int Column, ColumnFill Fill)> fills, double[] reserved, double available, double fragmentTop)
    {
        if (_setup.LineGridPitchPt is not null || band.Columns < 2 || band.Framed || _bandStarts.Count < 2 || fragmentTop <= Top + ColumnFiller.Epsilon || fills.Count == 0)
        {
            return 0;
        }

        var whites = fills.Select(f => available - reserved[f.Column] - f.Fill.Height).ToList();
        if (whites.Max() <= _bodyLine + ColumnFiller.Epsilon)
        {
            return 0;
        }

        var shift = Math.Min(whites.Min(), _bodyLine);
        return shift > ColumnFiller.Epsilon ? shift : 0;
    }
}
