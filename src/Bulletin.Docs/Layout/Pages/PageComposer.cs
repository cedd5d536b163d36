using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Pages;

/// <summary>
/// Places bands on pages from top to bottom, opening pages as needed. Holds the pages being built;
/// one instance per layout run.
/// </summary>
internal sealed partial class PageComposer
{

    /// <summary>Most a continuing column is opened up per slice to reach the foot, in body lines.</summary>
    private const double MaxStretchPerGapLines = 0.25;

    /// <summary>Most a balanced column is opened up per slice to end level with the others, in body lines.</summary>
    private const double MaxBalancedStretchPerGapLines = 0.2;

    /// <summary>Most white a page closed early puts into each gap between its bands, in body lines.</summary>
    private const double MaxBandGapStretchLines = 2;

    /// <summary>Most the short last column of a page's last band is opened up per slice, in body lines: one line over three gaps.</summary>
    private const double MaxClosingStretchPerGapLines = 1.0 / 3;

    private readonly List<List<PageElement>> _pages = [];
    private readonly Dictionary<BulletinItem, int> _itemPages = new(ReferenceEqualityComparer.Instance);
    private readonly PageSetup _setup;
    private readonly RgbColor _frameColor;
    private readonly double _bodyLine;
    private readonly RuleWeights _rules;

    /// <summary>Where each band that starts on the current page begins in <see cref="Current"/>.</summary>
    private readonly List<int> _bandStarts = [];

    /// <summary>The short columns of the last band placed on the current page.</summary>
    private List<ShortColumn> _shortColumns = [];

    /// <summary>Picture news held back to be set into the columns of the band that follows it.</summary>
    private (Band Band, double Gap, int Span)? _heldPicture;

    /// <summary>Starts with one empty page; <paramref name="bodyLine"/> is the body text's line pitch, <paramref name="rules"/> the weights of column rules and frames.</summary>
    public PageComposer(PageSetup setup, RgbColor frameColor, double framePadding, double bodyLine, RuleWeights rules)
    {
        _rules = rules;
        _setup = setup;
        _bodyLine = bodyLine;
        _frameColor = frameColor;
        FramePadding = framePadding;
        Top = setup.MarginTopPt;
        Bottom = setup.MarginTopPt + setup.ContentHeightPt;
        Left = setup.MarginLeftPt;
        Width = setup.ContentWidthPt;
        NewPage();
    }

    /// <summary>Top of the type area.</summary>
    public double Top { get; }

    /// <summary>Bottom of the type area.</summary>
    public double Bottom { get; }

    /// <summary>Left of the type area.</summary>
    public double Left { get; }

    /// <summary>Width of the type area.</summary>
    public double Width { get; }

    /// <summary>Padding inside a framed band.</summary>
    public double FramePadding { get; }

    /// <summary>Where the next band starts on the current page.</summary>
    public double Y { get; set; }

    /// <summary>The elements of the page being filled.</summary>
    public List<PageElement> Current => _pages[^1];

    /// <summary>The pages so far.</summary>
    public IReadOnlyList<List<PageElement>> Pages => _pages;

    /// <summary>The page (1-based) on which each placed item starts.</summary>
    public IReadOnlyDictionary<BulletinItem, int> ItemPages => _itemPages;

    private bool AtPageTop => Y <= Top + ColumnFiller.Epsilon;

    /// <summary>Whether a band was placed on the current page (the masthead is not a band).</summary>
    private bool _bandOnPage;

    /// <summary>Opens a new page.</summary>
    public void NewPage()
    {
        _pages.Add([]);
        Y = Top;
        _bandOnPage = false;
        _bandStarts.Clear();
        _shortColumns = [];
    }

    /// <summary>
    /// Places a band below what is on the page, after <paramref name="gap"/> unless at the page top.
    /// Picture news the composition set into the next story (<see cref="Composition.PictureInsets"/>)
    /// is held back and set into the top of that band's last columns, the text running down the
    /// columns beside it and on under it; should its photo not span whole columns after all (shrunk
    /// to fit the page's height), it is set on its own, as other picture news is. A module and the
    /// stories beside it are set together (<see cref="PlaceModule"/>).
    /// </summary>
    public void Place(Band band, double gap)
    {
        if (PlaceModule(band, gap))
        {
            return;
        }

        if (_heldPicture is { } held)
        {
            // The composition set it into this band, which it checked can take it.
            _heldPicture = null;
            PlaceBand(band, gap, (held.Band, held.Span));
            return;
        }

        if (band.SetIntoNext && PictureSpan(band) is { } span)
        {
            _heldPicture = (band, gap, span);
            return;
        }

        if (Float(band, gap))
        {
            return;
        }

        PlaceBand(band, gap, null);
    }

