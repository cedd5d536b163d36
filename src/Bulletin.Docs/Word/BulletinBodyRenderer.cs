using Bulletin.Docs.Composition;
using Bulletin.Docs.Theme;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>
/// Renders the document body: masthead, items in reading order, 报尾. With
/// <see cref="BulletinTheme.HeadlinesSpanColumns"/> a headline stack goes in a one-column band and
/// its story in an N-column band; otherwise everything flows in the theme's columns.
/// </summary>
internal sealed class BulletinBodyRenderer(WordRenderContext context, BodyFlow flow) : IComposedItemVisitor<BodyFlow>
{
    private int BodyColumns => Math.Max(1, context.Page.Columns);

    private bool Spans => context.Theme.HeadlinesSpanColumns && BodyColumns > 1;

    public W.Body Render(ComposedDocument composed)
    {
        flow.UseColumns(Spans ? 1 : BodyColumns);
        if (composed.Masthead is { } masthead)
        {
            using (context.WithWidth(Spans ? context.Page.ContentWidthPt : context.Page.ColumnWidthPt))
            {
                flow.AddRange(MastheadRenderer.Render(masthead, context));
            }
        }

        if (composed.Contents is { } entries)
        {
            flow.UseColumns(Spans ? 1 : BodyColumns);
            using (context.WithWidth(Spans ? context.Page.ContentWidthPt : context.Page.ColumnWidthPt))
            {
                flow.AddRange(ContentsRenderer.Render(entries, context));
            }
        }

        // A section stands for its banner here, its items following it in the walk, so that an item
        // the PDF printed after a later one (picture news floated past it) can follow it in Word too.
        foreach (var item in context.Hints.InPrintedOrder(Walk(composed.Items)))
        {
            Item(item);
        }

        if (composed.Distribution is { } distribution)
        {
            flow.UseColumns(Spans ? 1 : BodyColumns);
            flow.AddRange(DistributionRenderer.Render(distribution, context));
        }

        return flow.Finish();
    }

    /// <summary>Picture news held to be set into the next story's columns, as the PDF sets it.</summary>
    private ComposedPicture? heldPicture;

    /// <summary>
    /// Renders <paramref name="item"/>; picture news the composition set into the next story
    /// (<see cref="PictureInsets"/>) is held until that story is rendered.
    /// </summary>
    private void Item(ComposedItem item)
    {
        if (item is ComposedPicture { SetIntoNext: true } picture)
        {
            heldPicture = picture;
            return;
        }

        item.Accept(this);
    }

    /// <summary>A section's banner; <see cref="Render"/> walks its items after it (<see cref="Walk"/>).</summary>
    public BodyFlow Section(ComposedSection section)
    {
        flow.UseColumns(Spans ? 1 : BodyColumns);
        var banner = (W.Paragraph)new WordBlockRenderer(context).Heading(section.Banner).Single();
        if (context.Bookmarks.ForItem(section.Source) is { } name && context.Bookmarks.Place(name))
        {
            WordParagraphs.Bookmark(banner, name, context.NextBookmarkId());
        }

        flow.Add(banner);
        return flow;
    }

    /// <summary>The items in model order, each section followed by its own items (<see cref="Section"/> renders its banner).</summary>
    private static IEnumerable<ComposedItem> Walk(IReadOnlyList<ComposedItem> items) =>
        items.SelectMany(item => item is ComposedSection section ? Walk(section.Items).Prepend(item) : [item]);

    /// <summary>A module the layout set, held to float beside the stories after it, as the PDF sets it; emitted before the first of them.</summary>
    private (ComposedStory Story, Layout.ModuleReport LaidOut, bool Emitted)? heldModule;

