using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Theme;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.PageLayout;

public sealed class BalancingTests
{
    private const double Line = 12;
    private static readonly SpanFormat Format = new(FontSpec.Song, 10, false, false, RgbColor.Black);
    private static readonly ParagraphSettings Centred = new(TextAlignment.Center, 0, 0, Line);

    private static LaidOutParagraph Set(string text, double width) =>
        new FakeParagraphLayouter().Layout(new ParagraphText(text, [new TextSpan(0, text.Length, Format)]), width, Centred);

    private static IReadOnlyList<Slice> OneLineParagraphs(int count)
    {
        var list = new SliceList();
        for (var i = 0; i < count; i++)
        {
            list.AddParagraph(Set("文", 160), 0, 0, keepAll: false, structure: null);
        }

        return list.Slices;
    }

    [Test]
    public void Three_lines_are_not_spread_one_per_column()
    {
        var height = ColumnBalancer.Height(OneLineParagraphs(3), 0, 6, 1000, Line);

        Assert.That(height, Is.EqualTo(2 * Line), "two lines, then one: never 1 + 1 + 1");
    }

    [Test]
    public void A_column_left_empty_costs_more_than_a_short_last_one()
    {
        // 21 paragraphs of two lines (each moves whole), in 5 columns: 10 lines a column ends 10, 10, 10, 10, 2;
        // 12 lines a column ends 12, 12, 12, 6 and leaves the fifth column empty, a hole in the band.
        var list = new SliceList();
        for (var i = 0; i < 21; i++)
        {
            list.AddParagraph(Set(new string('文', 20), 160), 0, 0, keepAll: false, structure: null);
        }

        var height = ColumnBalancer.Height(list.Slices, 0, 5, 1000, Line);

        Assert.That(height, Is.EqualTo(10 * Line).Within(0.01), "every column holds text");
    }

    [Test]
    public void A_band_that_fits_only_at_full_height_is_not_balanced_lower()
    {
        Assert.That(ColumnBalancer.Height(OneLineParagraphs(12), 0, 2, 6 * Line, Line), Is.EqualTo(6 * Line));
        Assert.That(ColumnBalancer.Height(OneLineParagraphs(13), 0, 2, 6 * Line, Line), Is.Null);
    }

    [Test]
    public void A_heading_takes_whole_body_lines_and_keeps_them_at_a_column_top()
    {
        var list = new SliceList();
        list.AddSpace(4);
        list.AddParagraph(Set("小标题", 160) with { LineHeightPt = 15 }, 0, 2, keepAll: true, structure: null);

        list.SnapToPitch(0, Line);

        Assert.That(list.Slices.Sum(s => s.Height), Is.EqualTo(2 * Line).Within(1e-9), "4 + 15 + 2 = 21 pt rounds up to two 12 pt lines");
        Assert.That(list.Slices.Any(s => s.Discardable), Is.False, "no part of it is dropped at a column top");
        Assert.That(list.Slices.Take(list.Count - 1).All(s => s.KeepWithNext), Is.True, "no column ends inside it");
    }

    [Test]
    public void A_two_phrase_heading_breaks_at_the_space_between_its_phrases()
    {
        // 12 characters a line: greedy wrapping would leave 山 alone on the second line.
        var laid = HeadingLines.Layout("产学研用协同 共筑绿色矿山", 120, TextAlignment.Center, Set);

        Assert.That(laid.Lines.Select(l => l.Line.Text), Is.EqualTo(new[] { "产学研用协同", "共筑绿色矿山" }));
        Assert.That(laid.Lines.Select(l => l.X), Is.All.EqualTo(30.0), "each line centred in the measure");
    }

    [Test]
    public void A_phrase_too_long_for_a_line_is_balanced_on_its_own_lines_and_the_others_keep_theirs()
    {
        // 12 characters a line; the second phrase (18) needs two. Balancing the whole heading left
        // 解 alone after the gap: 聚焦行业难题　　解 / 锁硬核技术共筑绿色 / 矿山释放多元效能.
        var laid = HeadingLines.Layout("聚焦行业难题\u3000\u3000解锁硬核技术共筑绿色矿山释放多元效能", 120, TextAlignment.Center, Set);

        Assert.That(laid.Lines.Select(l => l.Line.Text.Trim()), Is.EqualTo(new[] { "聚焦行业难题", "解锁硬核技术共筑绿", "色矿山释放多元效能" }));
        Assert.That(laid.Lines.Select(l => l.X + (l.Line.Width / 2)), Is.All.EqualTo(60.0).Within(0.5), "each line centred in the measure");
    }

    [Test]
    public void A_heading_without_phrases_wraps_in_even_lines()
    {
        var laid = HeadingLines.Layout(new string('字', 15), 130, TextAlignment.Center, Set);

        Assert.That(laid.Lines.Select(l => l.Line.Text.Length), Is.EqualTo(new[] { 8, 7 }), "not 13 + 2");
        Assert.That(laid.Lines[0].X, Is.EqualTo(25.0).Within(0.5), "the 80 pt line centred in 130 pt");
    }

    [Test]
    public void A_heading_that_fits_one_line_is_left_alone()
    {
        var laid = HeadingLines.Layout("短标题", 130, TextAlignment.Center, Set);

        Assert.That(laid.Lines, Has.Count.EqualTo(1));
    }
}
