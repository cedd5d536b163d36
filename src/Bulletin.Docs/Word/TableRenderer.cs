using Bulletin.Docs.Composition;
using Bulletin.Docs.Theme;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;
using Table = Bulletin.Docs.Model.Table;

namespace Bulletin.Docs.Word;

/// <summary>
/// Renders a table as <c>w:tbl</c> (ECMA-376 §17.4.38) over the available width, single rules, and a
/// header row marked <c>w:tblHeader</c> so it repeats after a break. The columns are the ones the PDF
/// layout draws (<see cref="TableColumns"/>): fixed widths in <c>w:tblGrid</c> (§17.4.49) and each
/// cell's <c>w:tcW</c> (§17.4.72), so Word does not autofit them again (<c>w:tblLayout</c> fixed,
/// §17.4.53), and the same cell padding as <c>w:tblCellMar</c>.
/// </summary>
internal static class TableRenderer
{
    public static W.Table Render(Table table, WordRenderContext context)
    {
        var grid = TableColumns.Of(table, context.Theme, context.AvailableWidthPt);
        var columnCount = grid.WidthsPt.Count;
        var columnTwips = ColumnTwips(grid);
        var black = RgbColor.Black;
        var ruleWidthPt = context.Theme.Rules.TablePt;

        var element = new W.Table(
            new W.TableProperties(
                new W.TableWidth { Width = WordUnits.Text(columnTwips.Sum()), Type = W.TableWidthUnitValues.Dxa },
                new W.TableJustification { Val = W.TableRowAlignmentValues.Center },
                new W.TableBorders(
                    WordFormatting.Border<W.TopBorder>(black, ruleWidthPt, 0),
                    WordFormatting.Border<W.LeftBorder>(black, ruleWidthPt, 0),
                    WordFormatting.Border<W.BottomBorder>(black, ruleWidthPt, 0),
                    WordFormatting.Border<W.RightBorder>(black, ruleWidthPt, 0),
                    WordFormatting.Border<W.InsideHorizontalBorder>(black, ruleWidthPt, 0),
                    WordFormatting.Border<W.InsideVerticalBorder>(black, ruleWidthPt, 0)),
                new W.TableLayout { Type = W.TableLayoutValues.Fixed },
                WordFormatting.CellMarginDefault(grid.PaddingPt, grid.PaddingPt),
                new W.TableLook { Val = "04A0", FirstRow = table.HasHeaderRow, NoVerticalBand = true }),
            new W.TableGrid(columnTwips.Select(twips => new W.GridColumn { Width = WordUnits.Text(twips) })));

        for (var rowIndex = 0; rowIndex < table.Rows.Count; rowIndex++)
        {
            var isHeader = table.HasHeaderRow && rowIndex == 0;
            var row = new W.TableRow();
            row.Append(isHeader
                ? new W.TableRowProperties(new W.CantSplit(), new W.TableHeader())
                : new W.TableRowProperties(new W.CantSplit()));
            var cells = table.Rows[rowIndex];
            for (var cellIndex = 0; cellIndex < columnCount; cellIndex++)
            {
                var text = cellIndex < cells.Count ? cells[cellIndex] : string.Empty;
                var role = isHeader ? TextRole.TableHeader : TextRole.TableCell;
                var paragraph = WordParagraphs.Styled(role);
                if (text.Length > 0)
                {
                    paragraph.Append(WordInlineRenderer.Text(text, role, context));
                }

                row.Append(new W.TableCell(
                    new W.TableCellProperties(
                        new W.TableCellWidth { Width = WordUnits.Text(columnTwips[cellIndex]), Type = W.TableWidthUnitValues.Dxa },
                        new W.TableCellVerticalAlignment { Val = W.TableVerticalAlignmentValues.Center }),
                    paragraph));
            }

            element.Append(row);
        }

        return element;
    }

    /// <summary>
    /// Each column's width in twips, from its edges rounded to the twip, so no edge is more than half
    /// a twip from where the PDF draws it (rounding each width would let the errors add up).
    /// </summary>
    public static int[] ColumnTwips(TableColumns grid)
    {
        var edges = grid.EdgesPt;
        var twips = new int[edges.Count - 1];
        for (var c = 0; c < twips.Length; c++)
        {
            twips[c] = WordUnits.Twips(edges[c + 1]) - WordUnits.Twips(edges[c]);
        }

        return twips;
    }
}
