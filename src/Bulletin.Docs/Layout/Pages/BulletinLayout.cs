using Bulletin.Docs.Composition;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Pages;

/// <summary>
/// Lays a bulletin out on pages: masthead, optional contents box, item bands (headline stacks
/// across the columns, balanced body columns), the 报尾 at the foot of the last page, then headers
/// and page numbers. A pure function of the document, the theme and the text layouter.
/// </summary>
internal static class BulletinLayout
{
    /// <summary>Composes <paramref name="document"/> in <paramref name="theme"/>, headings broken by the layout's balancer, and lays it out.</summary>
    /// <exception cref="BulletinLayoutException">Something cannot be placed, e.g. a table row taller than a column.</exception>
    public static LaidOutDocument Layout(BulletinDocument document, BulletinTheme theme, IParagraphLayouter text) =>
        Layout(Compose(document, theme, text), text);

    /// <summary>
    /// The composition both writers render, its headings broken as this layout sets them and, with
    /// <paramref name="fonts"/>, the characters its faces lack marked with the face that sets them.
    /// </summary>
    public static ComposedDocument Compose(BulletinDocument document, BulletinTheme theme, IParagraphLayouter text, FontRegistry? fonts = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(theme);
        ArgumentNullException.ThrowIfNull(text);
        return BulletinComposer.Compose(document, theme, new LayoutTextFacts(new FlowContext(theme, text), fonts));
    }

    /// <summary>Lays out a composed document.</summary>
    /// <exception cref="BulletinLayoutException">Something cannot be placed, e.g. a table row taller than a column.</exception>
    public static LaidOutDocument Layout(ComposedDocument composed, IParagraphLayouter text)
    {
        ArgumentNullException.ThrowIfNull(composed);
        ArgumentNullException.ThrowIfNull(text);
        var theme = composed.Theme;
        var context = new FlowContext(theme, text);
        // Made first, so that they come first in reading order, though composed after the bands are made.
        var front = new FrontMatter(context.Structure.Add(StructureKind.Masthead, null), context.Structure.Add(StructureKind.Contents, null));
        var bands = new BandFactory(context, theme.Page).Bands(composed);
        if (!theme.Contents)
        {
            // Bands are made as they are placed, so only the output is held in memory.
            return Compose(context, composed, bands, front, contents: null);
        }

        var allBands = bands.ToList();

        // Two passes: the contents box has the same height whatever its page numbers, so the second
        // pass puts every item on the page the first pass found.
        var firstPass = ComposePages(context, composed, allBands, front, _ => 0, out _);
        // A contents list follows the order of printing, page then place on the page, which is
        // not model order where picture news floats past the stories after it. The box is as tall
        // in any order, so the second pass sets the same pages.
        var printed = composed with { Contents = PrintedOrder(composed.Contents, firstPass.Pages) };
        var laidOut = Compose(context, printed, allBands, front, item => firstPass.ItemPages.TryGetValue(item, out var page) ? composed.Pages.Number(page - 1) : 0);
        return laidOut with { Contents = printed.Contents };
    }

    /// <summary>
    /// <paramref name="entries"/> in the order a reader meets their items on <paramref name="pages"/>
    /// (<see cref="FirstLines"/>). An entry whose item printed no line keeps its place after those
    /// that did, in model order.
    /// </summary>
    private static IReadOnlyList<ContentsEntry>? PrintedOrder(IReadOnlyList<ContentsEntry>? entries, IReadOnlyList<List<PageElement>> pages)
    {
        if (entries is null)
        {
            return null;
        }

        var first = FirstLines(pages);
        return [.. entries.OrderBy(entry => first.TryGetValue(entry.Item, out var place) ? place : (int.MaxValue, 0, 0))];
    }

    /// <summary>
    /// Where each item's first line of text is printed on <paramref name="pages"/>, its own or that
    /// of an item inside it: the sheet (0-based), then the baseline, then the left edge, in pt, so
    /// that ordering by it is the order a reader meets the items on pages of one column.
    /// </summary>
    private static Dictionary<BulletinItem, (int Page, double Baseline, double X)> FirstLines(IReadOnlyList<IReadOnlyList<PageElement>> pages)
    {
        var first = new Dictionary<BulletinItem, (int Page, double Baseline, double X)>(ReferenceEqualityComparer.Instance);
        for (var page = 0; page < pages.Count; page++)
        {
            foreach (var line in pages[page].OfType<TextLineElement>())
            {
                var place = (page, line.Baseline, line.X);
                for (var node = line.Structure; node is not null; node = node.Parent)
                {
                    if (node.Item is { } item && (!first.TryGetValue(item, out var known) || place.CompareTo(known) < 0))
                    {
                        first[item] = place;
                    }
                }
            }
        }

        return first;
    }

