using Bulletin.Docs.Composition;
using Bulletin.Docs.Theme;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>Renders composed blocks as Word paragraphs or tables, one method per block kind.</summary>
internal sealed class WordBlockRenderer(WordRenderContext context) : IComposedBlockVisitor<IEnumerable<OpenXmlElement>>
{
    /// <summary>
    /// The elements of <paramref name="blocks"/> in order. A story's tail gets no <c>w:keepNext</c>
    /// on the paragraph before it: tried, LibreOffice then moved whole paragraphs and the
    /// newspaper ran to a third page; widow control keeps two lines together as it is.
    /// </summary>
    public List<OpenXmlElement> RenderAll(IEnumerable<ComposedBlock> blocks) => [.. blocks.SelectMany(block => block.Accept(this))];

    /// <inheritdoc />
    public IEnumerable<OpenXmlElement> Text(TextBlock block)
    {
        var paragraph = WordParagraphs.Styled(block.Role, WordInlineRenderer.Render(block.Spans, context));
        if (block.AlignEnd && context.Theme[block.Role].Alignment != TextAlignment.End)
        {
            WordParagraphs.Properties(paragraph).Justification = new W.Justification { Val = W.JustificationValues.Right };
        }

        return [paragraph];
    }

    /// <summary>
    /// A heading as one paragraph whose lines — decided by the composition — are joined by
    /// <c>w:br</c>, so it stays one heading in the outline and Word breaks it where the PDF does. A
    /// first-line indent would indent only the first line; the lines of a multi-line 小标题 start at
    /// the same place, so the style's first-line indent becomes a start indent.
    /// </summary>
    public IEnumerable<OpenXmlElement> Heading(HeadingBlock block)
    {
        var paragraph = WordParagraphs.Styled(block.Role, block.Lines.SelectMany((line, i) => i == 0
            ? WordInlineRenderer.Text(line, block.Role, context)
            : [new W.Run(new W.Break()), .. WordInlineRenderer.Text(line, block.Role, context)]));
        var style = context.Theme[block.Role];
        if (block.Role == TextRole.Subheading && block.Lines.Count > 1 && style.FirstLineIndentChars != 0)
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

        return [paragraph];
    }

    /// <summary>List items numbered by Word's own numbering (ECMA-376 §17.9), whose level texts print the markers the composition gives the PDF.</summary>
    public IEnumerable<OpenXmlElement> List(ComposedList block)
    {
        var numberingId = block.Ordered ? context.NextOrderedListNumberingId() : NumberingBuilder.BulletNumberingId;
        return block.Items.Select(item =>
        {
            var paragraph = WordParagraphs.Styled(TextRole.ListItem, WordInlineRenderer.Render(item.Spans, context));
            WordParagraphs.Properties(paragraph).NumberingProperties = new W.NumberingProperties(
                new W.NumberingLevelReference { Val = 0 },
                new W.NumberingId { Val = numberingId });
            return (OpenXmlElement)paragraph;
        }).ToList();
    }

    /// <inheritdoc />
    public IEnumerable<OpenXmlElement> Table(TableBlock block) => [TableRenderer.Render(block.Table, context)];

    /// <inheritdoc />
    public IEnumerable<OpenXmlElement> Figure(FigureBlock block) => FigureRenderer.Render(block.Figure, context, block.Path);

    /// <summary>A rule as the bottom border of an empty paragraph of exact height (ECMA-376 §17.3.1.7).</summary>
    public IEnumerable<OpenXmlElement> Rule(RuleBlock block) =>
    [
        new W.Paragraph(
            new W.ParagraphProperties(
                new W.ParagraphStyleId { Val = WordStyleIds.Normal },
                new W.ParagraphBorders(WordFormatting.Border<W.BottomBorder>(RgbColor.Black, block.WeightPt, 1)),
                new W.SpacingBetweenLines { Before = "0", After = "120", Line = "120", LineRule = W.LineSpacingRuleValues.Exact })),
    ];
}
