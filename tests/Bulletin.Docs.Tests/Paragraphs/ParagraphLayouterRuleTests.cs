using Bulletin.Docs.Layout.Paragraphs;
using Bulletin.Docs.Theme;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Paragraphs;

/// <summary>Each rule of docs/typography.md §2–§4 on sentences of the seed page (Han 1 em, Latin ½ em, 9 pt).</summary>
public class ParagraphLayouterRuleTests
{
    private const float Em = SyntheticParagraph.Em;
    private const string Sentence = "坚持把发展新质生产力作为推动高质量发展重要着力点，以科技创新催生新产业、新模式、新动能，全力推动科技和产业互促双强。";

    [Test]
    public void Thirteen_character_column_pushes_out_a_line_start_comma_and_halves_line_end_marks()
    {
        var p = new SyntheticParagraph(Sentence);

        string dump = p.Dump(p.Layout(13));

        // Line 2 cannot take 点 without starting line 3 with "，" and has nothing to squeeze: 点 is
        // pushed down and the line spread. Line 3 ends with "、" set half-width (GB/T 15834 §5.1.10).
        Assert.That(dump, Is.EqualTo(
            """
            01 |w=99.00/99.00| 坚持把发展新质生产力作
            02 |w=117.00/117.00| 为推动高质量发展重要着力  [stretched]
            03 |w=117.00/117.00| 点，以科技创新催生新产业、  [stretched]
            04 |w=117.00/117.00| 新模式、新动能，全力推动科
            05 |w=76.50/117.00| 技和产业互促双强。

            """.Replace("\r\n", "\n")));
    }

    [Test]
    public void Twenty_eight_character_column_sets_the_sentence_on_the_grid()
    {
        var p = new SyntheticParagraph(Sentence);

        string dump = p.Dump(p.Layout(28));

        Assert.That(dump, Is.EqualTo(
            """
            01 |w=234.00/234.00| 坚持把发展新质生产力作为推动高质量发展重要着力点，以
            02 |w=252.00/252.00| 科技创新催生新产业、新模式、新动能，全力推动科技和产业互
            03 |w=31.50/252.00| 促双强。

            """.Replace("\r\n", "\n")));
    }

    [Test]
    public void A_comma_that_would_start_a_line_is_pulled_up_by_squeezing_without_compressing_a_lone_comma()
    {
        var p = new SyntheticParagraph(SeedText.Paragraphs.Value[7]);

        var lines = p.Layout(13, options: ParagraphOptions.Default with { AvoidSingleCharacterLastLine = false });

        // "力，成功制备8英寸碳基芯片，" is 13½ em with its line-end "，" at ½ em, and "，" after 片 may
        // not start a line. Squeeze before pushing out (clreq §3.8): the two Han–Latin gaps around
        // 8 give up ⅛ em each and every character closes up a hair for the rest. The inner lone
        // "，" gives up no blank of its own (clreq §3.1.6 compresses adjacent marks and line-end
        // marks only): it keeps the advance of the characters around it.
        var line = lines.Lines[6];
        Assert.That(p.LineText(line), Is.EqualTo("力，成功制备8英寸碳基芯片，"));
        Assert.That(line.Flags & ParagraphLineFlags.Squeezed, Is.Not.EqualTo(ParagraphLineFlags.None));
        Assert.That(line.Width, Is.EqualTo(13 * Em).Within(0.01));
        int comma = line.Start + 1;
        double hanAdvance = lines.X[comma] - lines.X[line.Start];
        Assert.That(hanAdvance, Is.GreaterThan(Em * 31 / 32).And.LessThan(Em));
        Assert.That(lines.X[comma + 1] - lines.X[comma], Is.EqualTo(hanAdvance).Within(0.001));
    }

    [Test]
    public void Adjacent_closing_quote_and_comma_are_set_in_one_and_a_half_em_even_on_a_ragged_line()
    {
        const string text = "建设“第一实验室”，引入顶级科研团队";
        var p = new SyntheticParagraph(text);

        var lines = p.Layout(40, indentEm: 0, alignment: TextAlignment.Start);

        int quote = text.IndexOf('”');
        Assert.That(lines.X[quote + 1] - lines.X[quote], Is.EqualTo(0.5 * Em).Within(0.001), "” gives its blank to the pair");
        Assert.That(lines.X[quote + 2] - lines.X[quote + 1], Is.EqualTo(Em).Within(0.001), "， keeps its own");
        Assert.That(lines.X[quote] - lines.X[quote - 1], Is.EqualTo(Em).Within(0.001));
        Assert.That(lines.Lines[0].Width, Is.EqualTo((text.Length - 0.5) * Em).Within(0.001));
    }

