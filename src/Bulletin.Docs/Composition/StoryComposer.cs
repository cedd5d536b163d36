using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Composition;

/// <summary>Composes an article's headline stack and body, with their printed forms and keeps.</summary>
internal static class StoryComposer
{
    /// <summary>
    /// The headline stack: column label between bars ｜井州论坛｜, 引题, 主题 (each model line balanced
    /// on its own; a boxed commentary's in <see cref="TextRole.BoxedHeadline"/>), 副题, byline; all
    /// kept together and with the body.
    /// </summary>
    public static IReadOnlyList<ComposedBlock> Stack(Article article, string path, StoryPlacement placement, BlockComposer blocks)
    {
        var width = placement.StackWidthPt;
        var stack = new List<ComposedBlock>(5);
        if (article.ColumnLabel is { Length: > 0 } label)
        {
            stack.Add(new TextBlock($"{path}.ColumnLabel", TextRole.ColumnLabel, [new Span(PrintedForms.ColumnLabel(label), Atomic: true)]) { KeepWithNext = true });
        }

        if (article.Kicker is { Length: > 0 } kicker)
        {
            stack.Add(blocks.Heading($"{path}.Kicker", TextRole.Kicker, [kicker], width));
        }

        var headline = placement.Framed ? TextRole.BoxedHeadline : TextRole.Headline;
        stack.Add(blocks.Heading($"{path}.Headline", headline, article.Headline.Lines, width));
        if (article.Subheadline is { Length: > 0 } deck)
        {
            stack.Add(blocks.Heading($"{path}.Subheadline", TextRole.Subheadline, [deck], width));
        }

        if (article.Byline is { Length: > 0 } byline)
        {
            stack.Add(new TextBlock($"{path}.Byline", TextRole.Byline, [new Span(byline)]) { KeepWithNext = true });
        }

        return stack;
    }

    /// <summary>
    /// The body: （上接…） note, the blocks with the 电头 run into the first paragraph and followed by
    /// an ideographic space (docs/typography.md §5), the trailing byline （尹哲） at the line's end,
    /// the （下转…） note at the line's end.
    /// </summary>
    public static IReadOnlyList<ComposedBlock> Body(Article article, string path, StoryPlacement placement, BlockComposer blocks)
    {
        var body = new List<ComposedBlock>(article.Body.Count + 4);
        if (article.ContinuedFrom is { Length: > 0 } from)
        {
            body.Add(new TextBlock($"{path}.ContinuedFrom", TextRole.ContinuationNote, [new Span(PrintedForms.Parenthesized(from), Atomic: true)]));
        }

        IReadOnlyList<Span>? dateline = article.Dateline is { Length: > 0 } text
            ? [new Span(text, SpanStyle.Dateline, Atomic: true), new Span("\u3000")]
            : null;
        var datelineAt = dateline is null ? -1 : IndexOfFirstParagraph(article.Body);
        if (dateline is not null && datelineAt < 0)
        {
            body.Add(new TextBlock($"{path}.Dateline", TextRole.Body, dateline));
        }

        for (var i = 0; i < article.Body.Count; i++)
        {
            var block = blocks.Compose(article.Body[i], $"{path}.Body[{i}]", placement.ColumnWidthPt, i == datelineAt ? dateline : null);
            body.Add(i == 0 && block is FigureBlock figure ? figure with { OpensStory = true } : block);
        }

        if (article.TrailingByline is { Length: > 0 } trailing)
        {
            // A line of its own at the end: run on, a reader could break （尹|哲） between the two Han characters.
            // The tail stays whole: a jump line after it keeps with it (it never opens a column alone).
            body.Add(new TextBlock($"{path}.TrailingByline", TextRole.TrailingByline, [new Span(PrintedForms.Parenthesized(trailing), Atomic: true)])
            {
                AlignEnd = true,
                StoryTail = true,
                KeepWithNext = article.ContinuedOn is { Length: > 0 },
            });
        }

        if (article.ContinuedOn is { Length: > 0 } on)
        {
            body.Add(new TextBlock($"{path}.ContinuedOn", TextRole.ContinuationNote, [new Span(PrintedForms.Parenthesized(on), Atomic: true)]) { AlignEnd = true, StoryTail = true });
        }

        return body;
    }

    private static int IndexOfFirstParagraph(IReadOnlyList<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is Paragraph)
            {
                return i;
            }
        }

        return -1;
    }
}