    /// <inheritdoc />
    public BodyFlow Story(ComposedStory story)
    {
        // A module and the stories beside it follow the page layout: set together where it set the
        // module, each story it did not set beside it (and the module it fell back for) in the flow.
        W.Table? module = null;
        if (story.Module is not null)
        {
            heldModule = null;
            if (Spans && context.Hints.Modules.TryGetValue(story.Source, out var laidOut))
            {
                heldModule = (story, laidOut, false);
                return flow;
            }

            story = story.Flow ?? story;
        }
        else if (story.BesideModule && heldModule is { } moduleHeld && moduleHeld.LaidOut.Beside.Contains(story.Source, ReferenceEqualityComparer.Instance))
        {
            if (!moduleHeld.Emitted)
            {
                heldModule = moduleHeld with { Emitted = true };
                module = ModuleRenderer.Render(moduleHeld.Story, moduleHeld.LaidOut, context);
            }
        }
        else
        {
            heldModule = null;
            story = story.Flow ?? story;
        }

        if (story.Placement.Framed)
        {
            BoxedArticle(story);
            return flow;
        }

        ArticleRenderer.Rendered rendered;
        using (context.WithWidth(context.Page.ColumnWidthPt))
        {
            rendered = ArticleRenderer.Render(story, context);
        }

        if (Spans)
        {
            flow.UseColumns(1);
            if (module is not null)
            {
                // Anchored before the headline beside it, so the stack and the body wrap around it.
                if (flow.IsEmpty)
                {
                    // LibreOffice sets a floating table in a document's first section in the flow:
                    // a spacer closes that section, so the module floats in the next.
                    flow.AddSpacer();
                    flow.StartBand(1);
                }

                flow.Add(module);
            }

            flow.AddRange(rendered.HeadlineStack);
            flow.UseColumns(BodyColumns);
        }
        else
        {
            flow.AddRange(rendered.HeadlineStack);
        }

        if (heldPicture is { } held)
        {
            heldPicture = null;
            flow.AddRange(PictureNewsRenderer.SetInto(held, rendered.Body, context));
            return flow;
        }

        flow.AddRange(rendered.Body);
        return flow;
    }

    /// <summary>
    /// A commentary box. On a many-column page it is a band of its own in half the columns (like the
    /// PDF's framed band), so the box's lines are long enough for its headline; Word balances the band.
    /// </summary>
    private void BoxedArticle(ComposedStory story)
    {
        if (Spans && BoxedTableRenderer.ColumnsOf(story.Article, context) is { } laidOutColumns)
        {
            // With our layout's columns known, one frame across the page with the headline spanning.
            ArticleRenderer.Rendered stack;
            using (context.WithWidth(context.Page.ContentWidthPt))
            {
                stack = ArticleRenderer.Render(story, context);
            }

            flow.StartBand(1);
            flow.Add(BoxedTableRenderer.Render(stack.HeadlineStack, laidOutColumns, context));
            flow.Add(WordParagraphs.Styled(TextRole.Body));
            flow.EndBand();
            return;
        }

        var ownBand = BodyColumns > 1;
        var columns = ownBand ? Math.Max(1, BodyColumns / 2) : BodyColumns;
        if (ownBand)
        {
            flow.StartBand(columns);
        }
        else
        {
            flow.UseColumns(columns);
        }

        var columnWidth = (context.Page.ContentWidthPt - (columns - 1) * context.Page.ColumnGapPt) / columns;
        ArticleRenderer.Rendered boxed;
        using (context.WithWidth(BoxedColumnRenderer.InnerWidthPt(context.Theme, columnWidth)))
        {
            boxed = ArticleRenderer.Render(story, context);
        }

        flow.AddRange(BoxedColumnRenderer.Render(boxed.HeadlineStack, boxed.Body, context.Theme));
        if (ownBand)
        {
            flow.EndBand();
        }
    }

    /// <inheritdoc />
    public BodyFlow Picture(ComposedPicture picture)
    {
        // Picture news spans half the columns of a newspaper page so the photo reads at a glance.
        var width = Spans ? context.ColumnSpanWidthPt(PictureInsets.Span(picture.Placement)) : context.Page.ColumnWidthPt;
        flow.UseColumns(Spans ? 1 : BodyColumns);
        var elements = new List<OpenXmlElement>();
        if (picture.Heading is { } heading)
        {
            elements.AddRange(new WordBlockRenderer(context).Heading(heading));
        }

        using (context.WithWidth(width))
        {
            // The photo is centred in the band's full line, its caption and credit under it within its width.
            elements.AddRange(FigureRenderer.Render(picture.Figure.Figure, context, picture.Figure.Path, Spans ? context.Page.ContentWidthPt : null));
        }

        if (context.Bookmarks.ForItem(picture.Source) is { } name && context.Bookmarks.Place(name))
        {
            WordParagraphs.Bookmark((W.Paragraph)elements[0], name, context.NextBookmarkId());
        }

        flow.AddRange(elements);
        return flow;
    }
}