    [Test]
    public void Period_before_closing_quote_is_compressed()
    {
        const string text = "他说：“好。”我们走吧";
        var p = new SyntheticParagraph(text);

        var lines = p.Layout(40, indentEm: 0, alignment: TextAlignment.Start);

        int period = text.IndexOf('。');
        Assert.That(lines.X[period + 1] - lines.X[period], Is.EqualTo(0.5 * Em).Within(0.001));
        Assert.That(lines.X[period + 2] - lines.X[period + 1], Is.EqualTo(Em).Within(0.001));
        int colon = text.IndexOf('：');
        Assert.That(lines.X[colon + 1] - lines.X[colon], Is.EqualTo(0.5 * Em).Within(0.001), "：“ is set in 1.5 em");
    }

    [Test]
    public void Quarter_em_between_Han_and_digits_but_not_inside_the_number()
    {
        const string text = "签署合同等总额达3.7亿元，面积达20万平方米";
        var p = new SyntheticParagraph(text);

        var lines = p.Layout(40, indentEm: 0, alignment: TextAlignment.Start);

        int three = text.IndexOf('3');
        Assert.That(lines.X[three] - lines.X[three - 1], Is.EqualTo(1.25 * Em).Within(0.001), "达|3");
        Assert.That(lines.X[three + 1] - lines.X[three], Is.EqualTo(0.5 * Em).Within(0.001), "3.");
        Assert.That(lines.X[three + 3] - lines.X[three + 2], Is.EqualTo(0.75 * Em).Within(0.001), "7|亿");
        int comma = text.IndexOf('，');
        Assert.That(lines.X[comma + 1] - lines.X[comma], Is.EqualTo(Em).Within(0.001), "no gap next to Chinese punctuation");
    }

    [Test]
    public void Date_in_the_dateline_gets_quarter_em_gaps_and_no_gap_before_the_comma()
    {
        const string text = "本报讯 1月6日，省政府新闻办举行系列主题第四十五场新闻发布会。";
        var p = new SyntheticParagraph(text);

        var lines = p.Layout(40, indentEm: 0, alignment: TextAlignment.Start);

        int one = text.IndexOf('1');
        Assert.That(lines.X[one + 1] - lines.X[one], Is.EqualTo(0.75 * Em).Within(0.001), "1|月");
        Assert.That(lines.X[one + 2] - lines.X[one + 1], Is.EqualTo(1.25 * Em).Within(0.001), "月|6");
        Assert.That(lines.X[one + 3] - lines.X[one + 2], Is.EqualTo(0.75 * Em).Within(0.001), "6|日");
        Assert.That(lines.X[one + 4] - lines.X[one + 3], Is.EqualTo(Em).Within(0.001), "日，");
        Assert.That(lines.X[one] - lines.X[one - 2], Is.EqualTo(Em + Em / 3f).Within(0.001), "a word space, no gap added");
    }

    [Test]
    public void No_Han_Latin_gap_at_a_line_end()
    {
        const string text = "在智能物联网AI等领域";
        var p = new SyntheticParagraph(text);

        // 网 ends line 1 (5.0 em + no gap); A starts line 2 at 0.
        var lines = p.Layout(6, indentEm: 0);

        Assert.That(p.LineText(lines.Lines[0]), Is.EqualTo("在智能物联网"));
        Assert.That(lines.Lines[0].Width, Is.EqualTo(6 * Em).Within(0.01));
        Assert.That(lines.X[text.IndexOf('A')], Is.EqualTo(0f));
    }

    [Test]
    public void Dash_pair_is_never_split_nor_spread([Range(8, 20)] int characters)
    {
        string text = SeedText.Paragraphs.Value.First(s => s.StartsWith("——西山煤电", StringComparison.Ordinal))
            + SeedText.Paragraphs.Value.First(s => s.Contains("生产力——围绕", StringComparison.Ordinal));
        var p = new SyntheticParagraph(text);

        var lines = p.Layout(characters);

        for (int i = text.IndexOf("——", StringComparison.Ordinal); i >= 0; i = text.IndexOf("——", i + 2, StringComparison.Ordinal))
        {
            Assert.That(LineOf(lines, i), Is.EqualTo(LineOf(lines, i + 1)), $"—— at {i} split at {characters}");
            Assert.That(lines.X[i + 1] - lines.X[i], Is.EqualTo(Em).Within(0.001), $"—— at {i} spread at {characters}");
        }
    }

