using Bulletin.Docs.Composition;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Composition;

public sealed class TableColumnsTests
{
    private const string Url = "https://www.taiyuan.gov.cn/zwgk/tzgg/2025-01/announcements_index.shtml?page=2&id=7";

    private static readonly BulletinTheme Theme = BulletinThemes.WorkBulletin;

    private static double CellPt => Theme[TextRole.TableCell].SizePt;

    private static double Padding => TableColumns.CellPaddingEm * CellPt;

    // What a column holds besides its text: padding on either side and a rule's width.
    private static double Frame => 2 * Padding + Theme.Rules.TablePt;

    private static Table Numbered() => new(
    [
        ["序号", "名称", "说明"],
        ["1", "太原市互联网协会", "协会自2007年成立以来，积极适应互联网行业的快速发展与变化，逐步成长为地区互联网领域具有影响力的社会组织。"],
        ["2", "山西省大数据中心", "负责全省政务数据的汇聚、共享和开放。"],
        ["10", "太原市数字经济促进中心", "承担数字经济发展规划的研究和实施。"],
    ]);

    [Test]
    public void A_number_column_beside_a_long_description_stays_narrow_and_on_one_line()
    {
        var width = Theme.Page.ContentWidthPt;

        var columns = TableColumns.Of(Numbered(), Theme, width);

        var preferred = 2 * CellPt + Frame;
        Assert.Multiple(() =>
        {
            Assert.That(columns.WidthsPt.Sum(), Is.EqualTo(width).Within(1e-9), "the columns fill the width");
            Assert.That(columns.WidthsPt[0], Is.EqualTo(preferred).Within(1e-9), "序号 keeps its one line: 2 em, padding and a rule");
            Assert.That(columns.WidthsPt[0] / width, Is.LessThan(0.1), "not a third of the table");
            Assert.That(columns.WidthsPt[1], Is.EqualTo(11 * CellPt + Frame).Within(1e-9), "名称: its longest name, 太原市数字经济促进中心, on one line");
            Assert.That(columns.WidthsPt[2], Is.GreaterThan(width / 2), "说明 takes the rest");
            Assert.That(columns.EdgesPt, Is.EqualTo(new[] { 0, columns.WidthsPt[0], columns.WidthsPt[0] + columns.WidthsPt[1], width }).Within(1e-9));
        });
    }

    [Test]
    public void In_a_newspaper_column_a_name_gets_at_least_four_characters_a_line()
    {
        var theme = BulletinThemes.Newspaper;
        var size = theme[TextRole.TableCell].SizePt;
        var frame = 2 * TableColumns.CellPaddingEm * size + theme.Rules.TablePt;

        var columns = TableColumns.Of(Numbered(), theme, theme.Page.ColumnWidthPt);

        Assert.Multiple(() =>
        {
            Assert.That(columns.WidthsPt[0], Is.EqualTo(2 * theme[TextRole.TableHeader].SizePt + frame).Within(1e-9), "序号 on one line");
            Assert.That(columns.WidthsPt[1], Is.GreaterThanOrEqualTo(4 * size + frame - 1e-9), "not 太/原/市 a character a line");
            Assert.That(columns.WidthsPt[2], Is.GreaterThan(columns.WidthsPt[1]), "说明 still has the most text");
        });
    }

    [Test]
    public void Columns_whose_text_fits_share_the_width_in_proportion_to_their_text()
    {
        var table = new Table([["序号", "名称"], ["1", "太原市互联网协会"]]);

        var columns = TableColumns.Of(table, Theme, 300);

        var number = 2 * CellPt + Frame;
        var name = 8 * CellPt + Frame;
        Assert.That(columns.WidthsPt, Is.EqualTo(new[] { 300 * number / (number + name), 300 * name / (number + name) }).Within(1e-9));
    }

    [Test]
    public void When_the_preferred_widths_overflow_each_column_gets_its_minimum_and_a_share_of_what_it_still_wants()
    {
        // (minimum, preferred): the first column fits in a third of the width and keeps its one line;
        // the two long ones get their minimums and share the other 110 by preferred − minimum (70 : 180).
        (double, double)[] wanted = [(10, 20), (30, 100), (40, 220)];

        var widths = TableColumns.Share(wanted, 200);

        Assert.That(widths, Is.EqualTo(new[] { 20, 30 + 110 * 70.0 / 250, 40 + 110 * 180.0 / 250 }).Within(1e-9));
    }

