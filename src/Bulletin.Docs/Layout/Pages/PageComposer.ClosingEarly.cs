using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Pages;

// The page composer, in part: a page closed before its foot: short columns opened up, white spread between the stories.
internal sealed partial class PageComposer
{
    /// <summary>
    /// A column of the last band placed that ends short of the band's foot and was not opened up
    /// (the last of balanced columns): its slices, where it was painted and which elements it made.
    /// </summary>
    private sealed record ShortColumn(IReadOnlyList<Slice> Slices, ColumnFill Fill, double X, double Top, double BandHeight, int FirstElement, int ElementCount);

    /// <summary>
    /// When the page closes under the last band, its short last column is opened up to end level
    /// with the others (it would otherwise leave white at the page's foot), up to
    /// <see cref="MaxClosingStretchPerGapLines"/>; repainted in place, so the page's reading order is unchanged.
    /// </summary>
    private void OpenUpShortColumns()
    {
        foreach (var column in _shortColumns.OrderByDescending(c => c.FirstElement))
        {
            var stretch = Stretch(column.Slices, column.Fill, column.BandHeight - column.Fill.Height, MaxClosingStretchPerGapLines);
            if (stretch <= 0)
            {
                continue;
            }

            var painted = new List<PageElement>(column.ElementCount);
            SlicePainter.Paint(painted, column.Slices, column.Fill, column.X, column.Top, stretch);
            Current.RemoveRange(column.FirstElement, column.ElementCount);
            Current.InsertRange(column.FirstElement, painted);
        }
    }

    /// <summary>
    /// Closes a page that ends above its foot because what comes next does not fit: on a theme
    /// without a line grid, the white is shared between the gaps that separate the page's bands
    /// (vertical justification, as a make-up editor spaces the stories out), when that is at most
    /// <see cref="MaxBandGapStretchLines"/> body lines a gap; on a grid the lines stay where they are.
    /// White still left on a page of one column is filled by setting paragraphs on it a line longer
    /// (<see cref="LoosenToFoot"/>), but not <paramref name="beforeDistribution"/>: the page the
    /// document's text ends on, the 版记 going on a page of its own, which GB/T 9704-2012 §7.4.1 sets
    /// at the foot of the document's last page (§7.5 even allows blank pages before it).
    /// </summary>
    private void ClosePageEarly(bool beforeDistribution = false)
    {
        OpenUpShortColumns();
        var white = Bottom - Y;
        var gaps = _bandStarts.Count - 1;
        if (_setup.LineGridPitchPt is null && gaps > 0 && white > ColumnFiller.Epsilon && white / gaps <= (MaxBandGapStretchLines * _bodyLine) + ColumnFiller.Epsilon)
        {
            SpreadBetweenBands(white);
        }

        if (!beforeDistribution && _setup.Columns <= 1 && !LoosenToFoot(Left, Left + Width) && !PushFromPageBefore())
        {
            PushThroughPagesBefore();
        }

        NewPage();
        PlaceFloats();
    }

    /// <summary>
    /// The columns of <paramref name="band"/>, about to go on to the next page, each filled to the
    /// foot by <see cref="LoosenToFoot"/> when it stopped short (a heading that does not fit with
    /// the lines it keeps, a paragraph the 孤行 rule does not let split); on a page of one column,
    /// what the bands above it hold may be loosened too; on a page of many, only what is under
    /// <paramref name="top"/>, where the band's columns start on this page. Not inside a frame, whose box is drawn
    /// around what is there.
    /// </summary>
    private void LoosenColumnsToFoot(Band band, double x, double top, double columnWidth, double gapWidth)
    {
        if (band.Framed)
        {
            return;
        }

        if (band.Columns <= 1)
        {
            if (!LoosenToFoot(Left, Left + Width) && !PushFromPageBefore())
            {
                PushThroughPagesBefore();
            }

            return;
        }

        for (var column = 0; column < band.Columns; column++)
        {
            var left = x + (column * (columnWidth + gapWidth));
            LoosenToFoot(left, left + columnWidth, top);
        }
    }

    /// <summary>
    /// Moves the page's bands down by <paramref name="total"/> points in all, shared between the
    /// gaps that separate them (the last band moves the whole of it): vertical justification, as a
    /// make-up editor spaces the stories out, for a page that closes early (<see cref="ClosePageEarly"/>)
    /// and for the fraction of a line a running-on story's columns leave (<see cref="RunOnShift"/>).
    /// </summary>
    private void SpreadBetweenBands(double total)
    {
        var gaps = _bandStarts.Count - 1;
        if (total <= 0 || gaps < 1)
        {
            return;
        }

        var perGap = total / gaps;
        for (var band = 1; band <= gaps; band++)
        {
            var end = band < gaps ? _bandStarts[band + 1] : Current.Count;
            for (var i = _bandStarts[band]; i < end; i++)
            {
                Current[i] = Shifted(Current[i], band * perGap);
            }
        }
    }

    /// <summary><paramref name="element"/> moved <paramref name="dy"/> down the page.</summary>
    private static PageElement Shifted(PageElement element, double dy) => element switch
    {
        TextLineElement text => text with { Baseline = text.Baseline + dy },
        RuleElement rule => rule with { Y1 = rule.Y1 + dy, Y2 = rule.Y2 + dy },
        BoxElement box => box with { Y = box.Y + dy },
        ImageElement image => image with { Y = image.Y + dy },
        LinkElement link => link with { Y = link.Y + dy },
        AnchorElement anchor => anchor with { Y = anchor.Y + dy },
        _ => throw new NotSupportedException($"Page element {element.GetType().Name} cannot be moved."),
    };
}
