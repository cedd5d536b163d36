using Bulletin.Docs.Layout.LineBreaking;
using Bulletin.Docs.Layout.Paragraphs;
using Bulletin.Docs.Theme;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Paragraphs;

/// <summary>
/// Invariants over every seed paragraph at every width from 8 to 40 characters, and over random
/// mixed text: the lines tile the input, break only where allowed (or say why not), keep 禁则,
/// fill justified lines exactly, and leave no avoidable 孤字.
/// </summary>
public class ParagraphInvariantTests
{
    private const float Em = SyntheticParagraph.Em;

    [Test]
    public void Seed_paragraphs_at_every_width_from_8_to_40_characters()
    {
        int checkedLines = 0, stretched = 0, squeezed = 0;
        foreach (string text in SeedText.Paragraphs.Value)
        {
            var p = new SyntheticParagraph(text);
            for (int width = 8; width <= 40; width++)
            {
                var lines = p.Layout(width);
                CheckInvariants(p, lines, $"width {width}: {text[..Math.Min(12, text.Length)]}");
                checkedLines += lines.Lines.Length;
                foreach (var line in lines.Lines)
                {
                    stretched += (line.Flags & ParagraphLineFlags.Stretched) != 0 ? 1 : 0;
                    squeezed += (line.Flags & ParagraphLineFlags.Squeezed) != 0 ? 1 : 0;
                }
            }
        }

        TestContext.Out.WriteLine($"{checkedLines} lines, {stretched} stretched, {squeezed} squeezed");
        Assert.That(squeezed, Is.GreaterThan(0), "the seed exercises squeezing");
    }

    [Test]
    public void Random_mixed_text_and_widths([Values(1, 2, 3, 4, 5, 6, 7, 8)] int seed)
    {
        var random = new Random(seed);
        const string han = "发展新质生产力推动高质量科技创新太原市山西煤电";
        const string opening = "“（《「";
        const string closing = "”）》」";
        const string stops = "，、；：。？！";
        for (int round = 0; round < 40; round++)
        {
            var sb = new System.Text.StringBuilder();
            int length = random.Next(1, 160);
            while (sb.Length < length)
            {
                int r = random.Next(100);
                if (r < 55) sb.Append(han[random.Next(han.Length)]);
                else if (r < 62) sb.Append(stops[random.Next(stops.Length)]);
                else if (r < 66) sb.Append(opening[random.Next(opening.Length)]);
                else if (r < 70) sb.Append(closing[random.Next(closing.Length)]);
                else if (r < 76) sb.Append(random.Next(10, 100000).ToString(System.Globalization.CultureInfo.InvariantCulture));
                else if (r < 82) sb.Append("AI Tsinghua of news".Split(' ')[random.Next(4)]);
                else if (r < 86) sb.Append(' ');
                else if (r < 88) sb.Append("——");
                else if (r < 90) sb.Append("……");
                else if (r < 91) sb.Append('·');
                else if (r < 92) sb.Append('\n');
                else sb.Append(han[random.Next(han.Length)]);
            }

            var p = new SyntheticParagraph(sb.ToString());
            int width = random.Next(4, 45);
            var alignment = (TextAlignment)random.Next(5);
            var options = ParagraphOptions.Default with { TrimOpeningBracketAtLineStart = random.Next(2) == 0 };
            var lines = ParagraphLayouter.Layout(p.Clusters, p.Breaks, (width - 2) * Em, width * Em, alignment, options);
            CheckInvariants(p, lines, $"seed {seed} round {round} width {width} {alignment}: {p.Text}", alignment);
        }
    }