    [Test]
    public void Text_of_several_long_cells_shares_the_width_above_each_columns_longest_word()
    {
        var sentence = "太原市互联网协会1月4日举办了“数智赋能 高质量发展”年会，互联网行业专家学者、创新企业代表共聚一堂。";
        var table = new Table([["甲", "乙", "丙"], [sentence, sentence + sentence, "Artificial intelligence"]]);

        var columns = TableColumns.Of(table, Theme, 300);

        var latin = TableColumns.Measure("intelligence", Theme[TextRole.TableCell]).MinimumPt;
        Assert.Multiple(() =>
        {
            Assert.That(columns.WidthsPt.Sum(), Is.EqualTo(300).Within(1e-9));
            Assert.That(columns.WidthsPt[2], Is.GreaterThanOrEqualTo(latin + Frame), "the longest word fits its column");
            Assert.That(columns.WidthsPt[1], Is.GreaterThan(columns.WidthsPt[0]), "more text, more width");
        });
    }

    [Test]
    public void Explicit_widths_are_relative_shares()
    {
        var table = Numbered() with { ColumnWidths = [1, 3, 6] };

        var columns = TableColumns.Of(table, Theme, 400);

        Assert.That(columns.WidthsPt, Is.EqualTo(new[] { 40, 120, 240 }).Within(1e-9));
    }

    [Test]
    public void A_tiny_explicit_share_still_holds_its_columns_widest_word_and_the_others_keep_their_proportion()
    {
        // 序号 is Han in the header row (the header style), which breaks after any character, and
        // numbers below: its widest unbreakable piece is 10, two digits.
        var table = Numbered() with { ColumnWidths = [1e-9, 1, 3] };

        var columns = TableColumns.Of(table, Theme, 400);

        var headerPt = Theme[TextRole.TableHeader].SizePt + Theme[TextRole.TableHeader].LetterSpacingPt;
        var numberPt = TableColumns.Measure("10", Theme[TextRole.TableCell]).MinimumPt;
        Assert.Multiple(() =>
        {
            Assert.That(numberPt, Is.GreaterThan(headerPt), "the number is the wider piece");
            Assert.That(columns.WidthsPt[0], Is.EqualTo(numberPt + Frame).Within(1e-9), "the number, padding and a rule");
            Assert.That(columns.WidthsPt.Sum(), Is.EqualTo(400).Within(1e-9), "the columns fill the width");
            Assert.That(columns.WidthsPt[2] / columns.WidthsPt[1], Is.EqualTo(3).Within(1e-9), "the rest share in proportion");
        });
    }

    [Test]
    public void When_the_widest_words_do_not_fit_side_by_side_each_column_keeps_at_least_its_widest_character()
    {
        var table = new Table([["甲", "乙"], ["123456789", "123456789"]]) { ColumnWidths = [1, 1] };
        var digitPt = TableColumns.Measure("1", Theme[TextRole.TableCell]).MinimumPt;
        var headerPt = Theme[TextRole.TableHeader].SizePt + Theme[TextRole.TableHeader].LetterSpacingPt;

        var columns = TableColumns.Of(table, Theme, 3 * (headerPt + Frame));

        Assert.That(digitPt, Is.LessThan(headerPt));
        Assert.That(columns.WidthsPt, Is.All.EqualTo(1.5 * (headerPt + Frame)).Within(1e-9), "equal shares of a width that holds each column's widest character, not its number");
    }

    /// <summary>A newspaper's 1:6:2:3 table whose 序号 and 金额 are numbers: shares that leave them less than their widest number give way.</summary>
    internal static Table Amounts() => new(
    [
        ["序号", "项目名称", "金额", "备注"],
        .. Enumerable.Range(1, 29).Select(i => (IReadOnlyList<string>)[$"{i}", "太原市互联网协会1月4日举办了“数智赋能", $"{1000 + (i * 7)}", "太原市互联网"]),
    ]) { ColumnWidths = [1, 6, 2, 3] };

