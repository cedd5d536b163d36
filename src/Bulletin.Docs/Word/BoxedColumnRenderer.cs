using Bulletin.Docs.Theme;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>
/// Wraps a commentary (an article with a column label) in a one-cell table with a border in the
/// accent colour: label, headline, byline and body in one box.
/// </summary>
internal static class BoxedColumnRenderer
{
    /// <summary>Space between the box and its text, in points.</summary>
    public const double PaddingPt = 5;

    private const double BorderWidthPt = 1;

    /// <summary>The width left for content inside a box of <paramref name="boxWidthPt"/>.</summary>
    public static double InnerWidthPt(double boxWidthPt) => boxWidthPt - 2 * PaddingPt;

    public static W.Table Render(IReadOnlyList<OpenXmlElement> content, double boxWidthPt, RgbColor color)
    {
        var width = WordUnits.Twips(boxWidthPt);
        var padding = (short)WordUnits.Twips(PaddingPt);
        var cell = new W.TableCell(new W.TableCellProperties(
            new W.TableCellWidth { Width = WordUnits.Text(width), Type = W.TableWidthUnitValues.Dxa }));
        cell.Append(content);
        if (content.Count == 0 || content[^1] is not W.Paragraph)
        {
            // ECMA-376 §17.4.66: a cell ends with a paragraph.
            cell.Append(new W.Paragraph());
        }

        return new W.Table(
            new W.TableProperties(
                new W.TableWidth { Width = WordUnits.Text(width), Type = W.TableWidthUnitValues.Dxa },
                new W.TableBorders(
                    WordFormatting.Border<W.TopBorder>(color, BorderWidthPt, 0),
                    WordFormatting.Border<W.LeftBorder>(color, BorderWidthPt, 0),
                    WordFormatting.Border<W.BottomBorder>(color, BorderWidthPt, 0),
                    WordFormatting.Border<W.RightBorder>(color, BorderWidthPt, 0)),
                new W.TableLayout { Type = W.TableLayoutValues.Fixed },
                new W.TableCellMarginDefault(
                    new W.TopMargin { Width = WordUnits.Text(padding), Type = W.TableWidthUnitValues.Dxa },
                    new W.TableCellLeftMargin { Width = padding, Type = W.TableWidthValues.Dxa },
                    new W.BottomMargin { Width = WordUnits.Text(padding), Type = W.TableWidthUnitValues.Dxa },
                    new W.TableCellRightMargin { Width = padding, Type = W.TableWidthValues.Dxa })),
            new W.TableGrid(new W.GridColumn { Width = WordUnits.Text(width) }),
            new W.TableRow(cell));
    }
}
