using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Pages;

/// <summary>
/// Places bands on pages from top to bottom, opening pages as needed. Holds the pages being built;
/// one instance per layout run.
/// </summary>
internal sealed class PageComposer
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
    private (Band Band, double Gap)? _heldPicture;

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
    /// </summary>
    private void ClosePageEarly()
    {
        OpenUpShortColumns();
        var white = Bottom - Y;
        var gaps = _bandStarts.Count - 1;
        if (_setup.LineGridPitchPt is null && gaps > 0 && white > ColumnFiller.Epsilon && white / gaps <= (MaxBandGapStretchLines * _bodyLine) + ColumnFiller.Epsilon)
        {
            var perGap = white / gaps;
            for (var band = 1; band <= gaps; band++)
            {
                var end = band < gaps ? _bandStarts[band + 1] : Current.Count;
                for (var i = _bandStarts[band]; i < end; i++)
                {
                    Current[i] = Shifted(Current[i], band * perGap);
                }
            }
        }

        NewPage();
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

    /// <summary>
    /// Places a band below what is on the page, after <paramref name="gap"/> unless at the page top.
    /// Picture news the composition set into the next story (<see cref="Composition.PictureInsets"/>)
    /// is held back and set into the top of that band's last columns, the text running down the
    /// columns beside it and on under it; should the band not have the columns after all, it is set
    /// on its own, its photo on the column grid, as other picture news is.
    /// </summary>
    public void Place(Band band, double gap)
    {
        if (_heldPicture is { } held)
        {
            _heldPicture = null;
            if (PictureColumns(held.Band) is { } span && CanTakePicture(band, span))
            {
                PlaceBand(band, gap, (held.Band, span));
                return;
            }

            PlaceBand(held.Band, held.Gap, null);
        }

        if (band.SetIntoNext && PictureColumns(band) is not null)
        {
            _heldPicture = (band, gap);
            return;
        }

        PlaceBand(band, gap, null);
    }

    /// <summary>Sets picture news still held back (nothing followed it) on its own.</summary>
    public void Flush()
    {
        if (_heldPicture is { } held)
        {
            _heldPicture = null;
            PlaceBand(held.Band, held.Gap, null);
        }
    }

    /// <summary>
    /// For picture news that can be set into other columns (a photo across whole columns of a page
    /// of several, no body, any title no wider than the photo): the number of columns the photo spans.
    /// </summary>
    private int? PictureColumns(Band band)
    {
        if (!ColumnFiller.IsDone(band.Body, 0) || PictureSpan(band) is not { } span)
        {
            return null;
        }

        // A title goes with the photo, centred over it, when no line of it is wider.
        var image = band.Header.OfType<ImageSlice>().First();
        var fits = band.Header.TakeWhile(slice => slice is not ImageSlice).All(slice => slice is not LineSlice line || line.Line.Line.Width <= image.Width + ColumnFiller.Epsilon);
        return fits ? span : null;
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

    /// <summary>
    /// Whether <paramref name="band"/> can take a picture <paramref name="span"/> columns wide into
    /// its columns: a story not framed, balanced in more columns, whose body does not open with a
    /// table (the Word file anchors the picture to the story's first paragraph).
    /// </summary>
    private static bool CanTakePicture(Band band, int span) =>
        band is { Framed: false, Balanced: true } && band.Columns > span && !ColumnFiller.IsDone(band.Body, 0)
        && band.Body.FirstOrDefault(slice => slice is not (AnchorSlice or SpaceSlice)) is not TableRowSlice;

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

    private void PlaceBand(Band band, double gap, (Band Band, int Span)? picture)
    {
        if (band.Header.Count == 0 && ColumnFiller.IsDone(band.Body, 0))
        {
            return;
        }

        // The gap separates stories: none at a page top or right under the masthead.
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

        if (!AtPageTop && Y + 2 * pad + headerHeight + Math.Max(firstChunk, pictureHeight) > Bottom + ColumnFiller.Epsilon)
        {
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
            for (var i = 0; i < fills.Count; i++)
            {
                var (column, fill) = fills[i];
                var top = Y + reserved[column];
                var stretch = 0.0;
                if (justify && continues)
                {
                    stretch = Stretch(band.Body, fill, available - reserved[column] - fill.Height, MaxStretchPerGapLines);
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
            var ruleHeight = done ? used : available;
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

            Y = Bottom;
            CloseFrame(band, fragmentTop);
            NewPage();
            _bandStarts.Add(Current.Count);
            fragmentTop = Y;
            Y += pad;
        }

        Y += band.Framed ? BottomPadding(Y - fragmentTop, pad) : pad;
        CloseFrame(band, fragmentTop);
        _bandOnPage = true;
    }

    /// <summary>
    /// Padding above and below <paramref name="content"/> in a frame: on a line grid, what makes
    /// the frame a whole number of grid lines tall, as near the theme's padding as it can be and at
    /// least half of it, so what follows the frame stays on the grid (GB/T 9704 §5.2.2: 22 lines
    /// a page); without a grid, the theme's padding.
    /// </summary>
    private double GridPadding(double content)
    {
        if (_setup.LineGridPitchPt is not { } pitch || pitch <= 0)
        {
            return FramePadding;
        }

        var lines = Math.Round((content + (2 * FramePadding)) / pitch);
        while ((lines * pitch) - content < FramePadding - ColumnFiller.Epsilon)
        {
            lines++;
        }

        return ((lines * pitch) - content) / 2;
    }

    /// <summary>
    /// Padding under a frame's content that already takes <paramref name="used"/> from the frame's
    /// top, padding above included: on a line grid, what ends the frame on a grid line, as near
    /// <paramref name="pad"/> as it can be and at least half of it; otherwise <paramref name="pad"/>.
    /// </summary>
    private double BottomPadding(double used, double pad)
    {
        if (_setup.LineGridPitchPt is not { } pitch || pitch <= 0)
        {
            return pad;
        }

        var lines = Math.Round((used + pad) / pitch);
        while ((lines * pitch) - used < (pad / 2) - ColumnFiller.Epsilon)
        {
            lines++;
        }

        return (lines * pitch) - used;
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
            ClosePageEarly();
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