    private void PlaceBand(Band band, double gap, (Band Band, int Span)? picture)
    {
        if (band.Header.Count == 0 && ColumnFiller.IsDone(band.Body, 0))
        {
            return;
        }

        // The gap separates stories: none at a page top or right under the masthead.
        var above = Y;
        if (!AtPageTop && _bandOnPage)
        {
            Y += gap;
        }

        var pad = band.Framed ? FramePadding : 0;
        var headerHeight = HeightSkippingLeadingSpace(band.Header);
        var firstChunk = FirstChunkHeight(band.Body);
        var pictureHeight = picture is { } p ? HeightSkippingLeadingSpace(p.Band.Header) + gap : 0;
        if (band.Framed && ColumnFiller.IsDone(band.Body, 0))
        {
            // A box of header only (the contents box): the same padding above and below, so that
            // the box takes whole grid lines.
            pad = GridPadding(headerHeight);
        }

        if (!AtPageTop && Y + 2 * pad + headerHeight + Math.Max(firstChunk, pictureHeight) > Bottom + ColumnFiller.Epsilon
            && !MakeRoomFor(Y + 2 * pad + headerHeight + Math.Max(firstChunk, pictureHeight) - Bottom))
        {
            ClosesBefore(band, OpeningOf(band), Y - above + 2 * pad + headerHeight + Math.Max(firstChunk, pictureHeight), Y - above, Bottom - above, Left, Left + Width);
            ClosePageEarly();
        }

        _bandStarts.Add(Current.Count);
        _shortColumns = [];

        if (band.Item is { } item)
        {
            _itemPages.TryAdd(item, _pages.Count);
        }

        var fragmentTop = Y;
        // Only the padding above and below moves to the grid: the text was set at the theme's width.
        var side = band.Framed ? FramePadding : 0;
        var x = Left + side;
        var width = Width - 2 * side;
        Y += pad;
        var columns = band.Columns;
        var gapWidth = _setup.ColumnGapPt;
        var columnWidth = (width - (columns - 1) * gapWidth) / columns;
        // The picture set into the band's last columns under the header, their text starting under
        // it; painted first, so it comes before the story in the content as it does in the model.
        var reserved = new double[columns];
        if (picture is { } set)
        {
            var first = columns - set.Span;
            if (set.Band.Item is { } pictureItem)
            {
                _itemPages.TryAdd(pictureItem, _pages.Count);
            }

            var header = set.Band.Header;
            SlicePainter.Paint(Current, header, new ColumnFill(FirstContent(header), header.Count, pictureHeight - gap, false), x + GridShift(set.Band, first), Y + (band.Header.Count > 0 ? headerHeight : 0));
            for (var column = first; column < columns; column++)
            {
                reserved[column] = pictureHeight;
            }
        }

        if (band.Header.Count > 0)
        {
            // Picture news set on its own: moved from the centre so its photo is on the column
            // grid, its title centred over the photo and its caption under it.
            var shift = PictureSpan(band) is { } span ? GridShift(band, (columns - span) / 2) : 0;
            SlicePainter.Paint(Current, band.Header, new ColumnFill(FirstContent(band.Header), band.Header.Count, headerHeight, false), x + shift, Y);
            Y += headerHeight;
        }

        var position = 0;
        while (!ColumnFiller.IsDone(band.Body, position))
        {
            var available = Bottom - pad - Y;
            var mustPlace = Y <= Top + pad + ColumnFiller.Epsilon;
            var inset = reserved.Any(r => r > 0);
            band = inset ? band : FillToFoot(band, position, available, mustPlace);
            // A band that ends on this page is balanced; one that goes on uses the full height.
            var balanced = !band.Balanced ? null
                : inset ? InsetColumns.Height(band.Body, position, reserved, available, _bodyLine)
                : ColumnBalancer.Height(band.Body, position, columns, available, _bodyLine);
            var height = balanced ?? available;
            var fills = new List<(int Column, ColumnFill Fill)>(columns);
            var shortColumns = new List<ShortColumn>();
            for (var column = 0; column < columns && !ColumnFiller.IsDone(band.Body, position); column++)
            {
                var fill = ColumnFiller.Fill(band.Body, position, height - reserved[column], mustPlace && reserved[column] <= 0);
                if (fill.IsEmpty)
                {
                    if (reserved[column] > 0)
                    {
                        continue;
                    }

                    break;
                }

                fills.Add((column, fill));
                position = fill.End;
            }

            var used = fills.Count == 0 ? 0 : fills.Max(f => f.Fill.Height + reserved[f.Column]);
            used = Math.Max(used, reserved.Max());
            var continues = !ColumnFiller.IsDone(band.Body, position);
            // Vertical justification only without a line grid: balanced newspaper columns, and a
            // column that goes on to the next page but had to stop short (a figure or a table that does not fit).
            var justify = _setup.LineGridPitchPt is null && (columns > 1 || continues);
            var shift = continues ? RunOnShift(band, fills, reserved, available, fragmentTop) : 0;
            for (var i = 0; continues && i <= fills.Count; i++)
            {
                // Why each column stops where it does (the last, and the columns left empty after it, go to the next page).
                var (column, fill) = i < fills.Count ? fills[i] : (fills.Count, new ColumnFill(position, position, 0, false));
                var last = i >= fills.Count - 1;
                var columnLeft = x + column * (columnWidth + gapWidth);
                ColumnStops(band, fill, height - reserved[Math.Min(column, columns - 1)] - fill.Height, columnLeft, last ? x + width : columnLeft + columnWidth, last);
                if (last)
                {
                    break;
                }
            }

            for (var i = 0; i < fills.Count; i++)
            {
                var (column, fill) = fills[i];
                var top = Y + reserved[column];
                var stretch = 0.0;
                if (justify && continues)
                {
                    stretch = Stretch(band.Body, fill, available - shift - reserved[column] - fill.Height, MaxStretchPerGapLines);
                }
                else if (justify && balanced is not null && i < fills.Count - 1)
                {
                    stretch = Stretch(band.Body, fill, used - reserved[column] - fill.Height, MaxBalancedStretchPerGapLines);
                }

                var first = Current.Count;
                var columnX = x + column * (columnWidth + gapWidth);
                SlicePainter.Paint(Current, band.Body, fill, columnX, top, stretch);
                if (justify && stretch <= 0 && fill.Height < used - reserved[column] - ColumnFiller.Epsilon)
                {
                    shortColumns.Add(new ShortColumn(band.Body, fill, columnX, top, used - reserved[column], first, Current.Count - first));
                }
            }

            var done = ColumnFiller.IsDone(band.Body, position);
            var ruleHeight = done ? used : available - shift;
            if (_setup.ColumnRule && columns > 1 && ruleHeight > 0)
            {
                for (var column = 1; column < columns; column++)
                {
                    // Between two columns of the picture, the rule starts under it.
                    var ruleTop = Math.Min(reserved[column - 1], reserved[column]);
                    var ruleX = x + column * (columnWidth + gapWidth) - gapWidth / 2;
                    if (ruleHeight > ruleTop)
                    {
                        Current.Add(new RuleElement(ruleX, Y + ruleTop, ruleX, Y + ruleHeight, _rules.ColumnRulePt, RgbColor.Black));
                    }
                }
            }

            Array.Clear(reserved);
            if (done)
            {
                _shortColumns = shortColumns;
                Y += used;
                break;
            }

            SpreadBetweenBands(shift);
            LoosenColumnsToFoot(band, x, Y + shift, columnWidth, gapWidth);
            Y = Bottom;
            CloseFrame(band, fragmentTop);
            NewPage();
            PlaceFloats(gap);
            _bandStarts.Add(Current.Count);
            fragmentTop = Y;
            Y += pad;
        }

        Y += band.Framed ? BottomPadding(Y - fragmentTop, pad) : pad;
        CloseFrame(band, fragmentTop);
        _bandOnPage = true;
    }

