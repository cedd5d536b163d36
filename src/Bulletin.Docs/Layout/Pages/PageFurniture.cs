using Bulletin.Docs.Composition;
using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Pages;

/// <summary>
/// Running headers and page numbers, added once every page exists (第 1 页 共 3 页 needs the total).
/// </summary>
internal static class PageFurniture
{

    /// <summary>
    /// Adds the running head (where <paramref name="edition"/> gives the page one) and the folio to
    /// the page at <paramref name="index"/> (0-based) of <paramref name="total"/>; returns both texts as printed.
    /// </summary>
    public static (string? RunningHead, string? Folio) Add(FlowContext context, EditionPages edition, List<PageElement> page, int index, int total)
    {
        var setup = context.Theme.Page;
        var left = setup.MarginLeftPt;
        var width = setup.ContentWidthPt;
        var header = edition.RunningHeadOf(index);
        if (header is not null)
        {
            // ECMA-376 §17.6.11: the header distance is from the page's top edge to the top of the
            // header, where Word sets the head's first line box.
            var laid = context.Layout(header, width, TextRole.Header, indent: false);
            var y = setup.HeaderDistancePt;
            foreach (var line in laid.Lines)
            {
                SlicePainter.PaintLine(page, line, laid.LineHeightPt, left, y, structure: null);
                y += laid.LineHeightPt;
            }

            if (context.Theme.Rules.RunningHeadPt is > 0 and var weight)
            {
                // The Word header's bottom border, 1 pt below the line (w:pBdr w:space="1").
                y += EditionPages.RunningHeadRuleSpacePt + weight / 2;
                page.Add(new RuleElement(left, y, left + width, y, weight, context.Theme[TextRole.Header].Color));
            }
        }

        var folio = edition.FolioOf(index, total);
        if (folio is not null)
        {
            var style = context.Theme[TextRole.Footer];
            TextAlignment alignment;
            double x = left, measure = width;
            if (setup.PageNumberPosition == PageNumberPosition.Outside)
            {
                // GB/T 9704 §7.5: right on odd pages, left on even pages, one character in. Odd and
                // even go by the printed number, as Word picks its even-page footer.
                var odd = edition.Number(index) % 2 == 1;
                measure = width - style.SizePt;
                alignment = odd ? TextAlignment.End : TextAlignment.Start;
                x = odd ? left : left + style.SizePt;
            }
            else
            {
                alignment = TextAlignment.Center;
            }

            var laid = context.Layout(folio, measure, TextRole.Footer, alignment, atomic: true, indent: false);
            PaintAtBaseline(page, laid, x, setup.HeightPt - setup.FooterDistancePt);
        }

        return (header, folio);
    }

    private static void PaintAtBaseline(List<PageElement> page, Text.LaidOutParagraph paragraph, double x, double baseline)
    {
        foreach (var line in paragraph.Lines)
        {
            page.Add(new TextLineElement(x + line.X, baseline, line.Line));
            baseline += paragraph.LineHeightPt;
        }
    }
}
