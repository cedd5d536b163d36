using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>
/// Renders the 报尾 (TYPOGRAPHY §6): 报：/送：/发： lines and （共印××份） at the right, between
/// black rules as GB/T 9704 §7.4 draws the 版记's separators: the first and the last thick
/// (0.35 mm), the one above the print run thin (0.25 mm). Direct paragraph borders replace the
/// Distribution style's.
/// </summary>
internal static class DistributionRenderer
{
    private const double ThickRulePt = 0.35 / 25.4 * 72;
    private const double ThinRulePt = 0.25 / 25.4 * 72;

    public static IEnumerable<OpenXmlElement> Render(Distribution distribution)
    {
        var paragraphs = new List<W.Paragraph>(distribution.Lines.Count + 1);
        foreach (var line in distribution.Lines)
        {
            var label = line.Label.EndsWith('：') ? line.Label : line.Label + "：";
            paragraphs.Add(WordParagraphs.Styled(TextRole.Distribution, WordParagraphs.Run(label + line.Recipients)));
        }

        if (distribution.PrintRun is { } copies)
        {
            var printRun = WordParagraphs.Styled(TextRole.Distribution, WordParagraphs.Run($"（共印{WordUnits.Text(copies)}份）"));
            WordParagraphs.Properties(printRun).Justification = new W.Justification { Val = W.JustificationValues.Right };
            paragraphs.Add(printRun);
        }

        for (var i = 0; i < paragraphs.Count; i++)
        {
            var top = i == 0 ? ThickRulePt : i == paragraphs.Count - 1 && distribution.PrintRun is not null ? ThinRulePt : 0;
            var bottom = i == paragraphs.Count - 1 ? ThickRulePt : 0;
            WordParagraphs.Properties(paragraphs[i]).ParagraphBorders = new W.ParagraphBorders(Rule<W.TopBorder>(top), Rule<W.BottomBorder>(bottom));
        }

        // The 报尾 stays in one piece on the last page.
        foreach (var paragraph in paragraphs.Take(paragraphs.Count - 1))
        {
            WordParagraphs.Properties(paragraph).KeepNext = new W.KeepNext();
        }

        return paragraphs;
    }

    private static T Rule<T>(double widthPt)
        where T : W.BorderType, new() =>
        widthPt > 0 ? WordFormatting.Border<T>(RgbColor.Black, widthPt, 2) : new T { Val = W.BorderValues.None };
}
