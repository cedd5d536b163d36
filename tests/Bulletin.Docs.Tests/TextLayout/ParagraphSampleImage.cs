using Bulletin.Docs.Layout;
using Bulletin.Docs.Model;
using Bulletin.Docs.Tests.Support;
using Bulletin.Docs.Theme;
using NUnit.Framework;
using static Bulletin.Docs.Tests.TextLayout.TextLayoutSupport;

namespace Bulletin.Docs.Tests.TextLayout;

/// <summary>
/// Draws seed paragraphs at 13, 20 and 28 characters into docs/paragraph-sample.png, with the
/// column edges ruled, to look at the setting by eye. Explicit: it writes into the repository.
/// </summary>
public class ParagraphSampleImage
{
    [Test]
    [Explicit("Writes docs/paragraph-sample.png")]
    public void Write_paragraph_sample_png()
    {
        using var layouter = NewLayouter();
        var paragraphs = SeedBodyParagraphs.Where(p => p.Contains('“') || p.Contains("亿元", StringComparison.Ordinal)).Take(3).ToArray();
        const double margin = 18, gutter = 18;
        var elements = new List<PageElement>();
        double left = margin, bottom = 0;
        foreach (int characters in new[] { 13, 20, 28 })
        {
            double width = Column(characters), y = margin;
            elements.Add(new RuleElement(left, margin - 4, left, 0, 0.3, new RgbColor(200, 0, 0)));
            elements.Add(new RuleElement(left + width, margin - 4, left + width, 0, 0.3, new RgbColor(200, 0, 0)));
            foreach (string text in paragraphs)
            {
                var laid = layouter.Layout(Plain(text), width, Justified);
                foreach (var (x, line) in laid.Lines)
                {
                    elements.Add(new TextLineElement(left + x, y + line.Ascent, line));
                    y += laid.LineHeightPt;
                }
            }

            bottom = Math.Max(bottom, y);
            left += width + gutter;
        }

        // Column rules run the full height.
        for (int i = 0; i < elements.Count; i++)
        {
            if (elements[i] is RuleElement rule)
            {
                elements[i] = rule with { Y2 = bottom + 4 };
            }
        }

        var page = new LaidOutPage(1, left - gutter + margin, bottom + margin, elements);
        var png = BulletinPng.RenderPage(new LaidOutDocument([page], new DocumentMetadata()), 1, dpi: 200);
        string path = Path.Combine(SourcePaths.RepositoryRoot(), "docs", "paragraph-sample.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, png);
        TestContext.Out.WriteLine(path);
    }
}
