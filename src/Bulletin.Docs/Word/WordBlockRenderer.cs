using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>Renders one body block as Word paragraphs or a table, one method per block kind.</summary>
internal static class WordBlockRenderer
{
    /// <summary>The elements of <paramref name="block"/>; <paramref name="path"/> names it in error messages.</summary>
    public static IEnumerable<OpenXmlElement> Render(Block block, WordRenderContext context, string path) => block switch
    {
        Paragraph paragraph => [Paragraph(paragraph, context)],
        Subheading subheading => [Subheading(subheading, context)],
        Quote quote => [WordParagraphs.Styled(TextRole.Quote, WordInlineRenderer.Render(quote.Inlines, context))],
        Note note => [Note(note, context)],
        ListBlock list => List(list, context),
        Model.Table table => [TableRenderer.Render(table, context)],
        Figure figure => FigureRenderer.Render(figure, context, path),
        Divider => [DividerParagraph(context.Theme)],
        _ => throw new NotSupportedException($"{path}: block {block.GetType().Name} is not supported by the Word writer."),
    };

    /// <summary>A body paragraph with optional runs before it (a dateline).</summary>
    public static W.Paragraph Paragraph(Paragraph paragraph, WordRenderContext context, IEnumerable<OpenXmlElement>? prefix = null)
    {
        var element = WordParagraphs.Styled(TextRole.Body);
        if (prefix is not null)
        {
            element.Append(prefix);
        }

        element.Append(WordInlineRenderer.Render(paragraph.Inlines, context));

        return element;
    }

    /// <summary>
    /// A 小标题 as one paragraph whose lines are joined by <c>w:br</c>, so it stays one heading in the
    /// outline. A first-line indent would indent only the first line; the lines of a multi-line one
    /// start at the same place, so the style's first-line indent becomes a start indent.
    /// </summary>
    private static W.Paragraph Subheading(Subheading subheading, WordRenderContext context)
    {
        var paragraph = WordParagraphs.Styled(TextRole.Subheading, WordParagraphs.Lines(context.Hints.LinesOf(subheading.Lines)));
        var style = context.Theme[TextRole.Subheading];
        if (subheading.Lines.Count > 1 && style.FirstLineIndentChars != 0)
        {
            var indentChars = style.StartIndentChars + style.FirstLineIndentChars;
            WordParagraphs.Properties(paragraph).Indentation = new W.Indentation
            {
                LeftChars = (int)Math.Round(indentChars * 100, MidpointRounding.AwayFromZero),
                Left = WordUnits.Text(WordUnits.Twips(indentChars * style.SizePt)),
                // Zero in both units: the style's character units would win over twips (ECMA-376 §17.3.1.12).
                FirstLineChars = 0,
                FirstLine = "0",
            };
        }

        return paragraph;
    }

    private static W.Paragraph Note(Note note, WordRenderContext context)
    {
        // The label ends with a full-width colon: 编者按：
        var label = PrintedForms.RunInLabel(note.Label);
        return WordParagraphs.Styled(TextRole.Note, [WordParagraphs.Run(label, WordStyleIds.Strong), .. WordInlineRenderer.Render(note.Inlines, context)]);
    }

    private static IEnumerable<OpenXmlElement> List(ListBlock list, WordRenderContext context)
    {
        var numberingId = list.Ordered ? context.NextOrderedListNumberingId() : NumberingBuilder.BulletNumberingId;
        foreach (var item in list.Items)
        {
            var paragraph = WordParagraphs.Styled(TextRole.ListItem, WordInlineRenderer.Render(item, context));
            WordParagraphs.Properties(paragraph).NumberingProperties = new W.NumberingProperties(
                new W.NumberingLevelReference { Val = 0 },
                new W.NumberingId { Val = numberingId });
            yield return paragraph;
        }
    }

    private static W.Paragraph DividerParagraph(BulletinTheme theme) => new(
        new W.ParagraphProperties(
            new W.ParagraphStyleId { Val = WordStyleIds.Normal },
            new W.ParagraphBorders(WordFormatting.Border<W.BottomBorder>(RgbColor.Black, theme.Rules.DividerPt, 1)),
            new W.SpacingBetweenLines { Before = "0", After = "120", Line = "120", LineRule = W.LineSpacingRuleValues.Exact }));
}