    /// <summary>
    /// Places slices at the foot of the last page (the 报尾), on a new page when they do not fit
    /// under what is there.
    /// </summary>
    public void PlaceAtBottom(IReadOnlyList<Slice> slices)
    {
        Flush();
        var height = slices.Sum(s => s.Height);
        if (Y + height > Bottom + ColumnFiller.Epsilon && !AtPageTop)
        {
            ClosesBeforeDistribution(height, Bottom - Y);
            ClosePageEarly(beforeDistribution: true);
        }

        var top = Math.Max(Y, Bottom - height);
        SlicePainter.Paint(Current, slices, new ColumnFill(0, slices.Count, height, false), Left, top);
        Y = top + height;
    }

    /// <summary>
    /// The space to open up in a column <paramref name="shortfall"/> short of where it should end:
    /// all of it when that is at most <paramref name="maxPerGapLines"/> body lines per gap between
    /// its slices, otherwise none (a column far too short is left as it is rather than gapped).
    /// </summary>
    private double Stretch(IReadOnlyList<Slice> slices, ColumnFill fill, double shortfall, double maxPerGapLines)
    {
        if (shortfall <= ColumnFiller.Epsilon)
        {
            return 0;
        }

        var gaps = 0;
        for (var i = fill.First + 1; i < fill.End; i++)
        {
            if (slices[i] is not SpaceSlice)
            {
                gaps++;
            }
        }

        return gaps > 0 && shortfall / gaps <= maxPerGapLines * _bodyLine + ColumnFiller.Epsilon ? shortfall : 0;
    }

    private void CloseFrame(Band band, double fragmentTop)
    {
        if (band.Framed)
        {
            Current.Add(new BoxElement(Left, fragmentTop, Width, Y - fragmentTop, _rules.FramePt, _frameColor, null));
        }
    }

    private static int FirstContent(IReadOnlyList<Slice> slices)
    {
        var first = 0;
        while (first < slices.Count && slices[first].Discardable)
        {
            first++;
        }

        return first;
    }

    private static double HeightSkippingLeadingSpace(IReadOnlyList<Slice> slices)
    {
        var height = 0.0;
        for (var i = FirstContent(slices); i < slices.Count; i++)
        {
            height += slices[i].Height;
        }

        return height;
    }

    /// <summary>Height of the body up to its first legal column break (what a heading must keep with).</summary>
    private static double FirstChunkHeight(IReadOnlyList<Slice> slices)
    {
        var height = 0.0;
        for (var i = FirstContent(slices); i < slices.Count; i++)
        {
            height += slices[i].Height;
            if (!slices[i].KeepWithNext)
            {
                break;
            }
        }

        return height;
    }
}
