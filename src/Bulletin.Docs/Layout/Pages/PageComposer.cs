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
    private const double ColumnRulePt = 0.5;
    private const double FrameStrokePt = 0.75;
    private readonly List<List<PageElement>> _pages = [];
    private readonly Dictionary<BulletinItem, int> _itemPages = new(ReferenceEqualityComparer.Instance);
    private readonly PageSetup _setup;
    private readonly RgbColor _frameColor;

    /// <summary>Starts with one empty page.</summary>
    public PageComposer(PageSetup setup, RgbColor frameColor, double framePadding)
    {
        _setup = setup;
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

    /// <summary>Opens a new page.</summary>
    public void NewPage()
    {
        _pages.Add([]);
        Y = Top;
    }

    /// <summary>Places a band below what is on the page, after <paramref name="gap"/> unless at the page top.</summary>
    public void Place(Band band, double gap)
    {
        if (band.Header.Count == 0 && ColumnFiller.IsDone(band.Body, 0))
        {
            return;
        }

        if (!AtPageTop)
        {
            Y += gap;
        }

        var pad = band.Framed ? FramePadding : 0;
        var headerHeight = HeightSkippingLeadingSpace(band.Header);
        var firstChunk = FirstChunkHeight(band.Body);
        if (!AtPageTop && Y + 2 * pad + headerHeight + firstChunk > Bottom + ColumnFiller.Epsilon)
        {
            NewPage();
        }

        if (band.Item is { } item)
        {
            _itemPages.TryAdd(item, _pages.Count);
        }

        var fragmentTop = Y;
        var x = Left + pad;
        var width = Width - 2 * pad;
        Y += pad;
        if (band.Header.Count > 0)
        {
            var fill = new ColumnFill(FirstContent(band.Header), band.Header.Count, headerHeight, false);
            SlicePainter.Paint(Current, band.Header, fill, x, Y);
            Y += headerHeight;
        }

        var columns = band.Columns;
        var gapWidth = _setup.ColumnGapPt;
        var columnWidth = (width - (columns - 1) * gapWidth) / columns;
        var position = 0;
        while (!ColumnFiller.IsDone(band.Body, position))
        {
            var available = Bottom - pad - Y;
            var mustPlace = Y <= Top + pad + ColumnFiller.Epsilon;
            var balanced = band.Balanced ? ColumnFiller.BalancedHeight(band.Body, position, columns, available) : null;
            var height = balanced ?? available;
            var used = 0.0;
            for (var column = 0; column < columns && !ColumnFiller.IsDone(band.Body, position); column++)
            {
                var fill = ColumnFiller.Fill(band.Body, position, height, mustPlace);
                if (fill.IsEmpty)
                {
                    break;
                }

                SlicePainter.Paint(Current, band.Body, fill, x + column * (columnWidth + gapWidth), Y);
                used = Math.Max(used, fill.Height);
                position = fill.End;
            }

            var done = ColumnFiller.IsDone(band.Body, position);
            var ruleHeight = done ? used : available;
            if (_setup.ColumnRule && columns > 1 && ruleHeight > 0)
            {
                for (var column = 1; column < columns; column++)
                {
                    var ruleX = x + column * (columnWidth + gapWidth) - gapWidth / 2;
                    Current.Add(new RuleElement(ruleX, Y, ruleX, Y + ruleHeight, ColumnRulePt, RgbColor.Black));
                }
            }

            if (done)
            {
                Y += used;
                break;
            }

            Y = Bottom;
            CloseFrame(band, fragmentTop);
            NewPage();
            fragmentTop = Y;
            Y += pad;
        }

        Y += pad;
        CloseFrame(band, fragmentTop);
    }

    /// <summary>
    /// Places slices at the foot of the last page (the 报尾), on a new page when they do not fit
    /// under what is there.
    /// </summary>
    public void PlaceAtBottom(IReadOnlyList<Slice> slices)
    {
        var height = slices.Sum(s => s.Height);
        if (Y + height > Bottom + ColumnFiller.Epsilon && !AtPageTop)
        {
            NewPage();
        }

        var top = Math.Max(Y, Bottom - height);
        SlicePainter.Paint(Current, slices, new ColumnFill(0, slices.Count, height, false), Left, top);
        Y = top + height;
    }

    private void CloseFrame(Band band, double fragmentTop)
    {
        if (band.Framed)
        {
            Current.Add(new BoxElement(Left, fragmentTop, Width, Y - fragmentTop, FrameStrokePt, _frameColor, null));
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