    [Test]
    public void An_explicit_share_narrower_than_a_columns_widest_word_gives_it_that_word_and_the_others_keep_their_proportion()
    {
        var theme = BulletinThemes.Newspaper;
        var cell = theme[TextRole.TableCell];
        var frame = 2 * TableColumns.CellPaddingEm * cell.SizePt + theme.Rules.TablePt;
        var width = theme.Page.ColumnWidthPt;

        var columns = TableColumns.Of(Amounts(), theme, width);

        Assert.Multiple(() =>
        {
            Assert.That(columns.WidthsPt[0], Is.GreaterThanOrEqualTo(TableColumns.Measure("29", cell).MinimumPt + frame - 1e-9), "序号 29 on one line, not 2 over 9");
            Assert.That(columns.WidthsPt[2], Is.GreaterThanOrEqualTo(TableColumns.Measure("1203", cell).MinimumPt + frame - 1e-9), "金额 1203 on one line, not 120 over 3");
            Assert.That(columns.WidthsPt.Sum(), Is.EqualTo(width).Within(1e-9), "the columns fill the width");
            Assert.That(columns.WidthsPt[1] / columns.WidthsPt[3], Is.EqualTo(2).Within(1e-9), "项目名称 and 备注 give up the room in proportion, 6:3");
        });
    }

    [Test]
    public void A_huge_share_beside_tiny_ones_leaves_each_of_them_one_character()
    {
        var table = new Table([["甲", "乙", "丙"], ["1", "2", "3"]]) { ColumnWidths = [1, 1e-12, 1e12] };

        var columns = TableColumns.Of(table, Theme, 400);

        var narrowest = Theme[TextRole.TableHeader].SizePt + Theme[TextRole.TableHeader].LetterSpacingPt + Frame;
        Assert.That(columns.WidthsPt.Take(2), Is.All.EqualTo(narrowest).Within(1e-9));
        Assert.That(columns.WidthsPt[2], Is.EqualTo(400 - (2 * narrowest)).Within(1e-9));
    }

    [Test]
    public void A_web_address_breaks_after_its_slashes_and_dots_so_its_longest_piece_is_its_minimum()
    {
        var style = Theme[TextRole.TableCell];

        var (minimum, preferred) = TableColumns.Measure(Url, style);

        var longestPiece = TableColumns.Measure("announcements_", style).PreferredPt;
        Assert.Multiple(() =>
        {
            Assert.That(minimum, Is.EqualTo(longestPiece).Within(1e-9), "announcements_ is the longest piece between breaks (after / and _)");
            Assert.That(preferred, Is.EqualTo(Url.Sum(c => TableColumns.AdvanceEm(c)) * style.SizePt).Within(1e-9));
            Assert.That(TableColumns.Measure("zwgk/tzgg/index", style).MinimumPt, Is.EqualTo(TableColumns.Measure("zwgk/tzgg/index", style).PreferredPt), "a path without a scheme is not broken here: a missed break only widens a column");
        });
    }

    [Test]
    public void A_single_long_web_address_cell_takes_the_whole_width()
    {
        var table = new Table([[Url]]) { HasHeaderRow = false };

        var columns = TableColumns.Of(table, Theme, 150);

        Assert.That(columns.WidthsPt, Is.EqualTo(new[] { 150.0 }));
    }

    [Test]
    public void A_long_address_beside_short_columns_leaves_them_their_one_line()
    {
        var table = new Table([["序号", "网址"], ["1", Url]]);

        var columns = TableColumns.Of(table, Theme, 150);

        Assert.That(columns.WidthsPt[0], Is.EqualTo(2 * CellPt + Frame).Within(1e-9));
        Assert.That(columns.WidthsPt[1], Is.EqualTo(150 - columns.WidthsPt[0]).Within(1e-9));
    }

    [Test]
    public void When_even_the_minimums_overflow_the_widest_columns_are_cut_to_one_width()
    {
        var widths = TableColumns.Share([(10, 10), (100, 100), (80, 300)], 100);

        Assert.That(widths, Is.EqualTo(new[] { 10, 45, 45 }).Within(1e-9));
    }

