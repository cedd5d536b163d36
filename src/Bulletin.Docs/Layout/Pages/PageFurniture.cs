using System.Globalization;
using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Pages;

/// <summary>
/// Running headers and page numbers, added once every page exists (第 1 页 共 3 页 needs the total).
/// </summary>
internal static class PageFurniture
{
    /// <summary>The page number as <paramref name="format"/> writes it, or <c>null</c> for none.</summary>
    public static string? PageNumberText(PageNumberFormat format, int number, int total) => format switch
    {
        PageNumberFormat.Plain => number.ToString(CultureInfo.InvariantCulture),
        PageNumberFormat.Dashed => string.Create(CultureInfo.InvariantCulture, $"— {number} —"),
        PageNumberFormat.PageOfTotal => string.Create(CultureInfo.InvariantCulture, $"第 {number} 页 共 {total} 页"),
        _ => null,
    };

    /// <summary>Adds the header (pages after the first) and the footer's page number to page <paramref name="number"/>.</summary>
    public static void Add(FlowContext context, List<PageElement> page, int number, int total)
    {
        var setup = context.Theme.Page;
        var left = setup.MarginLeftPt;
        var width = setup.ContentWidthPt;
        if (setup.HeaderText is { } header && number > 1)
        {
            PaintAtBaseline(page, context.Layout(header, width, TextRole.Header, indent: false), left, setup.HeaderDistancePt);
        }

        if (PageNumberText(setup.PageNumbers, number, total) is { } text)
        {
            var style = context.Theme[TextRole.Footer];
            TextAlignment alignment;
            double x = left, measure = width;
            if (setup.PageNumberPosition == PageNumberPosition.Outside)
            {
                // GB/T 9704 §7.5: right on odd pages, left on even pages, one character in.
                measure = width - style.SizePt;
                alignment = number % 2 == 1 ? TextAlignment.End : TextAlignment.Start;
                x = number % 2 == 1 ? left : left + style.SizePt;
            }
            else
            {
                alignment = TextAlignment.Center;
            }

            var laid = context.Layout(text, measure, TextRole.Footer, alignment, atomic: true, indent: false);
            PaintAtBaseline(page, laid, x, setup.HeightPt - setup.FooterDistancePt);
        }
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
