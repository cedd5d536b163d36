using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Pages;

// The page composer, in part: picture news held back and set into the next band's last columns, on the column grid.
internal sealed partial class PageComposer
{
    /// <summary>Sets picture news still held back (nothing followed it) on its own, and a module with nothing beside it in the flow.</summary>
    public void Flush()
    {
        FlushModule();
        FlushFloats();

        if (_heldPicture is { } held)
        {
            _heldPicture = null;
            PlaceBand(held.Band, held.Gap, null);
        }
    }

    /// <summary>
    /// For picture news on a page of several columns whose photo spans whole columns, fewer than
    /// all: how many it spans; otherwise <c>null</c>.
    /// </summary>
    private int? PictureSpan(Band band)
    {
        if (band is not { Item: PictureNews, Columns: > 1, Framed: false } || band.Header.OfType<ImageSlice>().FirstOrDefault() is not { } image)
        {
            return null;
        }

        var pitch = ColumnWidth(band.Columns) + _setup.ColumnGapPt;
        var span = (int)Math.Round((image.Width + _setup.ColumnGapPt) / pitch);
        var whole = Math.Abs((span * pitch) - _setup.ColumnGapPt - image.Width) <= 0.01;
        return whole && span >= 1 && span < band.Columns ? span : null;
    }

    /// <summary>Width of one of <paramref name="columns"/> columns across the type area.</summary>
    private double ColumnWidth(int columns) => (Width - ((columns - 1) * _setup.ColumnGapPt)) / columns;

    /// <summary>
    /// How far to move a picture band's header so that its photo, centred by the slicer, starts on
    /// the left edge of column <paramref name="firstColumn"/> (0-based).
    /// </summary>
    private double GridShift(Band band, int firstColumn)
    {
        var image = band.Header.OfType<ImageSlice>().First();
        return (firstColumn * (ColumnWidth(band.Columns) + _setup.ColumnGapPt)) - image.XOffset;
    }
}
