using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>
/// Renders an article as its headline stack (column label, 引题, 主题, 副题, byline) and its body
/// (jump note, dateline run in, blocks, trailing byline, continued-on note), so the caller
/// can set the stack across the columns and the body in them.
/// </summary>
internal static class ArticleRenderer
{
    /// <summary>The two parts of a rendered article.</summary>
    public sealed record Rendered(List<OpenXmlElement> HeadlineStack, List<OpenXmlElement> Body);

    public static Rendered Render(Article article, WordRenderContext context, string path)
    {
        var stack = new List<OpenXmlElement>();
        if (article.ColumnLabel is { Length: > 0 } label)
        {
            // The label between full-width bars, as printed: ｜井州论坛｜.
            stack.Add(WordParagraphs.Styled(TextRole.ColumnLabel, WordParagraphs.Run(PrintedForms.ColumnLabel(label))));
        }

        if (article.Kicker is { Length: > 0 } kicker)
        {
            stack.Add(WordParagraphs.Styled(TextRole.Kicker, WordParagraphs.Lines(context.Hints.LinesOf([kicker]))));
        }

        var headline = WordParagraphs.Styled(TextRole.Headline, WordParagraphs.Lines(context.Hints.LinesOf(article.Headline.Lines)));
        stack.Add(headline);
        if (article.Subheadline is { Length: > 0 } subheadline)
        {
            stack.Add(WordParagraphs.Styled(TextRole.Subheadline, WordParagraphs.Lines(context.Hints.LinesOf([subheadline]))));
        }

        if (article.Byline is { Length: > 0 } byline)
        {
            stack.Add(WordParagraphs.Styled(TextRole.Byline, WordParagraphs.Run(byline)));
        }

        if (context.Bookmarks.ForItem(article) is { } name && context.Bookmarks.Place(name))
        {
            WordParagraphs.Bookmark(headline, name, context.NextBookmarkId());
        }

        return new Rendered(stack, Body(article, context, path));
    }

    private static List<OpenXmlElement> Body(Article article, WordRenderContext context, string path)
    {
        var body = new List<OpenXmlElement>(article.Body.Count + 3);
        if (article.ContinuedFrom is { Length: > 0 } from)
        {
            body.Add(WordParagraphs.Styled(TextRole.ContinuationNote, WordParagraphs.Run(PrintedForms.Parenthesized(from))));
        }

        var datelineAt = article.Dateline is { Length: > 0 } ? IndexOfFirstParagraph(article.Body) : -1;
        if (article.Dateline is { Length: > 0 } && datelineAt < 0)
        {
            body.Add(WordParagraphs.Styled(TextRole.Body, DatelineRuns(article.Dateline)));
        }

        for (var index = 0; index < article.Body.Count; index++)
        {
            var block = article.Body[index];
            var blockPath = $"{path}.Body[{index}]";
            if (block is Paragraph paragraph && index == datelineAt)
            {
                body.Add(WordBlockRenderer.Paragraph(paragraph, context, DatelineRuns(article.Dateline!)));
                continue;
            }

            body.AddRange(WordBlockRenderer.Render(block, context, blockPath));
        }

        // Its own right-aligned line: run on, Word may break （尹|哲） between the two Han characters (docs/typography.md §1 keeps it whole).
        if (article.TrailingByline is { Length: > 0 } trailing)
        {
            body.Add(WordParagraphs.Styled(TextRole.TrailingByline, WordParagraphs.Run(PrintedForms.Parenthesized(trailing))));
        }

        if (article.ContinuedOn is { Length: > 0 } on)
        {
            var note = WordParagraphs.Styled(TextRole.ContinuationNote, WordParagraphs.Run(PrintedForms.Parenthesized(on)));
            WordParagraphs.Properties(note).Justification = new W.Justification { Val = W.JustificationValues.Right };
            body.Add(note);
        }

        return body;
    }

    /// <summary>电头 run in: the dateline in its own character style, then a full-width space (docs/typography.md §5).</summary>
    private static OpenXmlElement[] DatelineRuns(string dateline) =>
        [WordParagraphs.Run(dateline, WordStyleIds.DatelineChar), WordParagraphs.Run("\u3000")];

    private static int IndexOfFirstParagraph(IReadOnlyList<Block> blocks)
    {
        for (var index = 0; index < blocks.Count; index++)
        {
            if (blocks[index] is Paragraph)
            {
                return index;
            }
        }

        return -1;
    }
}