    private static void CheckInvariants(SyntheticParagraph p, ParagraphLines lines, string context, TextAlignment alignment = TextAlignment.Justify)
    {
        var all = lines.Lines;
        Assert.That(all[0].Start, Is.Zero, context);
        Assert.That(all[^1].End, Is.EqualTo(p.Clusters.Length), context);
        string joined = "";
        for (int k = 0; k < all.Length; k++)
        {
            var line = all[k];
            string where = $"{context}\nline {k + 1}\n{p.Dump(lines)}";
            joined += p.LineText(line);
            Assert.That(line.End, Is.GreaterThan(line.Start), where);
            if (k > 0)
            {
                Assert.That(line.Start, Is.EqualTo(all[k - 1].End), where);
            }

            // A hard break wins over 禁则; an emergency break says so in its own line.
            bool forced = line.Overfull != OverfullReason.None
                || (k > 0 && (all[k - 1].Overfull != OverfullReason.None || (all[k - 1].Flags & ParagraphLineFlags.MandatoryBreak) != 0));
            if (k > 0 && !forced)
            {
                Assert.That(p.Breaks[line.Start], Is.Not.EqualTo(BreakAction.None), where);
                Assert.That(IsNoStart(p.Text, p.Clusters[line.Start].Start), Is.False, "no-start mark at a line start: " + where);
            }

            if (k < all.Length - 1 && line.Overfull == OverfullReason.None)
            {
                Assert.That(ChineseKinsoku.CannotEndLine(p.Text[p.Clusters[line.End - 1].Start], LineBreakStrictness.GB), Is.False, "no-end mark at a line end: " + where);
            }

            bool endsSegment = (line.Flags & (ParagraphLineFlags.Last | ParagraphLineFlags.MandatoryBreak)) != 0;
            // A line broken inside a word or URL is set ragged rather than letter-spaced.
            bool justified = (alignment == TextAlignment.Distribute || (alignment == TextAlignment.Justify && !endsSegment))
                && !ClusterSpacing.EndsInsideWord(p.Clusters, line.End);
            if (line.Overfull != OverfullReason.ClusterWiderThanMeasure)
            {
                Assert.That(line.Width, Is.LessThanOrEqualTo(line.Measure + 0.01), where);
                Assert.That(line.Offset + line.Width, Is.LessThanOrEqualTo(line.Measure + 0.01), where);
            }

            if ((line.Flags & ParagraphLineFlags.Loose) != 0)
            {
                // Set ragged only when justifying would spread characters more than 1 em apart.
                var m = LineMetrics.Of(p.Clusters, line.Start, line.End, trimStart: false);
                double spread = line.Measure - m.Natural - m.SpaceStretch - m.GapStretch;
                Assert.That(justified, Is.True, where);
                Assert.That(spread / Math.Max(1, m.SpreadableGaps > 0 ? m.SpreadableGaps : m.InnerSpaces > 0 ? m.InnerSpaces : m.AnyGaps), Is.GreaterThan(Em), "loose line that could be justified: " + where);
                Assert.That(line.Width, Is.LessThan(line.Measure), where);
            }
            else if (justified && line.Overfull == OverfullReason.None && CanSpread(p, line, alignment))
            {
                Assert.That(line.Width, Is.EqualTo(line.Measure).Within(0.01), "justified line does not fill the measure: " + where);
            }

            for (int i = line.Start + 1; i < line.End; i++)
            {
                Assert.That(lines.X[i], Is.GreaterThanOrEqualTo(lines.X[i - 1] - 0.001), "positions go backwards: " + where);
            }

            if (k == all.Length - 1 && k > 0)
            {
                CheckNoAvoidableSingleCharacter(p, all[k - 1], line, where);
            }
        }

        Assert.That(joined, Is.EqualTo(p.Text), context);
    }

    // —— and …… may start a line below the strict level (clreq); a lone — may not.
    private static bool IsNoStart(string text, int index) =>
        ChineseKinsoku.CannotStartLine(text[index], LineBreakStrictness.GB) && !ChineseKinsoku.StartsTwoEmMark(text, index);

    // A lone cluster, or a lone ——/……, has no gap that may be widened.
    // A justified line of one word or URL is set ragged, not letter-spaced; a distributed one is spread.
    private static bool CanSpread(SyntheticParagraph p, ParagraphLine line, TextAlignment alignment)
    {
        var m = LineMetrics.Of(p.Clusters, line.Start, line.End, trimStart: false);
        return m.SpreadableGaps > 0 || m.InnerSpaces > 0 || (alignment == TextAlignment.Distribute && m.AnyGaps > 0);
    }

    // Avoidable for sure: the line above ends in a Han character after an allowed break, is all
    // Han and marks, and without that character is still justified spreading under ⅛ em per gap.
    private static void CheckNoAvoidableSingleCharacter(SyntheticParagraph p, ParagraphLine previous, ParagraphLine last, string where)
    {
        if (!ParagraphLayouter.IsSingleHanCharacter(p.Clusters, last.Start, last.End)
            || (previous.Flags & ParagraphLineFlags.MandatoryBreak) != 0 || previous.Overfull != OverfullReason.None)
        {
            return;
        }

        int b = previous.End - 1;
        bool simple = previous.Count >= 6 && p.Clusters[b].Kind == ClusterKind.Han && p.Breaks[b] == BreakAction.Allowed;
        for (int i = previous.Start; i < previous.End && simple; i++)
        {
            simple = p.Clusters[i].Kind is ClusterKind.Han or ClusterKind.Comma or ClusterKind.Period;
        }

        if (simple)
        {
            var head = LineMetrics.Of(p.Clusters, previous.Start, b, trimStart: false);
            simple = head.SpreadableGaps > 0 && (previous.Measure - head.Natural) / head.SpreadableGaps < 0.12 * Em;
        }

        Assert.That(simple, Is.False, "avoidable 孤字 last line: " + where);
    }
}
