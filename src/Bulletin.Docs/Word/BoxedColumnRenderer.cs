using Bulletin.Docs.Theme;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>
/// Draws a commentary (an article with a column label) in a box in the accent colour: every
/// paragraph of it — label, headline, byline, body — gets the same four borders, and Word joins
/// consecutive paragraphs with equal borders into one box (ECMA-376 §17.3.1.24). A one-cell table
/// would do the same, but a row cannot flow from one balanced column into the next (LibreOffice
/// loops laying out such a table in a six-column section).
/// </summary>
internal static class BoxedColumnRenderer
{
    /// <summary>Space between the box and its text, in points.</summary>
    public const double PaddingPt = 4;

    private const double BorderWidthPt = 1;

    /// <summary>The width left for pictures and tables inside a box in a column of <paramref name="columnWidthPt"/>.</summary>
    public static double InnerWidthPt(double columnWidthPt) => columnWidthPt - 2 * (PaddingPt + BorderWidthPt);

    public static IEnumerable<OpenXmlElement> Render(IEnumerable<OpenXmlElement> content, RgbColor color)
    {
        foreach (var element in content)
        {
            if (element is W.Paragraph paragraph)
            {
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