    [Test]
    public void Ellipsis_pair_stays_whole_and_unspread([Range(8, 20)] int characters)
    {
        string text = SeedText.Paragraphs.Value.First(s => s.Contains("……", StringComparison.Ordinal));
        var p = new SyntheticParagraph(text);

        var lines = p.Layout(characters);

        int i = text.IndexOf("……", StringComparison.Ordinal);
        Assert.That(LineOf(lines, i), Is.EqualTo(LineOf(lines, i + 1)));
        Assert.That(lines.X[i + 1] - lines.X[i], Is.EqualTo(Em).Within(0.001));
    }

    [Test]
    public void Opening_quote_at_a_line_start_loses_its_leading_half_em_unless_disabled()
    {
        const string text = "建设面积超十万平方米洁净空间的“第一实验室”";
        var p = new SyntheticParagraph(text);
        int quote = text.IndexOf('“');

        var trimmed = p.Layout(15, indentEm: 0);
        var kept = p.Layout(15, indentEm: 0, options: ParagraphOptions.Default with { TrimOpeningBracketAtLineStart = false });

        Assert.That(trimmed.Lines[1].Start, Is.EqualTo(quote));
        Assert.That(trimmed.X[quote], Is.EqualTo(-0.5f * Em), "the glyph origin moves left so its ink starts the line");
        Assert.That(trimmed.X[quote + 1], Is.EqualTo(0.5f * Em));
        Assert.That(trimmed.Lines[1].Width, Is.EqualTo(6f * Em).Within(0.001));
        Assert.That(kept.X[quote], Is.EqualTo(0f));
        Assert.That(kept.Lines[1].Width, Is.EqualTo(6.5f * Em).Within(0.001));
    }

    [Test]
    public void Paragraph_opening_quote_keeps_its_blank_on_the_indent_grid()
    {
        const string text = "“锦绣太原城”盛景正在变成美好现实。";
        var p = new SyntheticParagraph(text);

        var lines = p.Layout(13);

        Assert.That(lines.X[0], Is.EqualTo(0f));
        Assert.That(lines.X[1], Is.EqualTo(Em));
    }

    [Test]
    public void Single_character_last_line_is_avoided_by_breaking_the_whole_paragraph_together()
    {
        var p = new SyntheticParagraph(SeedText.Paragraphs.Value[8]);

        var total = p.Layout(19);
        var firstFit = p.Layout(19, options: ParagraphOptions.Default with { TotalFit = false });

        Assert.That(ParagraphLayouter.IsSingleHanCharacter(p.Clusters, firstFit.Lines[^1].Start, firstFit.Lines[^1].End), Is.True, p.Dump(firstFit));
        Assert.That(ParagraphLayouter.IsSingleHanCharacter(p.Clusters, total.Lines[^1].Start, total.Lines[^1].End), Is.False, p.Dump(total));
        Assert.That(total.Lines.Length, Is.EqualTo(firstFit.Lines.Length));
        for (int k = 0; k < total.Lines.Length - 1; k++)
        {
            var line = total.Lines[k];
            Assert.That(line.Width, Is.EqualTo(line.Measure).Within(0.01), $"line {k + 1} is still justified");
            Assert.That(MaxHanPitch(p, total, line), Is.LessThanOrEqualTo(Em + 0.125 * Em + 0.01), $"line {k + 1} spreads at most ⅛ em: {p.Dump(total)}");
        }
    }

    [Test]
    public void Single_character_last_line_is_avoided_even_at_the_cost_of_a_wide_line_which_is_flagged()
    {
        var p = new SyntheticParagraph("省政府新闻办发布会");

        var lines = p.Layout(10);
        var kept = p.Layout(10, options: ParagraphOptions.Default with { AvoidSingleCharacterLastLine = false });

        // 7 characters in 8 em are 1/6 em apart: the only way to keep 会 company, flagged for review.
        Assert.That(p.Dump(lines), Is.EqualTo(
            """
            01 |w=72.00/72.00| 省政府新闻办发  [stretched]  [wide: no better breaks]
            02 |w=18.00/90.00| 布会

            """.Replace("\r\n", "\n")));
        Assert.That(p.LineText(kept.Lines[^1]), Is.EqualTo("会"), "without the rule first-fit stands");
    }

