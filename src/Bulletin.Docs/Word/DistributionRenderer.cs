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
        foreach (var line in distribution.Lines)
        {
            var label = line.Label.EndsWith('：') ? line.Label : line.Label + "：";
            yield return WordParagraphs.Styled(TextRole.Distribution, WordParagraphs.Run(label + line.Recipients));
        }

        if (distribution.PrintRun is { } copies)
        {
            var printRun = WordParagraphs.Styled(TextRole.Distribution, WordParagraphs.Run($"（共印{WordUnits.Text(copies)}份）"));
            WordParagraphs.Properties(printRun).Justification = new W.Justification { Val = W.JustificationValues.Right };
            yield return printRun;
        }
    }
}
