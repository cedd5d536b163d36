using Bulletin.Docs.Layout;
using Bulletin.Docs.Layout.LineBreaking;
using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Tests.Support;
using Bulletin.Docs.Theme;
using NUnit.Framework;
using static Bulletin.Docs.Tests.TextLayout.TextLayoutSupport;

namespace Bulletin.Docs.Tests.TextLayout;

/// <summary>The text engine end to end on real seed sentences with the default fonts.</summary>
public class TextLayouterTests
{
    [Test]
    public void Seed_paragraphs_keep_their_text_fill_the_measure_and_respect_kinsoku([Values(13, 20, 28)] int characters)
    {
        using var layouter = NewLayouter();
        foreach (string text in SeedBodyParagraphs)
        {
            var laid = layouter.Layout(Plain(text), Column(characters), Justified);
            string where = $"{characters} characters:\n{Dump(laid)}";
            Assert.That(string.Concat(laid.Lines.Select(l => l.Line.Text)), Is.EqualTo(text), where);
            Assert.That(laid.Lines[0].X, Is.EqualTo(2 * Size).Within(1e-9), "first line indented 2 em");
            for (int k = 0; k < laid.Lines.Count; k++)
            {
                var (x, line) = laid.Lines[k];
                double measure = Column(characters) - (k == 0 ? 2 * Size : 0);
                if (k < laid.Lines.Count - 1)
                {
                    Assert.That(line.Width, Is.EqualTo(measure).Within(0.01), $"line {k + 1} is not justified: {where}");
                }
                else
                {
                    Assert.That(line.Width, Is.LessThanOrEqualTo(measure + 0.01), where);
                }

                if (k > 0)
                {
                    Assert.That(x, Is.Zero, where);
                    Assert.That(ChineseKinsoku.CannotStartLine(line.Text[0], LineBreakStrictness.GB) && !ChineseKinsoku.StartsTwoEmMark(line.Text, 0),
                        Is.False, $"line {k + 1} starts with a no-start mark: {where}");
                }

                Assert.That(line.Ascent, Is.GreaterThan(0.7 * Size).And.LessThan(1.3 * Size));
                Assert.That(line.Descent, Is.GreaterThan(0.1 * Size).And.LessThan(0.5 * Size));
                var xs = line.Runs.SelectMany(r => r.X).ToArray();
                Assert.That(xs, Is.Ordered, where);
            }
        }
    }

    [Test]
    public void A_Han_character_and_a_number_are_a_quarter_em_apart()
    {
        using var layouter = NewLayouter();
        var laid = layouter.Layout(Plain("总额达3.7亿元"), Column(28), Justified with { FirstLineIndentPt = 0, Alignment = TextAlignment.Start });
        var run = laid.Lines.Single().Line.Runs.Single();
        float X(char c) => run.X[run.Clusters.IndexOf(run.Text.IndexOf(c))];
        float hanAdvance = X('额') - X('总');
        Assert.That(hanAdvance, Is.EqualTo(Size).Within(0.01));
        // 达 is 1 em wide, then ¼ em before 3; 元 follows 亿 directly.
        Assert.That(X('3') - X('达'), Is.EqualTo(1.25 * Size).Within(0.01));
        Assert.That(X('元') - X('亿'), Is.EqualTo(Size).Within(0.01));
        float sevenEnd = X('亿') - 0.25f * (float)Size;
        Assert.That(sevenEnd, Is.GreaterThan(X('7')), "¼ em gap after the number");
    }

    [Test]
    public void Letter_spacing_adds_the_same_space_after_every_character_as_in_Word()
    {
        using var layouter = NewLayouter();
        const string name = "工作简报";
        var spaced = new ParagraphText(name, [new TextSpan(0, name.Length, Body with { LetterSpacingPt = 12 })]);
        var settings = Justified with { FirstLineIndentPt = 0, Alignment = TextAlignment.Start };

        var run = layouter.Layout(spaced, Column(28), settings).Lines.Single().Line.Runs.Single();
        var plainWidth = layouter.Layout(Plain(name), Column(28), settings).Lines.Single().Line.Width;
        var spacedWidth = layouter.Layout(spaced, Column(28), settings).Lines.Single().Line.Width;

        Assert.That(run.X[1] - run.X[0], Is.EqualTo(Size + 12).Within(0.01));
        Assert.That(spacedWidth - plainWidth, Is.EqualTo(4 * 12).Within(0.01));
    }

