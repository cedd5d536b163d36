using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Model;

namespace Bulletin.Docs.Layout.Pages;

// The page composer, in part: pictures that float to the next page's top, what follows them filling the page they did not fit on.
internal sealed partial class PageComposer
{
    /// <summary>Picture news that did not fit under what is on the page, held for the next page's top.</summary>
    private readonly List<(Band Band, double Gap)> _floats = [];

    /// <summary>
    /// Picture news on a page of one column that does not fit in the room left, when that room is
    /// more than a body line: held back (it floats), so the stories after it fill the page and it
    /// opens the next one, as a make-up editor moves a later item up rather than leave a hole.
    /// </summary>
    /// <returns>Whether the band was held back.</returns>
    private bool Float(Band band, double gap)
    {
        if (band is not { Item: PictureNews, Columns: 1, Framed: false } || _setup.Columns > 1 || AtPageTop)
        {
            return false;
        }

        var white = Bottom - Y;
        var height = gap + HeightSkippingLeadingSpace(band.Header) + HeightSkippingLeadingSpace(band.Body);
        if (Y + height <= Bottom + ColumnFiller.Epsilon || white <= _bodyLine + GridRemainder + ColumnFiller.Epsilon)
        {
            return false;
        }

        _floats.Add((band, gap));
        return true;
    }

    /// <summary>
    /// Sets the pictures held back at the top of the page just opened; with
    /// <paramref name="gapAfter"/> (a story goes on under them), the gap between stories after them.
    /// </summary>
    private void PlaceFloats(double gapAfter = 0)
    {
        if (_floats.Count == 0)
        {
            return;
        }

        var floats = _floats.ToList();
        _floats.Clear();
        foreach (var (band, gap) in floats)
        {
            PlaceBand(band, gap, null);
        }

        Y += gapAfter;
    }

    /// <summary>Sets the pictures still held back (nothing came after them to fill a page), each where it fits.</summary>
    private void FlushFloats()
    {
        var floats = _floats.ToList();
        _floats.Clear();
        foreach (var (band, gap) in floats)
        {
            PlaceBand(band, gap, null);
        }
    }

    /// <summary>
    /// A band of one column whose column, filled from <paramref name="position"/>, stops more than
    /// a body line short before a figure that does not fit (with the caption it keeps): the figure
    /// floats, the text after it filling the column and the figure opening the next one, when the
    /// story goes on there (so the figure stays among its story's text).
    /// </summary>
    private Band FloatFigure(Band band, int position, double available, bool mustPlace)
    {
        if (StopsShort(band, position, available, mustPlace) is not { } stop)
        {
            return band;
        }

        var (fill, _, chainEnd) = stop;
        var body = band.Body;
        var figure = false;
        for (var i = fill.End; i <= chainEnd; i++)
        {
            figure |= body[i] is ImageSlice;
        }

        if (!figure)
        {
            return band;
        }

        var chain = body.Skip(fill.End).Take(chainEnd + 1 - fill.End).ToList();
        var rest = body.Take(fill.End).Concat(body.Skip(chainEnd + 1)).ToList();
        var refill = ColumnFiller.Fill(rest, position, available, mustPlace);
        if (refill.End <= fill.End || ColumnFiller.IsDone(rest, refill.End))
        {
            return band;
        }

        return band with { Body = [.. rest.Take(refill.End), .. chain, .. rest.Skip(refill.End)] };
    }

    /// <summary>
    /// When the column of a band of one column, filled from <paramref name="position"/>, stops more
    /// than a body line short of the foot before what does not fit: that fill, the white under it
    /// and the end of the keep chain it stopped before (what a remedy may move); otherwise <c>null</c>.
    /// Not inside a frame, whose box is drawn around what is there, nor on a page of several columns.
    /// </summary>
    private (ColumnFill Fill, double White, int ChainEnd)? StopsShort(Band band, int position, double available, bool mustPlace)
    {
        if (band.Columns != 1 || band.Framed || _setup.Columns > 1)
        {
            return null;
        }

        var body = band.Body;
        var fill = ColumnFiller.Fill(body, position, available, mustPlace);
        var white = available - fill.Height;
        if (ColumnFiller.IsDone(body, fill.End) || white <= _bodyLine + GridRemainder + ColumnFiller.Epsilon)
        {
            return null;
        }

        var chainEnd = fill.End;
        while (chainEnd < body.Count - 1 && body[chainEnd].KeepWithNext)
        {
            chainEnd++;
        }

        return (fill, white, chainEnd);
    }

    /// <summary>
    /// Before a column of a band is filled: a figure that does not fit floats (<see cref="FloatFigure"/>)
    /// or, closing its story, goes up the page (<see cref="LiftFigure"/>), and when the column would
    /// still end short, paragraphs are set a line shorter (<see cref="TightenToFoot"/>).
    /// </summary>
    private Band FillToFoot(Band band, int position, double available, bool mustPlace) =>
        TightenToFoot(LiftFigure(FloatFigure(band, position, available, mustPlace), position, available, mustPlace), position, available, mustPlace);
}
