using Bulletin.Docs.Layout.Paragraphs;
using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Theme;
using NUnit.Framework;
using static Bulletin.Docs.Tests.TextLayout.TextLayoutSupport;

namespace Bulletin.Docs.Tests.Paragraphs;

/// <summary>
/// Total fit with a line count leaves out the justified lines too short to be anything but too
/// loose; it must choose exactly the lines it chose weighing every line: real shaped text (the seed
/// page's paragraphs, and a paragraph of two sizes with Latin words, digits and a URL), on measures
/// of 8 to 30 characters, justified and distributed, asked for fewer and more lines than its best.
/// </summary>
public sealed class TotalFitPruningTests
{
    private static readonly SpanFormat Large = Body with { SizePt = 16 };

    private static IEnumerable<ParagraphText> Paragraphs()
    {
        foreach (var text in SeedBodyParagraphs)
        {
            yield return Plain(text);
        }

        const string head = "据 Reuters 2024 年 3 月报道，";
        const string tail = "详见 https://example.org/report-2024/chapter-3 及附表 A-12，合计 1,234.5 万元（同比增长 12%）。The quick brown fox jumps over the lazy dog.";
        yield return new ParagraphText(head + tail, [new TextSpan(0, head.Length, Large), new TextSpan(head.Length, tail.Length, Body)]);
    }

    [TestCase(TextAlignment.Justify)]
    [TestCase(TextAlignment.Distribute)]
    public void Pruned_total_fit_chooses_the_lines_weighing_every_line_chooses(TextAlignment alignment)
    {
        using var layouter = NewLayouter();
        int compared = 0, found = 0;
        foreach (var paragraph in Paragraphs())
        {
            var shaped = layouter.Shape(paragraph);
            for (int characters = 8; characters <= 30; characters += 2)
            {
                float other = (float)Column(characters);
                float first = other - (float)(2 * Size);
                int best = ParagraphLayouter.Layout(shaped.Clusters, shaped.Breaks, first, other, alignment).Lines.Length;
                foreach (double closeUpEm in (ReadOnlySpan<double>)[0, 1.0 / 24])
                {
                    for (int lines = Math.Max(1, best - 2); lines <= best + 3; lines++)
                    {
                        var pruned = TotalFit.BreakInto(shaped.Clusters, shaped.Breaks, first, other, alignment, ParagraphOptions.Default, 1.0 / 32, lines, closeUpEm);
                        var weighed = TotalFit.BreakInto(shaped.Clusters, shaped.Breaks, first, other, alignment, ParagraphOptions.Default, 1.0 / 32, lines, closeUpEm, prune: false);
                        Assert.That(pruned, Is.EqualTo(weighed), $"{characters} characters, {lines} lines, close-up {closeUpEm}: {paragraph.Text}");
                        compared++;
                        found += weighed is null ? 0 : 1;
                    }
                }
            }
        }

        // Both kinds of answer were compared: breakings found, and line counts that cannot be had.
        Assert.That(found, Is.GreaterThan(compared / 20));
        Assert.That(compared - found, Is.GreaterThan(compared / 20));
    }
}
