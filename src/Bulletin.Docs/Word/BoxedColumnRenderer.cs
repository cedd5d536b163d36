using Bulletin.Docs.Theme;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>
/// Draws a commentary (an article with a column label) in a box in the accent colour: every
/// paragraph of it — label, headline, byline, body — gets the same four borders, and Word joins
/// consecutive paragraphs with equal borders and indents into one box per column (ECMA-376
/// §17.3.1.24). A one-cell table would frame it once, but a row cannot flow from one balanced
/// column into the next (LibreOffice loops laying out such a table in a six-column section).
/// </summary>
internal static class BoxedColumnRenderer
{
    /// <summary>Space between the box and its text, in points.</summary>
    public const double PaddingPt = 4;

    /// <summary>Width of the box's rules, in points.</summary>
    public const double BorderWidthPt = 1;

    /// <summary>The width left for pictures and tables inside a box in a column of <paramref name="columnWidthPt"/>.</summary>
    public static double InnerWidthPt(double columnWidthPt) => columnWidthPt - 2 * (PaddingPt + BorderWidthPt);

    /// <summary>The size of a boxed headline: at most 小二, a box being narrower than the page (TYPOGRAPHY §4).</summary>
    public static TextStyle HeadlineStyle(TextStyle headline)
    {
        var size = Math.Min(headline.SizePt, ChineseFontSize.XiaoEr);
        var lineSpacing = headline.LineSpacing.IsExact
            ? LineSpacing.Exactly(Math.Round(headline.LineSpacing.Value * size / headline.SizePt))
            : headline.LineSpacing;
        return headline with { SizePt = size, LineSpacing = lineSpacing };
    }

    /// <summary>The stack and the body of a boxed article, every paragraph bordered; its headline in <see cref="WordStyleIds.BoxedHeadline"/>.</summary>
    public static IEnumerable<OpenXmlElement> Render(IEnumerable<OpenXmlElement> headlineStack, IEnumerable<OpenXmlElement> body, RgbColor color)
    {
        foreach (var element in headlineStack.Concat(body))
        {
            if (element is W.Paragraph paragraph)
            {
                if (paragraph.ParagraphProperties?.ParagraphStyleId is { Val.Value: var styleId } styleElement && styleId == WordStyleIds.Of(TextRole.Headline))
                {
                    styleElement.Val = WordStyleIds.BoxedHeadline;
                }

                WordParagraphs.Properties(paragraph).ParagraphBorders = new W.ParagraphBorders(
                    WordFormatting.Border<W.TopBorder>(color, BorderWidthPt, (uint)PaddingPt),
                    WordFormatting.Border<W.LeftBorder>(color, BorderWidthPt, (uint)PaddingPt),
                    WordFormatting.Border<W.BottomBorder>(color, BorderWidthPt, (uint)PaddingPt),
                    WordFormatting.Border<W.RightBorder>(color, BorderWidthPt, (uint)PaddingPt));
            }

            yield return element;
        }
    }
}
