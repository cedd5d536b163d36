using Bulletin.Docs.Composition;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>
/// Renders the 报尾: 报：/送：/发： lines and （共印××份） at the right, one row each of a floating
/// table pinned to the foot of the type area on the last page, then the empty paragraph the table
/// is anchored to. The rules are those of GB/T 9704-2012 §7.4.1's 版记, as the PDF draws them: a
/// thick rule above the first line and below the last, across the type area, and one thin rule
/// setting the print run (the 印发 line) apart from the distribution lines above it (§7.4.2–7.4.3).
/// </summary>
internal static class DistributionRenderer
{
    public static IEnumerable<OpenXmlElement> Render(ComposedDistribution distribution, WordRenderContext context)
    {
        var width = WordUnits.Twips(context.Page.ContentWidthPt);
        var rows = new List<W.Paragraph>(distribution.Lines.Count + 1);
        var style = context.Theme[TextRole.Distribution];
        foreach (var line in distribution.Lines)
        {
            var row = WordParagraphs.Styled(TextRole.Distribution, WordParagraphs.Run(line.Text));
            WordParagraphs.Properties(row).Indentation = Hanging(line, style, distribution.EndIndentEm);
            rows.Add(row);
        }

        if (distribution.PrintRun is { } text)
        {
            var printRun = WordParagraphs.Styled(TextRole.Distribution, WordParagraphs.Run(text));
            // As far in from the right as the distribution lines (GB/T 9704-2012 §7.4.2).
            WordParagraphs.Properties(printRun).Indentation = new W.Indentation
            {
                RightChars = Hundredths(distribution.EndIndentEm),
                Right = WordUnits.Text(WordUnits.Twips(distribution.EndIndentEm * style.SizePt)),
            };
            WordParagraphs.Properties(printRun).Justification = new W.Justification { Val = W.JustificationValues.Right };
            rows.Add(printRun);
        }

        var black = RgbColor.Black;
        var rules = context.Theme.Rules;
        var table = new W.Table(
            new W.TableProperties(
                // Pinned to the bottom of the type area of the page the anchor paragraph is on: the last one.
                // Placed from the page's edge at the left margin rather than at the margin itself:
                // LibreOffice keeps a margin-anchored table as wide as the type area inline.
                new W.TablePositionProperties
                {
                    LeftFromText = 0,
                    RightFromText = 0,
                    TopFromText = (short)WordUnits.Twips(context.Theme[TextRole.Body].SizePt),
                    BottomFromText = 0,
                    VerticalAnchor = W.VerticalAnchorValues.Margin,
                    HorizontalAnchor = W.HorizontalAnchorValues.Page,
                    TablePositionX = WordUnits.Twips(context.Page.MarginLeftPt),
                    TablePositionYAlignment = W.VerticalAlignmentValues.Bottom,
                },
                new W.TableOverlap { Val = W.TableOverlapValues.Never },
                new W.TableWidth { Width = WordUnits.Text(width), Type = W.TableWidthUnitValues.Dxa },
                WordFormatting.TableBorders(top: WordFormatting.Border<W.TopBorder>(black, rules.DistributionOuterPt, 0), bottom: WordFormatting.Border<W.BottomBorder>(black, rules.DistributionOuterPt, 0)),
                new W.TableLayout { Type = W.TableLayoutValues.Fixed },
                new W.TableCellMarginDefault(
                    new W.TopMargin { Width = "40", Type = W.TableWidthUnitValues.Dxa },
                    new W.TableCellLeftMargin { Width = 0, Type = W.TableWidthValues.Dxa },
                    new W.BottomMargin { Width = "40", Type = W.TableWidthUnitValues.Dxa },
                    new W.TableCellRightMargin { Width = 0, Type = W.TableWidthValues.Dxa }),
                new W.TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new W.TableGrid(new W.GridColumn { Width = WordUnits.Text(width) }));
        for (var i = 0; i < rows.Count; i++)
        {
            var cell = new W.TableCellProperties(new W.TableCellWidth { Width = WordUnits.Text(width), Type = W.TableWidthUnitValues.Dxa });
            if (i > 0 && i == rows.Count - 1 && distribution.PrintRun is not null)
            {
                // The thin separator above the print run only (§7.4.1); none between 报/送/发.
                cell.Append(new W.TableCellBorders(WordFormatting.Border<W.TopBorder>(black, rules.DistributionInnerPt, 0)));
            }

            table.Append(new W.TableRow(
                new W.TableRowProperties(new W.CantSplit()),
                new W.TableCell(cell, rows[i])));
        }

        yield return table;
        yield return AnchorParagraph();
    }

    /// <summary>
    /// A line's indents (ECMA-376 §17.3.1.12): the style's start indent plus the label's width, the
    /// first line hanging back by that width so turned lines align with the first character after
    /// the colon, and <paramref name="endEm"/> characters in from the right (GB/T 9704-2012 §7.4.2:
    /// 左右各空一字), as the PDF sets them. In characters, which Word prefers, and in twips for
    /// readers that ignore the character units.
    /// </summary>
    private static W.Indentation Hanging(ComposedDistributionLine line, TextStyle style, double endEm)
    {
        var hangPt = line.HangPt(style);
        var startPt = style.StartIndentChars * style.SizePt + hangPt;
        var firstPt = style.FirstLineIndentChars * style.SizePt - hangPt;
        var indentation = new W.Indentation
        {
            LeftChars = Hundredths(startPt / style.SizePt),
            Left = WordUnits.Text(WordUnits.Twips(startPt)),
            RightChars = Hundredths(endEm),
            Right = WordUnits.Text(WordUnits.Twips(endEm * style.SizePt)),
        };
        if (firstPt < 0)
        {
            indentation.HangingChars = Hundredths(-firstPt / style.SizePt);
            indentation.Hanging = WordUnits.Text(WordUnits.Twips(-firstPt));
        }
        else
        {
            indentation.FirstLineChars = Hundredths(firstPt / style.SizePt);
            indentation.FirstLine = WordUnits.Text(WordUnits.Twips(firstPt));
        }

        return indentation;
    }

    private static int Hundredths(double chars) => (int)Math.Round(chars * 100, MidpointRounding.AwayFromZero);

    /// <summary>The paragraph a floating table is anchored to: empty and as low as Word allows, so it rarely opens a page of its own.</summary>
    private static W.Paragraph AnchorParagraph() => new(
        new W.ParagraphProperties(
            new W.SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = W.LineSpacingRuleValues.Exact },
            new W.ParagraphMarkRunProperties(new W.FontSize { Val = "2" }, new W.FontSizeComplexScript { Val = "2" })));
}
