using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>
/// Renders the document body: masthead, items in reading order, 报尾. With
/// <see cref="BulletinTheme.HeadlinesSpanColumns"/> a headline stack goes in a one-column band and
/// its story in an N-column band; otherwise everything flows in the theme's columns.
/// </summary>
internal sealed class BulletinBodyRenderer(WordRenderContext context, BodyFlow flow)
{
    private int BodyColumns => Math.Max(1, context.Page.Columns);

    private bool Spans => context.Theme.HeadlinesSpanColumns && BodyColumns > 1;

    public W.Body Render(BulletinDocument document)
    {
        flow.UseColumns(Spans ? 1 : BodyColumns);
        if (document.Masthead is { } masthead)
        {
            using (context.WithWidth(Spans ? context.Page.ContentWidthPt : context.Page.ColumnWidthPt))
            {
                flow.AddRange(MastheadRenderer.Render(masthead, context));
            }
        }

        if (context.Theme.Contents)
        {
            flow.UseColumns(Spans ? 1 : BodyColumns);
            using (context.WithWidth(Spans ? context.Page.ContentWidthPt : context.Page.ColumnWidthPt))
            {
                flow.AddRange(ContentsRenderer.Render(document, context));
            }
        }

        for (var index = 0; index < document.Items.Count; index++)
        {
            Item(document.Items[index], $"Items[{index}]");
        }

        if (heldPicture is { } last)
        {
            heldPicture = null;
            PictureNews(last.Picture, last.Path);
        }

        if (document.Distribution is { } distribution)
        {
            flow.UseColumns(Spans ? 1 : BodyColumns);
            flow.AddRange(DistributionRenderer.Render(distribution, context));
        }

        return flow.Finish();
    }

    /// <summary>Picture news held to be set into the next story's columns, as the PDF sets it.</summary>
    private (PictureNews Picture, string Path)? heldPicture;

    private void Item(BulletinItem item, string path)
    {
        if (heldPicture is { } held && !PictureNewsRenderer.CanTake(item, context))
        {
            heldPicture = null;
            PictureNews(held.Picture, held.Path);
        }

        switch (item)
        {
            case Article article:
                Article(article, path);
                break;
            case PictureNews pictureNews when Spans && PictureNewsRenderer.Fits(pictureNews, context):
                heldPicture = (pictureNews, path);
                break;
            case PictureNews pictureNews:
                PictureNews(pictureNews, path);
                break;
            case Section section:
                Section(section, path);
                break;
            default:
                throw new NotSupportedException($"{path}: item {item.GetType().Name} is not supported by the Word writer.");
        }
    }

    private void Section(Section section, string path)
    {
        flow.UseColumns(Spans ? 1 : BodyColumns);
        var banner = WordParagraphs.Styled(TextRole.SectionBanner, WordParagraphs.Run(section.Banner));
        if (context.Bookmarks.ForItem(section) is { } name && context.Bookmarks.Place(name))
        {
            WordParagraphs.Bookmark(banner, name, context.NextBookmarkId());
        }

        flow.Add(banner);
        for (var index = 0; index < section.Items.Count; index++)
        {
            Item(section.Items[index], $"{path}.Items[{index}]");
        }
    }

    private void Article(Article article, string path)
    {
        var columnWidth = context.Page.ColumnWidthPt;
        if (context.Theme.BoxColumns && article.ColumnLabel is { Length: > 0 })
        {
            BoxedArticle(article, path);
            return;
        }

        ArticleRenderer.Rendered rendered;
        using (context.WithWidth(columnWidth))
        {
            rendered = ArticleRenderer.Render(article, context, path);
        }

        if (Spans)
        {
            flow.UseColumns(1);
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
            flow.AddRange(PictureNewsRenderer.SetInto(held.Picture, rendered.Body, context, held.Path));
            return;
        }

        flow.AddRange(rendered.Body);
    }

    /// <summary>
    /// A commentary box. On a many-column page it is a band of its own in half the columns (like the
    /// PDF's framed band), so the box's lines are long enough for its headline; Word balances the band.
    /// </summary>
    private void BoxedArticle(Article article, string path)
    {
        if (Spans && BoxedTableRenderer.ColumnsOf(article, context) is { } laidOutColumns)
        {
            // With our layout's columns known, one frame across the page with the headline spanning.
            ArticleRenderer.Rendered stack;
            using (context.WithWidth(context.Page.ContentWidthPt))
            {
                stack = ArticleRenderer.Render(article, context, path);
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
            boxed = ArticleRenderer.Render(article, context, path);
        }

        flow.AddRange(BoxedColumnRenderer.Render(boxed.HeadlineStack, boxed.Body, context.Theme));
        if (ownBand)
        {
            flow.EndBand();
        }
    }

    private void PictureNews(PictureNews pictureNews, string path)
    {
        // Picture news spans half the columns of a newspaper page so the photo reads at a glance.
        var width = Spans ? context.ColumnSpanWidthPt((BodyColumns + 1) / 2) : context.Page.ColumnWidthPt;
        flow.UseColumns(Spans ? 1 : BodyColumns);
        var elements = new List<OpenXmlElement>();
        if (pictureNews.Title is { Length: > 0 } title)
        {
            elements.Add(WordParagraphs.Styled(TextRole.PictureTitle, WordParagraphs.Run(title)));
        }

        using (context.WithWidth(width))
        {
            // The photo is centred in the band's full line, its caption and credit under it within its width.
            elements.AddRange(FigureRenderer.Render(pictureNews.Figure, context, path + ".Figure", Spans ? context.Page.ContentWidthPt : null));
        }

        if (context.Bookmarks.ForItem(pictureNews) is { } name && context.Bookmarks.Place(name))
        {
            WordParagraphs.Bookmark((W.Paragraph)elements[0], name, context.NextBookmarkId());
        }

        flow.AddRange(elements);
    }
}
