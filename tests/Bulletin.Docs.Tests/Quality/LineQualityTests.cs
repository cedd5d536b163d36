using NUnit.Framework;

namespace Bulletin.Docs.Tests.Quality;

/// <summary>
/// What a Chinese editor sends back, counted over the laid-out lines of the seed page and the
/// three samples (issue 10): each test walks the glyph positions, not the layouter's own flags.
/// </summary>
public class LineQualityTests
{
    [Test]
    public void No_lone_mid_line_mark_is_compressed()
    {
        int marks = 0;
        var compressed = new List<string>();
        foreach (var (where, lines) in SetParagraphs.All())
        {
            foreach (var line in lines)
            {
                marks += line.LoneMarks();
                compressed.AddRange(line.CompressedLoneMarks().Select(m => $"{where}: {m}"));
            }
        }

        TestContext.Out.WriteLine($"{compressed.Count} of {marks} lone mid-line marks compressed, {compressed.Count(c => !c.StartsWith("seed", StringComparison.Ordinal))} on the samples' pages");
        Assert.That(marks, Is.GreaterThan(1000), "the corpus has lone marks to check");
        Assert.That(compressed, Is.Empty);
    }

    [Test]
    public void No_paragraph_ends_with_a_single_character_line()
    {
        var stranded = new List<string>();
        int paragraphs = 0;
        foreach (var (where, lines) in SetParagraphs.All())
        {
            paragraphs++;
            if (lines.Count > 1 && lines[^1].IsSingleHanCharacter())
            {
                stranded.Add($"{where}: {lines[^1].Text}");
            }
        }

        TestContext.Out.WriteLine($"{stranded.Count} 孤字 last lines in {paragraphs} paragraphs");
        Assert.That(paragraphs, Is.GreaterThan(200));
        Assert.That(stranded, Is.Empty);
    }

    [Test]
    public void Lines_spread_at_most_an_eighth_em_unless_flagged_as_the_only_way()
    {
        int lines = 0;
        var wide = new List<string>();
        var flagged = new List<string>();
        foreach (var (where, paragraph) in SetParagraphs.All())
        {
            foreach (var line in paragraph.Where(l => !l.IsParagraphEnd))
            {
                lines++;
                double spread = line.MaxHanSpreadEm();
                if (spread > 0.125 + 0.001)
                {
                    (line.Line.IsWide ? flagged : wide).Add($"{where}: {line.Text} (+{spread:F3} em)");
                }
            }
        }

        TestContext.Out.WriteLine($"{wide.Count + flagged.Count} of {lines} lines spread over 1/8 em, {flagged.Count} flagged as the only way:\n" + string.Join("\n", flagged));
        Assert.That(lines, Is.GreaterThan(1000));
        Assert.That(wide, Is.Empty, "lines spread over 1/8 em though the paragraph could be broken better");
    }
}
