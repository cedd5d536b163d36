using Bulletin.Docs.Composition;
using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Pages;

/// <summary>
/// Turns the composed items into bands. A story whose placement spans the columns has its headline
/// stack across them and its body balanced under it; otherwise the stack is the start of the flow.
/// A section banner joins the band of its first item so it is never left alone at a page foot.
/// </summary>
internal sealed class BandFactory(FlowContext context, PageSetup setup)
{
    /// <summary>The bands of every item in reading order.</summary>
    public IEnumerable<Band> Bands(ComposedDocument document) =>
        document.Items.SelectMany(item => item.Accept(new ItemBands(this, [], null)));

    private IEnumerable<Band> SectionBands(ComposedSection section, StructureNode? parent)
    {
        var element = context.Structure.Add(StructureKind.Section, parent, title: section.Section.Banner);
        var banner = BannerSlices(section, element);
        if (section.Items.Count == 0)
        {
            return [new Band(section.Source, banner, [], 1, false, false) { Path = section.Path }];
        }

        return section.Items.SelectMany((item, i) => item.Accept(new ItemBands(this, i == 0 ? banner : [], element)));
    }

    private IReadOnlyList<Slice> BannerSlices(ComposedSection section, StructureNode element)
    {
        var slices = new SliceList { Container = element };
        if (section.Section.Id is { } id)
        {
            slices.Add(new AnchorSlice(id) { KeepWithNext = true });
        }

        var placement = StoryPlacement.Of(context.Theme, framed: false);
        var width = placement.StackWidthPt;
        new BlockSlicer(context, slices, width, setup.ContentHeightPt).Heading(section.Banner);
        slices.Add(new RuleSlice(width, context.Theme.Rules.SectionBannerPt, context.Theme.AccentColor, 4) { KeepWithNext = true });
        return slices.Slices;
    }

    private Band StoryBand(ComposedStory story, IReadOnlyList<Slice> prefix, StructureNode? section)
    {
        if (story.Module is not null || story.BesideModule)
        {
            // Both ways of setting it, each with its own structure element: the page composer sets one.
            var flow = story.Flow is { } ordinary ? StoryBand(ordinary, prefix, section) : null;
            return StoryBand(story with { Module = null, BesideModule = false, Flow = null }, prefix, section) with { Module = story.Module, BesideModule = story.BesideModule, Flow = flow };
        }

        var placement = story.Placement;
        var (header, body, stack) = Start(story, placement, story.Title, prefix, section);
        var maxHeight = setup.ContentHeightPt - 2 * placement.FramePaddingPt;
        new BlockSlicer(context, stack, placement.StackWidthPt, maxHeight).AddAll(story.Stack);
        stack.KeepLastWithNext();
        SnapInFlow(placement, body);
        new BlockSlicer(context, body, placement.ColumnWidthPt, maxHeight).AddAll(story.Body);
        return new Band(story.Source, header.Slices, body.Slices, placement.Columns, placement.Framed, Balanced: placement.SpansColumns) { Path = story.Path };
    }

    private Band PictureBand(ComposedPicture picture, IReadOnlyList<Slice> prefix, StructureNode? section)
    {
        var placement = picture.Placement;
        var (header, body, stack) = Start(picture, placement, picture.Title, prefix, section);
        if (picture.Heading is { } heading)
        {
            new BlockSlicer(context, stack, placement.StackWidthPt, setup.ContentHeightPt).Heading(heading);
        }

        // Picture news across a newspaper page: the photo across half the columns (aligned to the
        // column grid), caption under it.
        var imageWidth = placement.SpansColumns ? placement.SpanWidthPt(PictureInsets.Span(placement)) : (double?)null;
        var figureHeight = setup.ContentHeightPt - stack.Slices.Sum(s => s.Height);
        FigureSlicer.Add(context, stack, picture.Figure.Figure, placement.StackWidthPt, figureHeight, picture.Figure.Path, imageWidth);
        SnapInFlow(placement, body);
        return new Band(picture.Source, header.Slices, body.Slices, placement.Columns, placement.Framed, Balanced: placement.SpansColumns) { SetIntoNext = picture.SetIntoNext, Path = picture.Path };
    }

    /// <summary>
    /// The slice lists of an item's band, under a new article element: the header across the columns,
    /// the body in them, and the one the headline stack goes in; the section's banner starts it.
    /// </summary>
    private (SliceList Header, SliceList Body, SliceList Stack) Start(ComposedItem item, StoryPlacement placement, string title, IReadOnlyList<Slice> prefix, StructureNode? section)
    {
        var element = context.Structure.Add(StructureKind.Article, section, title: title);
        element.Item = item.Source;
        var header = new SliceList { Container = element };
        var body = new SliceList { Container = element };
        var stack = placement.SpansColumns ? header : body;
        stack.AddRange(prefix);
        if (item.Source.Id is { } id)
        {
            stack.Add(new AnchorSlice(id) { KeepWithNext = true });
        }

        return (header, body, stack);
    }

    /// <summary>A headline stack in the flow takes whole body lines, so the body after it stays on the grid.</summary>
    private void SnapInFlow(StoryPlacement placement, SliceList body)
    {
        if (!placement.SpansColumns)
        {
            body.SnapToPitch(0, context.LinePitchPt);
        }
    }

    /// <summary>The bands of one item; <c>Prefix</c> is its section's banner when it is the section's first item.</summary>
    private sealed class ItemBands(BandFactory factory, IReadOnlyList<Slice> prefix, StructureNode? section) : IComposedItemVisitor<IEnumerable<Band>>
    {
        public IEnumerable<Band> Story(ComposedStory story) => [factory.StoryBand(story, prefix, section)];

        public IEnumerable<Band> Picture(ComposedPicture picture) => [factory.PictureBand(picture, prefix, section)];

        public IEnumerable<Band> Section(ComposedSection composed) => factory.SectionBands(composed, section);
    }
}