    [Test]
    public void A_Latin_word_stays_whole()
    {
        using var layouter = NewLayouter();
        string text = "太原入选全球化与世界城市研究网络GaWC世界城市名录，排名较上次提升，进入世界城市行列。";
        for (int characters = 8; characters <= 28; characters++)
        {
            var laid = layouter.Layout(Plain(text), Column(characters), Justified);
            Assert.That(laid.Lines.Any(l => l.Line.Text.Contains("GaWC", StringComparison.Ordinal)), Is.True, $"{characters}:\n{Dump(laid)}");
        }
    }

    [Test]
    public void Full_width_marks_are_compressed_at_line_end_and_in_pairs()
    {
        using var layouter = NewLayouter();
        // 。」 and ）（ pairs are set in 1.5 em; nothing here is justified (start-aligned, one line).
        var laid = layouter.Layout(Plain("他说：“好。”（一）"), Column(28), Justified with { FirstLineIndentPt = 0, Alignment = TextAlignment.Start });
        var line = laid.Lines.Single().Line;
        var run = line.Runs.Single();
        float X(int index) => run.X[run.Clusters.IndexOf(index)];
        Assert.That(X(3) - X(2), Is.EqualTo(0.5 * Size).Within(0.01), "：“ pair is 1.5 em: the colon loses its blank, the quote keeps its own");
        Assert.That(X(4) - X(3), Is.EqualTo(Size).Within(0.01));
        Assert.That(X(6) - X(5), Is.EqualTo(0.5 * Size).Within(0.01), "。” pair is 1.5 em: the stop loses its blank");
        Assert.That(X(7) - X(6), Is.EqualTo(0.5 * Size).Within(0.01), "”（ pair: the quote loses its blank");
        // The line-end ） is set half-width: the line ends ½ em after its origin.
        Assert.That(line.Width - X(9), Is.EqualTo(0.5 * Size).Within(0.01));
    }

    [Test]
    public void Chinese_quotes_are_full_width_before_compression_and_an_apostrophe_in_a_Latin_word_is_not()
    {
        using var layouter = NewLayouter();
        const string text = "建设的“第一实验室”，don’t";

        var shaped = layouter.Shape(Plain(text));

        var open = shaped.Clusters.Single(c => c.Start == text.IndexOf('“'));
        var close = shaped.Clusters.Single(c => c.Start == text.IndexOf('”'));
        var apostrophe = shaped.Clusters.Single(c => c.Start == text.IndexOf('’'));
        Assert.That(open.Advance, Is.EqualTo(Size).Within(0.001), "“ is 1 em: its blank on the left, compressible");
        Assert.That((open.Kind, close.Kind), Is.EqualTo((Layout.Paragraphs.ClusterKind.Opening, Layout.Paragraphs.ClusterKind.Closing)));
        Assert.That(close.Advance, Is.EqualTo(Size).Within(0.001));
        Assert.That(apostrophe.Advance, Is.LessThan(0.5 * Size), "don’t keeps a proportional apostrophe");
        Assert.That(apostrophe.Kind, Is.EqualTo(Layout.Paragraphs.ClusterKind.Other), "and it is part of the word");

        // Set on one line: ”， is one pair (1.5 em), and the “ keeps its blank after 的.
        var run = layouter.Layout(Plain(text), Column(28), Justified with { FirstLineIndentPt = 0, Alignment = TextAlignment.Start })
            .Lines.Single().Line.Runs.First();
        float X(int index) => run.X[run.Clusters.IndexOf(index)];
        Assert.That(X(3) - X(2), Is.EqualTo(Size).Within(0.01), "的 is 1 em, and “ draws its ink in the right half of its own em");
        Assert.That(X(10) - X(9), Is.EqualTo(0.5 * Size).Within(0.01), "”， pair: the quote loses its blank");
    }

    [Test]
    public void An_interpunct_takes_one_em_with_its_dot_centred()
    {
        using var layouter = NewLayouter();
        var run = layouter.Layout(Plain("晋创谷·太原"), Column(28), Justified with { FirstLineIndentPt = 0, Alignment = TextAlignment.Start })
            .Lines.Single().Line.Runs.Single();
        Assert.That(run.X[4] - run.X[2], Is.EqualTo(2 * Size).Within(0.01), "谷 and · take 1 em each");
        Assert.That(run.X[3] - run.X[2], Is.GreaterThan(Size), "the narrow dot glyph is moved right, into the middle of its em");
    }

