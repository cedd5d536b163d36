using Bulletin.Docs.Layout;
using Bulletin.Docs.Layout.LineBreaking;
using Bulletin.Docs.Layout.Structure;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Quality;

/// <summary>
/// What a Chinese editor sends back, counted over the laid-out pages (issue 10): the three samples,
/// the every-element document and the URL bulletin in the three built-in themes, the 200-page 简报
/// of distinct stories, and the seed page's paragraphs in three column widths. Each test walks the
/// glyph positions of the lines (<see cref="SetLine"/>), not the layouter's own line facts; only the
/// flag a line carries when its paragraph could not be set otherwise exempts it.
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

        TestContext.Out.WriteLine($"{compressed.Count} of {marks} lone mid-line marks compressed:\n" + string.Join("\n", compressed.Take(20)));
        Assert.That(marks, Is.GreaterThan(8000), "the corpus has lone marks to check");
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

        TestContext.Out.WriteLine($"{stranded.Count} 孤字 last lines in {paragraphs} paragraphs:\n" + string.Join("\n", stranded.Take(20)));
        Assert.That(paragraphs, Is.GreaterThan(800));
        Assert.That(stranded, Is.Empty);
    }

    /// <summary>
    /// On every justified line but a paragraph's last, no adjustment point takes more than ⅛ em
    /// beyond its own range: a gap between two characters beyond 0, a Han–Latin gap beyond ½ em
    /// and a word space beyond ½ em (the two widen from ¼ and ⅓ em to ½ em before characters
    /// spread, the adjustment order of clreq §3.8), unless the line carries the flag the layout
    /// dump prints as [wide: no better breaks].
    /// </summary>
    [Test]
    public void Adjustment_points_widen_at_most_an_eighth_em_unless_the_line_is_flagged()
    {
        int lines = 0, points = 0;
        var wide = new List<string>();
        var flagged = new List<string>();
        foreach (var (where, paragraph) in SetParagraphs.All())
        {
            foreach (var line in paragraph.Where(l => !l.IsParagraphEnd))
            {
                lines++;
                var adjusted = line.AdjustmentPoints().ToList();
                points += adjusted.Count;
                var worst = adjusted.Count == 0 ? default : adjusted.MaxBy(p => p.ExtraEm);
                if (worst.ExtraEm > 0.125 + 0.001)
                {
                    (line.Line.IsWide ? flagged : wide).Add($"{where}: {line.Text} ({worst.Kind} +{worst.ExtraEm:F3} em at {worst.Where})");
                }
            }
        }

        TestContext.Out.WriteLine(string.Join(", ", SetParagraphs.Documents.Select(d => $"{d.Name}: {d.Layout.Pages.Count} pages")));
        TestContext.Out.WriteLine($"{wide.Count + flagged.Count} of {lines} lines ({points} adjustment points) widen a point over 1/8 em, {flagged.Count} flagged as the only way:\n"
            + string.Join("\n", flagged) + "\nnot flagged:\n" + string.Join("\n", wide.Take(40)));
        Assert.That(lines, Is.GreaterThan(4000));
        Assert.That(wide, Is.Empty, "lines widened over 1/8 em per adjustment point though the paragraph could be broken better");
    }

    [Test]
    public void A_flag_marks_only_a_line_that_is_wide_or_ragged()
    {
        var needless = new List<string>();
        int flagged = 0;
        foreach (var (where, paragraph) in SetParagraphs.All())
        {
            foreach (var line in paragraph.Where(l => l.Line.IsWide))
            {
                flagged++;
                bool wide = line.AdjustmentPoints().Any(p => p.ExtraEm > 0.125 + 0.001);
                bool ragged = !line.IsParagraphEnd && line.Line.Width < 0.9 * paragraph.Max(l => l.Line.Width);
                if (!wide && !ragged)
                {
                    needless.Add($"{where}: {line.Text}");
                }
            }
        }

        TestContext.Out.WriteLine($"{flagged} flagged lines, {needless.Count} neither wide nor ragged");
        Assert.That(needless, Is.Empty, "the flag exempts a line from the counts, so it must mean what it says");
    }

    [Test]
    public void No_story_tail_stands_alone_at_a_column_top()
    {
        var tails = SetParagraphs.Documents.SelectMany(StoryTails.Of).ToList();
        var stranded = tails.Where(t => t.Stranded).Select(t => t.Where).ToList();

        TestContext.Out.WriteLine($"{stranded.Count} of {tails.Count} story tails stranded:\n" + string.Join("\n", stranded));
        Assert.That(tails, Has.Count.GreaterThan(90), "every story of the 200-page 简报 has a tail");
        Assert.That(stranded, Is.Empty);
    }

    [Test]
    public void Letters_of_a_word_or_URL_are_never_spread()
    {
        int urlLines = 0, brokenUrls = 0;
        var spread = new List<string>();
        foreach (var (where, paragraph) in SetParagraphs.All())
        {
            for (int k = 0; k < paragraph.Count; k++)
            {
                var line = paragraph[k];
                spread.AddRange(line.SpreadLetters().Select(s => $"{where}: {s}"));
                bool url = line.Text.Contains("://", StringComparison.Ordinal) || line.Text.Contains(".gov.cn", StringComparison.Ordinal) || line.Text.Contains(".shtml", StringComparison.Ordinal);
                urlLines += url ? 1 : 0;
                brokenUrls += url && k + 1 < paragraph.Count && char.IsAsciiLetterOrDigit(paragraph[k + 1].Text.FirstOrDefault()) ? 1 : 0;
            }
        }

        TestContext.Out.WriteLine($"{spread.Count} spread letters; {urlLines} lines show part of a URL, {brokenUrls} break inside one:\n" + string.Join("\n", spread.Take(20)));
        Assert.That(brokenUrls, Is.GreaterThan(5), "the corpus breaks URLs across lines");
        Assert.That(spread, Is.Empty, "URLs and words are set ragged, never letter-spaced");
    }

    /// <summary>
    /// No line but a paragraph's first starts with a mark that may not start a line, and no line but
    /// a paragraph's last ends with one that may not end a line (clreq §3.1.7, GB/T 15834: closing
    /// brackets and marks never start a line, opening brackets and quotes never end one), datelines
    /// included. ASCII marks are not counted: a URL or path breaks after its separators.
    /// </summary>
    [Test]
    public void No_line_starts_or_ends_with_a_mark_the_rules_forbid()
    {
        var broken = new List<string>();
        int lines = 0, bracketDatelines = 0;
        foreach (var (where, paragraph) in SetParagraphs.All())
        {
            if (string.Concat(paragraph.Select(l => l.Text)).Contains("电（", StringComparison.Ordinal))
            {
                bracketDatelines++;
            }

            for (int k = 0; k < paragraph.Count; k++)
            {
                lines++;
                string text = paragraph[k].Text.TrimEnd(' ');
                if (text.Length == 0)
                {
                    continue;
                }

                if (k > 0 && text[0] > '~' && ChineseKinsoku.CannotStartLine(text[0], LineBreakStrictness.GB) && !ChineseKinsoku.StartsTwoEmMark(text, 0))
                {
                    broken.Add($"{where}: line {k + 1} starts with {text[0]}: {text}");
                }

                if (k < paragraph.Count - 1 && text[^1] > '~' && ChineseKinsoku.CannotEndLine(text[^1], LineBreakStrictness.GB))
                {
                    broken.Add($"{where}: line {k + 1} ends with {text[^1]}: {text}");
                }
            }
        }

        TestContext.Out.WriteLine($"{broken.Count} of {lines} lines start or end against the rules:\n" + string.Join("\n", broken.Take(20)));
        Assert.That(bracketDatelines, Is.GreaterThanOrEqualTo(6), "the long-dateline page in two themes runs in datelines with brackets");
        Assert.That(broken, Is.Empty);
    }

    [Test]
    public void The_dateline_is_not_letter_spaced()
    {
        var spread = new List<string>();
        int datelines = 0;
        foreach (var document in SetParagraphs.Documents)
        {
            double tracking = document.Theme[Bulletin.Docs.Theme.TextRole.Dateline].LetterSpacingPt;
            foreach (var (where, paragraph) in SetParagraphs.Paragraphs(document))
            {
                var first = paragraph[0];
                if (!first.Text.StartsWith("本报讯", StringComparison.Ordinal))
                {
                    continue;
                }

                datelines++;
                var dateline = new SetLine(first.Line, false, tracking);
                for (int i = 0; i < 2; i++)
                {
                    if (Math.Abs(dateline.Excess(i)) > 0.01)
                    {
                        spread.Add($"{where}: {dateline.ClusterText(i)}{dateline.ClusterText(i + 1)} {dateline.Excess(i):+0.00;-0.00} pt");
                    }
                }
            }
        }

        TestContext.Out.WriteLine($"{spread.Count} gaps inside {datelines} datelines not at the characters' advance:\n" + string.Join("\n", spread));
        Assert.That(datelines, Is.GreaterThanOrEqualTo(6), "the newspaper sample, the every-element and the URL documents open with 本报讯");
        Assert.That(spread, Is.Empty);
    }

    [Test]
    public void A_line_broken_at_a_soft_hyphen_shows_a_hyphen_and_no_other_line_does()
    {
        int hyphenated = 0;
        var wrong = new List<string>();
        foreach (var (where, paragraph) in SetParagraphs.All())
        {
            foreach (var line in paragraph)
            {
                bool breaksAtSoftHyphen = line.Line.Text.EndsWith('\u00AD') && !line.IsParagraphEnd;
                // A soft hyphen is invisible unless its line breaks there; then its cluster shows the face's hyphen.
                int shown = line.Line.Runs.Sum(r => Enumerable.Range(0, r.GlyphIds.Length).Count(g =>
                    r.Text[r.Clusters[g]] == '\u00AD' && r.Font.HarfBuzzFont.TryGetNominalGlyph('-', out uint hyphen) && r.GlyphIds[g] == hyphen));
                hyphenated += breaksAtSoftHyphen ? 1 : 0;
                if (shown != (breaksAtSoftHyphen ? 1 : 0) || (breaksAtSoftHyphen && line.LastClusterText != "\u00AD"))
                {
                    wrong.Add($"{where}: {line.Text} ({shown} hyphens shown)");
                }
            }
        }

        TestContext.Out.WriteLine($"{hyphenated} lines end at a soft hyphen; {wrong.Count} wrong:\n" + string.Join("\n", wrong));
        Assert.That(hyphenated, Is.GreaterThan(0), "the corpus breaks a word at a soft hyphen");
        Assert.That(wrong, Is.Empty);
    }
}