    [TestCase("太原市", 1, 3)]
    [TestCase("（据《太原日报》）", 3, 9)]
    [TestCase("“数智赋能”", 2, 6)]
    [TestCase("年会，互联网", 2, 6)]
    [TestCase("……", 2, 2)]
    [TestCase("计划——", 3, 4)]
    public void Han_breaks_anywhere_except_before_a_closing_mark_and_after_an_opening_one(string text, double minimumEm, double preferredEm)
    {
        var style = Theme[TextRole.TableCell];

        var (minimum, preferred) = TableColumns.Measure(text, style);

        Assert.That((minimum / style.SizePt, preferred / style.SizePt), Is.EqualTo((minimumEm, preferredEm)).Within(1e-9));
    }

    [Test]
    public void Latin_words_numbers_and_hyphens()
    {
        var style = Theme[TextRole.TableCell];
        double Em(string text) => text.Sum(c => TableColumns.AdvanceEm(c));

        Assert.Multiple(() =>
        {
            Assert.That(TableColumns.Measure("GDP 5865.2亿元", style).MinimumPt / style.SizePt, Is.EqualTo(Em("5865.2")).Within(1e-9), "a number is one piece; Han after it is not");
            Assert.That(TableColumns.Measure("e-mail", style).MinimumPt / style.SizePt, Is.EqualTo(Em("mail")).Within(1e-9), "after a hyphen between letters");
            Assert.That(TableColumns.Measure("2024-2025", style).MinimumPt / style.SizePt, Is.EqualTo(Em("2024-2025")).Within(1e-9), "not before a digit");
            Assert.That(TableColumns.Measure("hyphen\u00ADation", style).MinimumPt / style.SizePt, Is.EqualTo(Em("hyphen-")).Within(1e-9), "a soft hyphen breaks and shows a hyphen");
            Assert.That(TableColumns.Measure("a  b ", style).PreferredPt / style.SizePt, Is.EqualTo(Em("a  b")).Within(1e-9), "trailing spaces hang");
        });
    }

    [Test]
    [TestCase("气温30℃", "30℃")]
    [TestCase("增长5.2%", "5.2%")]
    [TestCase("千分之3‰", "3‰")]
    [TestCase("￥1207元", "￥1207")]
    [TestCase("价格$15", "$15")]
    public void A_number_keeps_its_unit_percent_or_currency_sign(string text, string piece)
    {
        // UAX #14 LB25: no break between a number and a postfix (PO) or prefix (PR) sign.
        var style = Theme[TextRole.TableCell];

        var (minimum, _) = TableColumns.Measure(text, style);

        Assert.That(minimum / style.SizePt, Is.EqualTo(piece.Sum(c => TableColumns.AdvanceEm(c))).Within(1e-9));
    }

    [Test]
    public void Letter_spacing_and_the_header_style_count()
    {
        var spaced = Theme.WithStyle(TextRole.TableCell, style => style with { LetterSpacingPt = 2 });
        var bigHeader = Theme.WithStyle(TextRole.TableHeader, style => style with { SizePt = 24 });
        var table = new Table([["序号", "名称"], ["1", "太原市互联网协会"]]);

        var plain = TableColumns.Measure("一二三四", Theme[TextRole.TableCell]);
        var wide = TableColumns.Measure("一二三四", spaced[TextRole.TableCell]);
        var columns = TableColumns.Of(table, bigHeader, 1000);

        var number = 2 * 24 + Frame;
        var name = 8 * CellPt + Frame;
        Assert.That(wide.PreferredPt - plain.PreferredPt, Is.EqualTo(8).Within(1e-9));
        Assert.That(columns.WidthsPt, Is.EqualTo(new[] { 1000 * number / (number + name), 1000 * name / (number + name) }).Within(1e-9));
    }

    [Test]
    public void A_table_without_cells_or_width_is_refused()
    {
        Assert.Throws<ArgumentException>(() => TableColumns.Of(new Table([]), Theme, 100));
        Assert.Throws<ArgumentException>(() => TableColumns.Of(Numbered(), Theme, 0));
        Assert.Throws<ArgumentException>(() => TableColumns.Of(Numbered(), Theme, double.NaN));
    }
}