    [Test]
    public void A_compressed_opening_bracket_moves_its_glyph_left()
    {
        using var layouter = NewLayouter();
        var laid = layouter.Layout(Plain("好，（一）"), Column(28), Justified with { FirstLineIndentPt = 0, Alignment = TextAlignment.Start });
        var run = laid.Lines.Single().Line.Runs.Single();
        // ，（ is 1.5 em: ， keeps its full em (its right blank is removed first, then （ gives the rest).
        Assert.That(run.X[2] - run.X[1], Is.EqualTo(0.5 * Size).Within(0.01), "，’s blank taken first");
        Assert.That(run.X[3] - run.X[2], Is.EqualTo(Size).Within(0.01), "（ keeps its left blank: the pair already lost ½ em");
    }

    [Test]
    public void Link_spans_carry_their_target_and_bold_resolves_to_the_700_face()
    {
        using var layouter = NewLayouter();
        string text = "详见太原日报网站。";
        var paragraph = new ParagraphText(text, [
            new TextSpan(0, 2, Body with { Bold = true }),
            new TextSpan(2, 6, Body with { LinkTarget = "https://www.tynews.com.cn/" }),
            new TextSpan(8, 1, Body),
        ]);
        var line = layouter.Layout(paragraph, Column(28), Justified).Lines.Single().Line;
        Assert.That(line.Runs.Select(r => r.Text), Is.EqualTo(new[] { "详见", "太原日报网站", "。" }));
        Assert.That(line.Runs[0].Font.Weight, Is.EqualTo(700));
        Assert.That(line.Runs[0].SyntheticBold, Is.False);
        Assert.That(line.Runs[1].Font.Weight, Is.EqualTo(400));
        Assert.That(line.Runs[1].LinkTarget, Is.EqualTo("https://www.tynews.com.cn/"));
        Assert.That(line.Runs[2].LinkTarget, Is.Null);
    }

    [Test]
    public void A_forced_line_break_ends_the_line_and_is_not_shown()
    {
        using var layouter = NewLayouter();
        var laid = layouter.Layout(Plain("第一行\n第二行"), Column(28), Justified);
        Assert.That(laid.Lines.Select(l => l.Line.Text), Is.EqualTo(new[] { "第一行", "第二行" }));
        Assert.That(laid.Lines[0].Line.Runs.Sum(r => r.GlyphIds.Length), Is.EqualTo(3));
    }

    [Test]
    public void An_empty_paragraph_has_one_empty_line_with_metrics()
    {
        using var layouter = NewLayouter();
        var laid = layouter.Layout(Plain(""), Column(28), Justified);
        var line = laid.Lines.Single().Line;
        Assert.That(line.Runs, Is.Empty);
        Assert.That(line.Ascent, Is.GreaterThan(0));
        Assert.That(laid.Height, Is.EqualTo(1.5 * Size));
    }

    [Test]
    public void Laying_out_again_at_another_width_reuses_the_shaping()
    {
        using var layouter = NewLayouter();
        string text = SeedBodyParagraphs.First();
        var first = layouter.Shape(Plain(text));
        var second = layouter.Shape(Plain(text));
        Assert.That(second, Is.SameAs(first));
        Assert.That(layouter.Shape(Plain(text + "。")), Is.Not.SameAs(first));
    }

