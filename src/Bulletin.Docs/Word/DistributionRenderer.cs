using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>
/// Renders the 报尾 (TYPOGRAPHY §6): 报：/送：/发： lines and （共印××份） at the right, between the
/// rules the Distribution style carries (consecutive paragraphs with equal borders share one box).
/// </summary>
internal static class DistributionRenderer
{
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

        // The 报尾 stays in one piece on the last page.
        foreach (var paragraph in paragraphs.Take(paragraphs.Count - 1))
        {
            WordParagraphs.Properties(paragraph).KeepNext = new W.KeepNext();
        }

        return paragraphs;
    }
}