    [Test]
    public void A_lone_comma_on_a_stretched_line_keeps_its_full_em()
    {
        // The Latin word does not fit, so 11 em are stretched to 13; the comma mid-line is not
        // compressed, so no ", " look: only the line-end mark and adjacent pairs lose blank.
        const string text = "全力推动科技，产业互促Tsinghua";
        var p = new SyntheticParagraph(text);

        var lines = p.Layout(13, indentEm: 0);

        var line = lines.Lines[0];
        Assert.That(p.LineText(line), Is.EqualTo("全力推动科技，产业互促"));
        Assert.That(line.Flags & ParagraphLineFlags.Stretched, Is.Not.EqualTo(ParagraphLineFlags.None));
        int comma = text.IndexOf('，');
        double hanGap = lines.X[1] - lines.X[0];
        Assert.That(hanGap, Is.GreaterThan(Em));
        Assert.That(lines.X[comma + 1] - lines.X[comma], Is.EqualTo(hanGap).Within(0.001), "the comma takes 1 em plus the same spread as any character");
    }

    [Test]
    public void A_line_a_fraction_of_an_em_too_long_closes_up_evenly_instead_of_half_compressing_one_comma()
    {
        // work-bulletin's measure is 27.64 em (GB/T 9704's 156 mm at 16 pt): 24 Han + ，+ 。 = 26 em in 25.64.
        const string text = "持续放宽市场准入。积极服务和融入全国统一大市场，着力构建维护公平竞争体制机制。";
        var p = new SyntheticParagraph(text);

        var lines = ParagraphLayouter.Layout(p.Clusters, p.Breaks, 25.64f * Em, 27.64f * Em, TextAlignment.Justify);

        var line = lines.Lines[0];
        Assert.That(p.LineText(line), Is.EqualTo("持续放宽市场准入。积极服务和融入全国统一大市场，着力"));
        Assert.That(line.Width, Is.EqualTo(25.64 * Em).Within(0.01));
        int comma = text.IndexOf('，');
        double hanGap = lines.X[comma - 1] - lines.X[comma - 2];
        Assert.That(hanGap, Is.LessThan(Em).And.GreaterThan(Em - Em / 32), "characters a hair closer");
        Assert.That(lines.X[comma + 1] - lines.X[comma], Is.EqualTo(hanGap).Within(0.001), "the comma keeps its blank, less the same hair");
    }

    [Test]
    public void Without_close_up_no_line_is_set_narrower_than_its_characters()
    {
        // 26 Han characters in 25.64 em: closing up takes them on one line; a line Word sets again
        // (a heading line) must not count on it, since Word never closes Han characters up.
        const string text = "太原市互联网协会服务能力逐年增强数智赋能高质量发展年";
        var p = new SyntheticParagraph(text);

        var closed = ParagraphLayouter.Layout(p.Clusters, p.Breaks, 25.64f * Em, 25.64f * Em, TextAlignment.Justify);
        var open = ParagraphLayouter.Layout(p.Clusters, p.Breaks, 25.64f * Em, 25.64f * Em, TextAlignment.Justify, ParagraphOptions.NoCloseUp);

        Assert.That(closed.Lines.Length, Is.EqualTo(1), "closed up a hair");
        Assert.That(open.Lines.Length, Is.EqualTo(2));
        Assert.That(p.LineText(open.Lines[0]).Length, Is.LessThanOrEqualTo(25));
    }

    [Test]
    public void A_line_that_would_spread_more_than_an_em_per_gap_is_set_ragged_and_flagged_loose()
    {
        const string text = "详见Pneumonoultramicroscopicsilicovolcanoconiosis";
        var p = new SyntheticParagraph(text);

        var lines = p.Layout(13, indentEm: 0);

        Assert.That(p.Dump(lines), Does.StartWith("01 |w=18.00/117.00| 详见  [loose]\n"));
        Assert.That(lines.X[1] - lines.X[0], Is.EqualTo(Em).Within(0.001), "not spread");
    }

    // The widest distance between the origins of two neighbouring Han characters on a line.
    private static double MaxHanPitch(SyntheticParagraph p, ParagraphLines lines, ParagraphLine line)
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

    [Test]
    public void Mandatory_break_ends_a_start_aligned_line()
    {
        const string text = "悉心打造科创平台\n加速推动科技成果转化，全力推动科技和产业互促双强。";
        var p = new SyntheticParagraph(text);

        var lines = p.Layout(13, indentEm: 0);

        Assert.That(p.LineText(lines.Lines[0]), Is.EqualTo("悉心打造科创平台\n"));
        Assert.That(lines.Lines[0].Flags & ParagraphLineFlags.MandatoryBreak, Is.Not.EqualTo(ParagraphLineFlags.None));
        Assert.That(lines.Lines[0].Width, Is.EqualTo(8 * Em).Within(0.001), "not justified");
        Assert.That(lines.Lines[1].Width, Is.EqualTo(13 * Em).Within(0.01));
        Assert.That(p.Dump(lines), Does.StartWith("01 |w=72.00/117.00| 悉心打造科创平台⏎  [hard break]\n"));
    }

