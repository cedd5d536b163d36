using Bulletin.Docs.Composition;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;
using DocumentFormat.OpenXml;

namespace Bulletin.Docs.Word;

/// <summary>
/// Picture news on a newspaper page as the PDF's page composer sets it: the photo across half the
/// columns, on the column grid, set into the top of the next story's last columns with the story's
/// text running down beside it and on under it (docs/typography.md §5).
/// </summary>
internal static class PictureNewsRenderer
{
    /// <summary>Whether picture news can go into another story: its title, if any, no wider than its photo.</summary>
    public static bool Fits(PictureNews picture, WordRenderContext context) =>
        picture.Title is not { Length: > 0 } title || title.Length * context.Theme[TextRole.PictureTitle].SizePt <= SpanWidth(context);

    /// <summary>
    /// Whether <paramref name="item"/> can take picture news into its columns: a story that is not
    /// boxed and whose body opens with a paragraph for the picture to be anchored to (not a table,
    /// which Word would join to the picture's), or a section whose first item is one.
    /// </summary>
    public static bool CanTake(BulletinItem item, WordRenderContext context) => item switch
    {
        Article article => article.Body.Count > 0 && article.Body[0] is not Table && !(context.Theme.BoxColumns && article.ColumnLabel is { Length: > 0 }),
        Section section => section.Items.Count > 0 && CanTake(section.Items[0], context),
        _ => false,
    };

    /// <summary>
    /// The story's body with <paramref name="picture"/> floating at the top of its last columns,
    /// anchored to the body's first paragraph.
    /// </summary>
    public static IEnumerable<OpenXmlElement> SetInto(ComposedPicture picture, IReadOnlyList<OpenXmlElement> body, WordRenderContext context)
    {
        var width = SpanWidth(context);
        var content = new List<OpenXmlElement>();
        if (picture.Heading is { } heading)
        {
            content.AddRange(new WordBlockRenderer(context).Heading(heading));
        }

        using (context.WithWidth(width))
        {
            content.AddRange(FigureRenderer.Render(picture.Figure.Figure, context, picture.Figure.Path));
        }

        if (context.Bookmarks.ForItem(picture.Source) is { } name && context.Bookmarks.Place(name))
        {
            WordParagraphs.Bookmark((DocumentFormat.OpenXml.Wordprocessing.Paragraph)content[0], name, context.NextBookmarkId());
        }

        var columns = Math.Max(1, context.Page.Columns);
        var left = (columns - Span(context)) * (context.Page.ColumnWidthPt + context.Page.ColumnGapPt);
        // Half a body line under the caption, the gap the PDF leaves between stories.
        var style = context.Theme[TextRole.Body];
        var below = style.LineSpacing.ToPoints(style.SizePt) / 2;
        return [FigureRenderer.Floating(content, left, width, below), .. body];
    }

    /// <summary>The columns the photo spans: half the page's, as the PDF's band factory sizes it.</summary>
    private static int Span(WordRenderContext context) => Math.Max(1, Math.Max(1, context.Page.Columns) / 2);

    private static double SpanWidth(WordRenderContext context) => context.ColumnSpanWidthPt(Span(context));
}