    [Test]
    public void A_soft_hyphen_shows_a_hyphen_only_where_a_line_breaks_at_it()
    {
        using var layouter = NewLayouter();
        const string text = "新华社消息 super\u00ADcali\u00ADfragil\u00ADistic\u00ADexpi\u00ADali\u00ADdocious 一词";

        var laid = layouter.Layout(Plain(text), Column(7), Justified with { FirstLineIndentPt = 0 });

        string where = Dump(laid, glyphs: true);
        Assert.That(string.Concat(laid.Lines.Select(l => l.Line.Text)), Is.EqualTo(text));
        var face = laid.Lines[0].Line.Runs[0].Font;
        Assert.That(face.HarfBuzzFont.TryGetNominalGlyph('-', out uint hyphen), Is.True);
        int hyphenated = 0;
        foreach (var (_, line) in laid.Lines)
        {
            var glyphs = line.Runs.SelectMany(r => r.GlyphIds).ToArray();
            bool endsAtSoftHyphen = line.Text.EndsWith('\u00AD');
            hyphenated += endsAtSoftHyphen ? 1 : 0;
            Assert.That(glyphs.Count(g => g == hyphen), Is.EqualTo(endsAtSoftHyphen ? 1 : 0), $"{line.Text}\n{where}");
            if (endsAtSoftHyphen)
            {
                Assert.That(glyphs[^1], Is.EqualTo(hyphen), where);
                var last = line.Runs[^1];
                Assert.That(line.Width, Is.GreaterThan(last.X[^1] + 0.2 * Size).And.LessThanOrEqualTo(Column(7) + 0.01), "the hyphen's width is in the line's: " + where);
            }
        }

        Assert.That(hyphenated, Is.GreaterThan(0), where);
    }

    [Test]
    public void A_run_in_dateline_is_set_solid_while_the_rest_of_its_line_is_spread()
    {
        // 本报讯 is one atomic label (as the article's dateline is built): justifying its line widens
        // the other gaps, never the two inside it.
        const string dateline = "本报讯\u3000";
        const string text = dateline + "1月6日，省政府新闻办举行“推动高质量发展 深化全方位转型”系列主题第四十五场新闻发布会。";
        using var layouter = NewLayouter();
        int spread = 0;
        for (int characters = 9; characters <= 24; characters++)
        {
            var paragraph = new ParagraphText(text, [new TextSpan(0, text.Length, Body)]) { AtomicRanges = [0..dateline.Length] };
            var laid = layouter.Layout(paragraph, Column(characters), Justified);
            var run = laid.Lines[0].Line.Runs[0];
            string where = $"{characters} characters:\n{Dump(laid, glyphs: true)}";
            Assert.That(run.X[1] - run.X[0], Is.EqualTo(Size).Within(0.001), where);
            Assert.That(run.X[2] - run.X[1], Is.EqualTo(Size).Within(0.001), where);
            spread += run.X[5] - run.X[4] > Size + 0.01 ? 1 : 0; // 日 after the date: a gap that may widen
        }

        Assert.That(spread, Is.GreaterThan(0), "some width spreads the dateline's line");
    }

    [Test]
    public void A_dateline_wider_than_the_line_breaks_where_the_line_break_rules_allow()
    {
        // An atomic span wider than the line must break somewhere; it breaks at one of its own
        // break opportunities, so no line ends with （ nor starts with ） (clreq §3.1.7, GB/T 15834).
        const string dateline = "新华社北京1月6日电（记者 张三）\u3000";
        const string text = dateline + "太原市互联网协会1月4日举办了年会。";
        using var layouter = NewLayouter();
        int broken = 0;
        for (int characters = 6; characters <= 16; characters++)
        {
            var paragraph = new ParagraphText(text, [new TextSpan(0, text.Length, Body)]) { AtomicRanges = [0..dateline.Length] };
            var laid = layouter.Layout(paragraph, Column(characters), Justified);
            string where = $"{characters} characters:\n{Dump(laid)}";
            var lines = laid.Lines.Select(l => l.Line.Text.TrimEnd(' ', '\u3000')).ToList();
            broken += lines[0].Length < dateline.TrimEnd('\u3000').Length ? 1 : 0;
            for (int k = 0; k < lines.Count; k++)
            {
                Assert.That(k == lines.Count - 1 || !ChineseKinsoku.CannotEndLine(lines[k][^1], LineBreakStrictness.GB), Is.True, "a line ends with an opening mark: " + where);
                Assert.That(k == 0 || !ChineseKinsoku.CannotStartLine(lines[k][0], LineBreakStrictness.GB), Is.True, "a line starts with a closing mark: " + where);
            }
        }

        Assert.That(broken, Is.GreaterThan(5), "the dateline is wider than most of these lines");
    }

    [Test]
    public void Seed_paragraph_snapshot([Values(13, 28)] int characters)
    {
        using var layouter = NewLayouter();
        string text = SeedBodyParagraphs.First(p => p.Contains("3.7亿元", StringComparison.Ordinal));
        Snapshot.Verify(Dump(layouter.Layout(Plain(text), Column(characters), Justified), glyphs: true));
    }
}