    [Test]
    public void A_word_wider_than_the_line_breaks_inside_as_a_last_resort_says_so_and_is_not_letter_spaced()
    {
        const string text = "详见Pneumonoultramicroscopicsilicovolcanoconiosis网站";
        var p = new SyntheticParagraph(text);

        var lines = p.Layout(10, indentEm: 0);

        Assert.That(p.LineText(lines.Lines[0]), Is.EqualTo("详见"));
        Assert.That(lines.Lines[1].Overfull, Is.EqualTo(OverfullReason.BrokeInsideUnbreakableRun));
        Assert.That(lines.Lines[1].Width, Is.EqualTo(10 * Em).Within(0.01), "20 letters of ½ em fill the line exactly");
        Assert.That(p.Dump(lines), Does.Contain("[overfull: no allowed break fits, broken inside a word]"));
        Assert.That(string.Concat(Enumerable.Range(0, lines.Lines.Length).Select(k => p.LineText(lines.Lines[k]))), Is.EqualTo(text));
    }

    [Test]
    public void A_url_breaks_after_its_separators_and_its_lines_are_set_ragged_not_letter_spaced()
    {
        const string text = "详见https://www.taiyuan.gov.cn/zwgk/tzgg/index.shtml网站公告";
        var p = new SyntheticParagraph(text);

        var lines = p.Layout(10, indentEm: 0);

        // Line 1 takes the URL's start instead of standing alone as 详见 (no break before "-" or
        // inside the address was possible before); every line broken inside the URL ends after a
        // separator and keeps the letters at their natural ½ em.
        Assert.That(lines.Lines.Length, Is.GreaterThan(2));
        Assert.That(p.LineText(lines.Lines[0]), Does.StartWith("详见https://"));
        for (int k = 0; k < lines.Lines.Length - 1; k++)
        {
            var line = lines.Lines[k];
            string lineText = p.LineText(line);
            Assert.That(line.Overfull, Is.EqualTo(OverfullReason.None), lineText);
            Assert.That("/._".Contains(lineText[^1], StringComparison.Ordinal), Is.True, $"line {k + 1} ends after a separator: {lineText}");
            Assert.That(line.Width, Is.LessThanOrEqualTo(line.Measure + 0.01));
            for (int i = line.Start + 1; i < line.End; i++)
            {
                if (p.Clusters[i].Kind == ClusterKind.Latin && p.Clusters[i - 1].Kind == ClusterKind.Latin)
                {
                    Assert.That(lines.X[i] - lines.X[i - 1], Is.EqualTo(0.5 * Em).Within(0.001), $"letters not spread on line {k + 1}: {p.Dump(lines)}");
                }
            }
        }
    }

    [Test]
    public void A_justified_line_of_one_url_is_set_ragged_not_letter_spaced_and_flagged_when_it_would_be_loose()
    {
        const string text = "详见www.taiyuan.gov.cn/zwgk/tzgg/t20250107_4981235.shtml网站公告，市民可以下载附件查看。";
        var p = new SyntheticParagraph(text);
        int found = 0, flagged = 0;
        for (int characters = 6; characters <= 30; characters++)
        {
            var lines = p.Layout(characters, indentEm: 0);
            for (int k = 0; k < lines.Lines.Length - 1; k++)
            {
                // A line that ends inside the URL is ragged anyway; this one ends at an ordinary break.
                var line = lines.Lines[k];
                var m = LineMetrics.Of(p.Clusters, line.Start, line.End, trimStart: false);
                if (m.SpreadableGaps > 0 || m.InnerSpaces > 0 || ClusterSpacing.EndsInsideWord(p.Clusters, line.End))
                {
                    continue;
                }

                found++;
                string where = $"{characters} characters, line {k + 1}:\n{p.Dump(lines)}";
                for (int i = line.Start + 1; i < line.End; i++)
                {
                    Assert.That(lines.X[i] - lines.X[i - 1], Is.EqualTo(0.5 * Em).Within(0.001), "letters at their natural ½ em: " + where);
                }

                bool loose = (line.Measure - m.Natural) / m.AnyGaps > (0.125 * Em) + 0.001;
                flagged += loose ? 1 : 0;
                Assert.That(line.Flags & ParagraphLineFlags.Wide, Is.EqualTo(loose ? ParagraphLineFlags.Wide : ParagraphLineFlags.None), where);
            }
        }

        Assert.That(found, Is.GreaterThan(0), "some width sets the URL's tail alone before 网站");
        TestContext.Out.WriteLine($"{found} URL lines ending at an ordinary break, {flagged} flagged");
    }

