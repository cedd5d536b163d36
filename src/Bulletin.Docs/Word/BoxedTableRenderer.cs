using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>
/// A boxed commentary as one frame across the page, as the PDF draws it: a table (ECMA-376
/// §17.4.38) whose outer borders are the frame, its first row one cell across every column holding
/// the label, the headline and the byline, its second row a cell per body column holding what our
/// layout set in that column. Paragraphs that go on in the next column are split there, the part
/// after without a first-line indent. (Spreading the part before over every line, <c>distribute</c>,
/// looked worse in LibreOffice wherever it wrapped a line differently: a short last line spread
/// thin.) A table in a one-column section, because LibreOffice cannot flow a table through balanced columns.
/// </summary>
internal static class BoxedTableRenderer
{
    /// <summary>
    /// The body columns our layout set <paramref name="article"/> in, or <c>null</c> when they cannot
    /// be carried over (no layout, or a body with more than plain paragraphs).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<ColumnPiece>>? ColumnsOf(Article article, WordRenderContext context)
    {
        if (!context.Hints.ArticleColumns.TryGetValue(article, out var columns)
            || columns.Count < 2
            || article.Dateline is { Length: > 0 } || article.ContinuedFrom is { Length: > 0 } || article.ContinuedOn is { Length: > 0 } || article.TrailingByline is { Length: > 0 }
            || !article.Body.All(block => block is Paragraph paragraph && paragraph.Inlines.All(inline => inline is Model.Text)))
        {
            return null;
        }

        var plain = article.Body.Cast<Paragraph>().Select(paragraph => WordLayoutHints.Key(string.Concat(paragraph.Inlines.Cast<Model.Text>().Select(text => text.Value)))).ToList();
        var laidOut = columns.SelectMany(column => column).GroupBy(piece => piece.Paragraph).OrderBy(group => group.Key)
            .Select(group => WordLayoutHints.Key(string.Concat(group.Select(piece => piece.Text)))).ToList();
        return plain.SequenceEqual(laidOut, StringComparer.Ordinal) && TextWidthPt(context, columns.Count) > 0 ? columns : null;
    }

    /// <summary>The width of each column's text: the page's width less the frame, its padding and the gaps.</summary>
    private static double TextWidthPt(WordRenderContext context, int count) =>
        (context.Page.ContentWidthPt - 2 * (BoxedColumnRenderer.PaddingPt(context.Theme) + context.Theme.Rules.FramePt) - (count - 1) * context.Page.ColumnGapPt) / count;

    /// <summary>The table: <paramref name="headlineStack"/> across the top, the <paramref name="columns"/> under it.</summary>
    public static W.Table Render(IReadOnlyList<OpenXmlElement> headlineStack, IReadOnlyList<IReadOnlyList<ColumnPiece>> columns, WordRenderContext context)
    {
        var page = context.Page;
        var theme = context.Theme;
        var padding = BoxedColumnRenderer.PaddingPt(theme);
        var gap = page.ColumnGapPt;
        var count = columns.Count;
        var textWidth = TextWidthPt(context, count);
        var cellWidths = Enumerable.Range(0, count)
            .Select(k => WordUnits.Twips(textWidth + (k == 0 ? padding : gap / 2) + (k == count - 1 ? padding : gap / 2)))
            .ToList();
        var total = cellWidths.Sum();
        var color = theme.AccentColor;
        var rule = theme.Rules.FramePt;

        var table = new W.Table(
            new W.TableProperties(
                new W.TableWidth { Width = WordUnits.Text(total), Type = W.TableWidthUnitValues.Dxa },
                WordFormatting.BoxBorders(color, rule),
                new W.TableLayout { Type = W.TableLayoutValues.Fixed },
                WordFormatting.CellMarginDefault(padding, 0),
                new W.TableLook { Val = "0000", NoHorizontalBand = true, NoVerticalBand = true }),
            new W.TableGrid(cellWidths.Select(width => new W.GridColumn { Width = WordUnits.Text(width) })));

        var stack = new W.TableCell(
            new W.TableCellProperties(
                new W.TableCellWidth { Width = WordUnits.Text(total), Type = W.TableWidthUnitValues.Dxa },
                new W.GridSpan { Val = count },
                WordFormatting.CellMargins(padding, padding)));
        stack.Append(headlineStack);

        table.Append(new W.TableRow(new W.TableRowProperties(new W.CantSplit()), stack));
        var body = new W.TableRow(new W.TableRowProperties(new W.CantSplit()));
        for (var k = 0; k < count; k++)
        {
            var cell = new W.TableCell(new W.TableCellProperties(
                new W.TableCellWidth { Width = WordUnits.Text(cellWidths[k]), Type = W.TableWidthUnitValues.Dxa },
                WordFormatting.CellMargins(k == 0 ? padding : gap / 2, k == count - 1 ? padding : gap / 2, topPt: 0)));
            foreach (var piece in columns[k])
            {
                cell.Append(Piece(piece));
            }

            if (columns[k].Count == 0)
            {
                cell.Append(WordParagraphs.Styled(TextRole.Body));
            }

            body.Append(cell);
        }

        table.Append(body);
        return table;
    }

    private static W.Paragraph Piece(ColumnPiece piece)
    {
        var paragraph = WordParagraphs.Styled(TextRole.Body, WordParagraphs.Run(piece.Text));
        var properties = WordParagraphs.Properties(paragraph);
        if (!piece.Starts)
        {
            properties.Indentation = new W.Indentation { FirstLine = "0", FirstLineChars = 0 };
        }

        return paragraph;
    }
}
