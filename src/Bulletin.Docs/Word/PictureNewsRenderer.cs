using Bulletin.Docs.Composition;
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
    /// <summary>
    /// The story's body with <paramref name="picture"/> floating at the top of its last columns,
    /// anchored to the body's first paragraph.
    /// </summary>
    public static IEnumerable<OpenXmlElement> SetInto(ComposedPicture picture, IReadOnlyList<OpenXmlElement> body, WordRenderContext context)
    {
        var width = context.ColumnSpanWidthPt(Span(picture));
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
        var left = (columns - Span(picture)) * (context.Page.ColumnWidthPt + context.Page.ColumnGapPt);
        // Half a body line under the caption, the gap the PDF leaves between stories.
        var style = context.Theme[TextRole.Body];
        var below = style.LineSpacing.ToPoints(style.SizePt) / 2;
        return [FigureRenderer.Floating(content, left, width, below), .. body];
    }

    /// <summary>The columns the photo spans, as the composition decided (<see cref="PictureInsets.Span"/>).</summary>
    private static int Span(ComposedPicture picture) => PictureInsets.Span(picture.Placement);
}
