using Bulletin.Docs.Theme;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;
using Table = Bulletin.Docs.Model.Table;

namespace Bulletin.Docs.Word;

/// <summary>
/// Renders a table as <c>w:tbl</c> (ECMA-376 §17.4.38) over the available width, equal columns,
/// single rules, and a header row marked <c>w:tblHeader</c> so it repeats after a break.
/// </summary>
internal static class TableRenderer
{
    public static W.Table Render(Table table, WordRenderContext context)
    {
        var columnCount = table.Rows.Count == 0 ? 1 : table.Rows.Max(row => row.Count);
        var widthTwips = WordUnits.Twips(context.AvailableWidthPt);
        var columnTwips = widthTwips / columnCount;
        var black = RgbColor.Black;
        var ruleWidthPt = context.Theme.Rules.TablePt;

        var element = new W.Table(
            new W.TableProperties(
                new W.TableWidth { Width = WordUnits.Text(columnTwips * columnCount), Type = W.TableWidthUnitValues.Dxa },
                new W.TableJustification { Val = W.TableRowAlignmentValues.Center },
                new W.TableBorders(
                    WordFormatting.Border<W.TopBorder>(black, ruleWidthPt, 0),
                    WordFormatting.Border<W.LeftBorder>(black, ruleWidthPt, 0),
                    WordFormatting.Border<W.BottomBorder>(black, ruleWidthPt, 0),
                    WordFormatting.Border<W.RightBorder>(black, ruleWidthPt, 0),
                    WordFormatting.Border<W.InsideHorizontalBorder>(black, ruleWidthPt, 0),
                    WordFormatting.Border<W.InsideVerticalBorder>(black, ruleWidthPt, 0)),
                new W.TableLayout { Type = W.TableLayoutValues.Fixed },
                new W.TableLook { Val = "04A0", FirstRow = table.HasHeaderRow, NoVerticalBand = true }),
            new W.TableGrid(Enumerable.Range(0, columnCount).Select(_ => new W.GridColumn { Width = WordUnits.Text(columnTwips) })));

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
                var paragraph = WordParagraphs.Styled(isHeader ? TextRole.TableHeader : TextRole.TableCell);
                if (text.Length > 0)
                {
                    paragraph.Append(WordParagraphs.Run(text));
                }

                row.Append(new W.TableCell(
                    new W.TableCellProperties(
                        new W.TableCellWidth { Width = WordUnits.Text(columnTwips), Type = W.TableWidthUnitValues.Dxa },
                        new W.TableCellVerticalAlignment { Val = W.TableVerticalAlignmentValues.Center }),
                    paragraph));
            }

            element.Append(row);
        }

        return element;
    }
}