    private static double FramePadding(BulletinTheme theme) => theme.FramePaddingPt;

    private static LaidOutDocument Compose(FlowContext context, ComposedDocument composed, IEnumerable<Band> bands, FrontMatter front, Func<BulletinItem, int>? contents)
    {
        var composer = ComposePages(context, composed, bands, front, contents, out var mastheadGrid);
        var setup = context.Theme.Page;
        var edition = composed.Pages;
        var total = composer.Pages.Count;
        var pages = new LaidOutPage[total];
        for (var i = 0; i < total; i++)
        {
            var (runningHead, folio) = PageFurniture.Add(context, edition, composer.Pages[i], i, total);
            pages[i] = new LaidOutPage(i + 1, setup.WidthPt, setup.HeightPt, composer.Pages[i].AsReadOnly()) { RunningHead = runningHead, Folio = folio };
        }

        // The contents box and the Word file's PAGEREF results print folios, not sheet indices.
        // By reference: two items may be equal records, and each has its own page.
        var itemPages = new Dictionary<BulletinItem, int>(composer.ItemPages.Count, ReferenceEqualityComparer.Instance);
        foreach (var (item, page) in composer.ItemPages)
        {
            itemPages.Add(item, edition.Number(page - 1));
        }

        return new LaidOutDocument(Array.AsReadOnly(pages), composed.Source.Metadata)
        {
            Structure = context.Structure.Assemble(pages),
            ItemPages = itemPages,
            ItemPlaces = FirstLines(composer.Pages),
            FirstPageNumber = edition.FirstNumber,
            Modules = ModuleReports(composed.Items, composer.ModuleReports),
            WhiteFeet = composer.WhiteFeet(),
            MastheadGridPt = mastheadGrid,
        };
    }

    /// <summary>
    /// What became of each article that asked for a placement, in reading order: the page
    /// composer's outcome for a module the composition decided, else the composition's reason.
    /// </summary>
    private static ModuleReport[] ModuleReports(IReadOnlyList<ComposedItem> items, IReadOnlyList<ModuleReport> placed)
    {
        var reports = new List<ModuleReport>();
        foreach (var item in items.SelectMany(item => item is ComposedSection section ? section.Items : [item]))
        {
            if (item is not ComposedStory { Article.Placement: not null } story)
            {
                continue;
            }

            reports.Add(story.Module is null
                ? new ModuleReport(story.Path, AsModule: false, story.ModuleNote) { Item = story.Source }
                : (placed.FirstOrDefault(report => ReferenceEquals(report.Item, story.Source)) ?? new ModuleReport(string.Empty, AsModule: false, "it was not reached")) with { Path = story.Path });
        }

        return [.. reports];
    }

    private static PageComposer ComposePages(FlowContext context, ComposedDocument composed, IEnumerable<Band> bands, FrontMatter front, Func<BulletinItem, int>? contents, out double mastheadGrid)
    {
        var theme = context.Theme;
        mastheadGrid = 0;
        var composer = new PageComposer(theme.Page, theme.AccentColor, FramePadding(theme), context.BodyLinePt, theme.Rules) { Loosener = context.Loosener };
        if (composed.Masthead is { } masthead)
        {
            MastheadPainter.Paint(context, masthead, composer, front.Masthead);
            if (theme.Page.LineGridPitchPt is { } pitch)
            {
                // The first body line under the masthead sits on the page's line grid.
                var below = composer.Y;
                composer.Y = composer.Top + (Math.Ceiling(((composer.Y - composer.Top) / pitch) - 1e-6) * pitch);
                mastheadGrid = composer.Y - below;
            }
        }

        // Between stories: one body line in the flow (on the grid); half a line between newspaper
        // bands, whose spanning headlines bring their own leading and whose columns are ruled.
        var bandGap = theme.HeadlinesSpanColumns ? context.BodyLinePt / 2 : context.LinePitchPt;
        if (contents is not null && composed.Contents is { } entries)
        {
            var box = ContentsSlicer.Slices(context, entries, composer.Width - 2 * composer.FramePadding, contents, front.Contents);
            composer.Place(new Band(null, box, [], 1, Framed: true, Balanced: false), 0);
        }

        foreach (var band in bands)
        {
            composer.Place(band, bandGap);
        }

        composer.Flush();

        if (composed.Distribution is { } distribution)
        {
            composer.PlaceAtBottom(DistributionSlicer.Slices(context, distribution, composer.Width));
        }

        return composer;
    }

    /// <summary>The structure elements of what precedes the items: the masthead and the contents box.</summary>
    private sealed record FrontMatter(StructureNode Masthead, StructureNode Contents);
}