    [Test]
    public void A_cluster_wider_than_the_line_gets_a_line_of_its_own()
    {
        var p = new SyntheticParagraph("太原");

        var lines = p.Layout(1, indentEm: 0.5f);

        Assert.That(lines.Lines[0].Overfull, Is.EqualTo(OverfullReason.ClusterWiderThanMeasure));
        Assert.That(lines.Lines.Length, Is.EqualTo(2));
    }

    [Test]
    public void Center_and_end_shift_lines_distribute_spreads_the_last_line()
    {
        const string text = "悉心打造科创平台";
        var p = new SyntheticParagraph(text);

        var center = p.Layout(12, indentEm: 0, alignment: TextAlignment.Center);
        var end = p.Layout(12, indentEm: 0, alignment: TextAlignment.End);
        var distribute = p.Layout(12, indentEm: 0, alignment: TextAlignment.Distribute);
        var justify = p.Layout(12, indentEm: 0, alignment: TextAlignment.Justify);

        Assert.That(center.X[0], Is.EqualTo(2 * Em));
        Assert.That(center.Lines[0].Offset, Is.EqualTo(2 * Em));
        Assert.That(end.X[0], Is.EqualTo(4 * Em));
        Assert.That(distribute.Lines[0].Width, Is.EqualTo(12 * Em).Within(0.01));
        Assert.That(distribute.X[7], Is.EqualTo(11 * Em).Within(0.01));
        Assert.That(justify.Lines[0].Width, Is.EqualTo(8 * Em).Within(0.001), "the last line is start-aligned");
    }

    [Test]
    public void Latin_word_spaces_stretch_before_characters_are_spread()
    {
        const string text = "西山煤电与 Tsinghua University 联合研发，取得重大技术突破";
        var p = new SyntheticParagraph(text);

        // 西山煤电与 Tsinghua University = 14⅔ em; 联 does not fit even with spaces at ¼ em.
        var lines = p.Layout(15, indentEm: 0);

        var first = lines.Lines[0];
        Assert.That(p.LineText(first), Is.EqualTo("西山煤电与 Tsinghua University "));
        Assert.That(first.Width, Is.EqualTo(15 * Em).Within(0.01));
        Assert.That(lines.X[1] - lines.X[0], Is.EqualTo(Em).Within(0.001), "spaces took all the stretch");
        int space = text.IndexOf(' ', text.IndexOf('T'));
        double spaceWidth = lines.X[space + 1] - lines.X[space];
        Assert.That(spaceWidth, Is.GreaterThanOrEqualTo(0.5 * Em - 0.001), "word space stretched to ½ em first");
        Assert.That(lines.X[text.IndexOf('s')] - lines.X[text.IndexOf('T')], Is.EqualTo(0.5 * Em).Within(0.001), "no spreading inside a word");
    }

    [Test]
    public void Layout_is_deterministic_and_rejects_mismatched_breaks()
    {
        var p = new SyntheticParagraph(Sentence);

        string first = p.Dump(p.Layout(13), positions: true);
        string second = new SyntheticParagraph(Sentence).Dump(p.Layout(13), positions: true);

        Assert.That(second, Is.EqualTo(first));
        Assert.Throws<ArgumentException>(() => ParagraphLayouter.Layout(p.Clusters, p.Breaks.AsSpan(1), 100, 100, TextAlignment.Justify));
    }

    [Test]
    public void Empty_paragraph_is_one_empty_line()
    {
        var lines = ParagraphLayouter.Layout([], [], 100, 117, TextAlignment.Justify);

        Assert.That(lines.Lines.Length, Is.EqualTo(1));
        Assert.That(lines.Lines[0].Count, Is.EqualTo(0));
    }

    private static int LineOf(ParagraphLines lines, int cluster)
    {
        for (int k = 0; k < lines.Lines.Length; k++)
        {
            if (cluster >= lines.Lines[k].Start && cluster < lines.Lines[k].End)
            {
                return k;
            }
        }

        return -1;
    }
}
