using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Flow;

/// <summary>Turns an article's headline stack and body into slices.</summary>
internal static class ArticleSlicer
{
    /// <summary>
    /// The headline stack: column label ｜井州论坛｜, kicker, headline (explicit lines stay lines),
    /// subheadline, byline; every slice keeps with what follows.
    /// </summary>
    public static void AddHeadlineStack(FlowContext context, SliceList slices, Article article, double width)
    {
        if (article.ColumnLabel is { } label)
        {
            context.AddText(slices, PrintedForms.ColumnLabel(label), width, TextRole.ColumnLabel, atomic: true, keepAll: true);
        }

        if (article.Kicker is { } kicker)
        {
            context.AddText(slices, kicker, width, TextRole.Kicker, keepAll: true);
        }

        BlockSlicer.AddLines(context, slices, article.Headline.Lines, width, TextRole.Headline);
        if (article.Subheadline is { } subheadline)
        {
            context.AddText(slices, subheadline, width, TextRole.Subheadline, keepAll: true);
        }

        if (article.Byline is { } byline)
        {
            context.AddText(slices, byline, width, TextRole.Byline, keepAll: true);
        }

        slices.KeepLastWithNext();
    }

    /// <summary>
    /// The body: （上接…） note, blocks with the dateline run into the first paragraph and followed by
    /// an ideographic space, the trailing byline （尹哲） right-aligned on its own line, （下转…） note.
    /// </summary>
    public static void AddBody(FlowContext context, SliceList slices, Article article, double width, double maxHeight, string path)
    {
        if (article.ContinuedFrom is { } from)
        {
            context.AddText(slices, PrintedForms.Parenthesized(from), width, TextRole.ContinuationNote, atomic: true);
        }

        var firstParagraph = -1;
        for (var i = 0; i < article.Body.Count; i++)
        {
            if (article.Body[i] is Paragraph)
            {
                firstParagraph = i;
                break;
            }
        }

        var dateline = article.Dateline is { } d
            ? new ParagraphTextBuilder().Append(d, context.Format(TextRole.Dateline), atomic: true).Append("\u3000", context.Format(TextRole.Body))
            : null;
        if (dateline is not null && firstParagraph < 0)
        {
            context.AddText(slices, dateline.Build(), width, TextRole.Body);
        }

        // The headline stack keeps with the first block: when that is a figure, it is scaled to
        // fit a column together with the stack, or the stack would stand alone at a page foot.
        // Other blocks keep the whole column (a table row may be as tall as that).
        var stackHeight = slices.Slices.Sum(slice => slice.Height);
        for (var i = 0; i < article.Body.Count; i++)
        {
            var room = i == 0 && article.Body[i] is Figure ? Math.Max(maxHeight - stackHeight, maxHeight / 4) : maxHeight;
            BlockSlicer.Add(context, slices, article.Body[i], width, room, $"{path}.Body[{i}]", i == firstParagraph ? dateline : null);
        }

        if (article.TrailingByline is not null || article.ContinuedOn is not null)
        {
            // A story's tail — its byline, its jump line — never opens a column on its own: it
            // keeps with the story's last two lines, as a last line does with the one before it (孤行,
            // docs/typography.md §4).
            slices.KeepLastLinesWithNext(2);
        }

        if (article.TrailingByline is { } trailing)
        {
            context.AddText(slices, PrintedForms.Parenthesized(trailing), width, TextRole.TrailingByline, TextAlignment.End, atomic: true);
        }

        if (article.ContinuedOn is { } on)
        {
            context.AddText(slices, PrintedForms.Parenthesized(on), width, TextRole.ContinuationNote, TextAlignment.End, atomic: true);
        }
    }
}
