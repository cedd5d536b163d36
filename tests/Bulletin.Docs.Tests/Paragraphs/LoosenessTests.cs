using Bulletin.Docs.Layout.Paragraphs;
using Bulletin.Docs.Theme;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Paragraphs;

/// <summary>
/// TeX's \looseness over our total fit: a paragraph set a line longer or shorter than its best
/// breaking, every line still within the line rules (⅛ em a gap at most, no 孤字), or left as it
/// is when that cannot be done.
/// </summary>
public sealed class LoosenessTests
{
    private const float Em = SyntheticParagraph.Em;

    // A paragraph of the seed page long enough to take a line more in 28 characters.
    private static SyntheticParagraph Long() => new(string.Concat(SeedText.Paragraphs.Value.Where(p => p.Length > 150).Take(2)));

    // One whose last line holds a few characters, which its other lines can take up by squeezing.
    private static SyntheticParagraph ShortLastLine() =>
        SeedText.Paragraphs.Value.Select(t => new SyntheticParagraph(t)).First(p => p.Layout(28) is var l && l.Lines.Length >= 5 && p.LineText(l.Lines[^1]).Length <= 4);

    [TestCase(1)]
    [TestCase(-1)]
    public void A_paragraph_is_set_a_line_longer_or_shorter_within_an_eighth_of_an_em_a_gap(int looseness)
    {
        var p = looseness > 0 ? Long() : ShortLastLine();
        var best = p.Layout(28);
        var loosened = p.Layout(28, options: ParagraphOptions.Default with { Looseness = looseness });

        Assert.That(loosened.Lines.Length, Is.EqualTo(best.Lines.Length + looseness), p.Dump(loosened));
        Assert.That(p.LineText(loosened.Lines[^1]).Trim().Length, Is.GreaterThan(1), "no 孤字");
        for (int k = 0; k < loosened.Lines.Length - 1; k++)
        {
            var line = loosened.Lines[k];
            Assert.That(line.Width, Is.EqualTo(line.Measure).Within(0.01), $"line {k + 1} is justified: {p.Dump(loosened)}");
            Assert.That(line.Flags & (ParagraphLineFlags.Wide | ParagraphLineFlags.Loose), Is.EqualTo(ParagraphLineFlags.None), $"line {k + 1}: {p.Dump(loosened)}");
            Assert.That(MaxPitch(p, loosened, line), Is.LessThanOrEqualTo(Em + (0.125 * Em) + 0.01), $"line {k + 1} spreads at most ⅛ em: {p.Dump(loosened)}");
            // Set shorter: characters close up at most 1/24 em (GB/T 9704-2012 §7.3.5.5 lets 字距 be adjusted).
            Assert.That(MinPitch(p, loosened, line), Is.GreaterThanOrEqualTo(Em - (Em / 24) - 0.01), $"line {k + 1} closes up at most 1/24 em: {p.Dump(loosened)}");
        }

        // The text is all there, in order.
        Assert.That(string.Concat(loosened.Lines.ToArray().Select(p.LineText)), Is.EqualTo(p.Text));
    }

    [Test]
    public void A_paragraph_that_cannot_take_another_line_within_the_rules_keeps_its_lines()
    {
        // Two full lines and a short third: a fourth line would spread every line far past ⅛ em.
        var p = new SyntheticParagraph("太原市互联网协会一月四日举办了年会，互联网行业专家学者、创新企业代表共聚一堂，共同探讨互联网发展新趋势。");
        var best = p.Layout(20);
        var asked = p.Layout(20, options: ParagraphOptions.Default with { Looseness = 1 });

        Assert.That(p.Dump(asked), Is.EqualTo(p.Dump(best)));
        Assert.That(TotalFit.BreakInto(p.Clusters, p.Breaks, 18 * Em, 20 * Em, TextAlignment.Justify, ParagraphOptions.Default, 1.0 / 32, best.Lines.Length + 1), Is.Null);
    }

    [Test]
    public void Asking_for_the_best_breaking_s_own_line_count_gives_a_breaking_no_worse()
    {
        var p = Long();
        var best = p.Layout(28);
        var same = TotalFit.BreakInto(p.Clusters, p.Breaks, 26 * Em, 28 * Em, TextAlignment.Justify, ParagraphOptions.Default, 1.0 / 32, best.Lines.Length);

        Assert.That(same, Is.Not.Null);
        Assert.That(same!, Has.Length.EqualTo(best.Lines.Length));
        Assert.That(same[^1].End, Is.EqualTo(p.Clusters.Length));
    }

    private static double MinPitch(SyntheticParagraph p, ParagraphLines lines, ParagraphLine line)
    {
        double min = double.PositiveInfinity;
        for (int i = line.Start + 1; i < line.End; i++)
        {
            if (p.Clusters[i].Kind == ClusterKind.Han && p.Clusters[i - 1].Kind == ClusterKind.Han)
            {
                min = Math.Min(min, lines.X[i] - lines.X[i - 1]);
            }
        }

        return min;
    }

    private static double MaxPitch(SyntheticParagraph p, ParagraphLines lines, ParagraphLine line)
    {
        double max = 0;
        for (int i = line.Start + 1; i < line.End; i++)
        {
            if (p.Clusters[i].Kind == ClusterKind.Han && p.Clusters[i - 1].Kind == ClusterKind.Han)
            {
                max = Math.Max(max, lines.X[i] - lines.X[i - 1]);
            }
        }

        return max;
    }
}
