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
    /// <summary>
    /// Space between the box and its text in whole points, as Word stores a border's space
    /// (ECMA-376 §17.3.4: <c>w:space</c> in points, at most 31): the theme's padding, rounded.
    /// </summary>
    public static uint PaddingPt(BulletinTheme theme) => (uint)Math.Clamp(Math.Round(theme.FramePaddingPt, MidpointRounding.AwayFromZero), 0, 31);

    /// <summary>How far the text of a box sits in from the box's outer edge, in points: the padding and the rule.</summary>
    public static double InsetPt(BulletinTheme theme) => PaddingPt(theme) + theme.Rules.FramePt;

    /// <summary>The width left for pictures and tables inside a box in a column of <paramref name="columnWidthPt"/>.</summary>
    public static double InnerWidthPt(BulletinTheme theme, double columnWidthPt) => columnWidthPt - 2 * InsetPt(theme);

    /// <summary>The stack and the body of a boxed article, every paragraph bordered (its headline composed in <see cref="TextRole.BoxedHeadline"/>).</summary>
    public static IEnumerable<OpenXmlElement> Render(IEnumerable<OpenXmlElement> headlineStack, IEnumerable<OpenXmlElement> body, BulletinTheme theme)
    {
        var color = theme.AccentColor;
        var width = theme.Rules.FramePt;
        var padding = PaddingPt(theme);
        foreach (var element in headlineStack.Concat(body))
        {
            if (element is W.Paragraph paragraph)
            {
                WordParagraphs.Properties(paragraph).ParagraphBorders = new W.ParagraphBorders(
                    WordFormatting.Border<W.TopBorder>(color, width, padding),
                    WordFormatting.Border<W.LeftBorder>(color, width, padding),
                    WordFormatting.Border<W.BottomBorder>(color, width, padding),
                    WordFormatting.Border<W.RightBorder>(color, width, padding));
            }

            yield return element;
        }
    }
}
