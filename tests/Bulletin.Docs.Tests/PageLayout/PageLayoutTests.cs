using Bulletin.Docs.Layout;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;
using NUnit.Framework;
using static Bulletin.Docs.Tests.PageLayout.TestDocuments;

namespace Bulletin.Docs.Tests.PageLayout;

public sealed class PageLayoutTests
{
    // TestThemes.Simple(): type area x 20..180, y 20..140 (10 lines of 12 pt, 16 characters of 10 pt).

    [Test]
    public void A_figure_that_does_not_fit_under_the_text_goes_up_to_the_head_of_its_story_on_the_page()
    {
        // Headline 1 line + A 7 lines leave 2 lines; the 160×40 picture needs 40 pt, and B (3 lines)
        // cannot come up past it (2 + 1 would leave a line alone): the picture goes up under the
        // headline and A runs under it onto page 2, so page 1 ends at its foot.
        var document = Article(Chars('A', 14 + 16 * 6), new Figure { Image = Png(160, 40), AltText = "图" }, Chars('B', 46));

        var layout = LayOut(document, TestThemes.Simple());

        Assert.That(layout.Pages, Has.Count.EqualTo(2));
        var first = layout.Pages[0].Elements.ToList();
        var image = first.OfType<ImageElement>().Single();
        var headline = Lines(layout.Pages[0]).First();
        Assert.That((image.X, image.Width, image.Height), Is.EqualTo((20.0, 160.0, 40.0)));
        Assert.That(image.Y, Is.LessThan(Lines(layout.Pages[0]).Where(l => l.Line.Text.Contains('A')).Min(l => l.Baseline)), "the picture heads the story's text");
        Assert.That(image.Y, Is.GreaterThan(headline.Baseline), "under the headline");
        Assert.That(Lines(layout.Pages[0]).Max(l => l.Baseline), Is.GreaterThan(140 - 12), "page 1 ends on its last line");
        Assert.That(Lines(layout.Pages[1]).Select(l => l.Line.Text[0]), Is.EqualTo(new[] { 'A', 'A', 'B', 'B', 'B' }), "A's last lines, then B");
    }

    [Test]
    public void A_tall_figure_is_scaled_down_to_the_pictures_share_of_the_type_area_with_caption_and_credit_under_it()
    {
        var document = Article(new Figure { Image = Png(100, 1000), AltText = "塔", Caption = "图", Credit = "王韵菲 摄" });

        var layout = LayOut(document, TestThemes.Simple());

        var page = layout.Pages.Single(p => p.Elements.OfType<ImageElement>().Any());
        var image = page.Elements.OfType<ImageElement>().Single();
        Assert.That(image.Height, Is.EqualTo(120 * FigureSizing.MaxHeightShare).Within(1e-9), "the share of the type area the Word file gives a picture too");
        Assert.That(image.Width, Is.EqualTo(4.8).Within(1e-9), "aspect kept");
        Assert.That(image.X, Is.EqualTo(20 + (160 - 4.8) / 2).Within(1e-9), "centred in the column");
        var credit = Lines(page).Single(l => l.Line.Text == "王韵菲 摄");
        var caption = Lines(page).Single(l => l.Line.Text == "图");
        Assert.That(credit.X + credit.Line.Width, Is.EqualTo(180).Within(1e-9), "credit right-aligned and whole");
        Assert.That(credit.Baseline, Is.EqualTo(caption.Baseline), "a credit that fits runs in on the caption's last line");
    }

    [Test]
    public void A_credit_too_long_for_the_caption_line_gets_its_own_line()
    {
        var document = Article(new Figure { Image = Png(160, 40), AltText = "图", Caption = new string('图', 10), Credit = "王韵菲 摄" });

        var layout = LayOut(document, TestThemes.Simple());

        var lines = Lines(layout.Pages[0]);
        var credit = lines.Single(l => l.Line.Text == "王韵菲 摄");
        Assert.That(credit.Baseline, Is.GreaterThan(lines.Single(l => l.Line.Text.StartsWith('图')).Baseline));
    }

    [Test]
    public void A_table_split_over_pages_repeats_its_header_row()
    {
        string[][] rows = [["项目", "数量"], .. Enumerable.Range(1, 20).Select(i => new[] { "行" + i, i.ToString(System.Globalization.CultureInfo.InvariantCulture) })];
        var document = Article(new Table(rows));

        var layout = LayOut(document, TestThemes.Simple());

        Assert.That(layout.Pages, Has.Count.GreaterThan(2));
        foreach (var page in layout.Pages.Skip(1))
        {
            Assert.That(Lines(page)[0].Line.Text, Is.EqualTo("项目"), $"page {page.Number}");
        }

        var dataRows = layout.Pages.SelectMany(Lines).Count(l => l.Line.Text.StartsWith('行'));
        Assert.That(dataRows, Is.EqualTo(20), "every body row printed once");
        Assert.That(layout.Pages[0].Elements.OfType<RuleElement>(), Is.Not.Empty, "grid lines");
    }

    [Test]
    public void A_table_row_taller_than_a_column_is_a_named_error()
    {
        // The 甲 column keeps its one character; 200 characters in the other 138 pt make 16 lines.
        var document = Article(Chars('A', 10), new Table([["甲", "乙"], ["长", new string('字', 200)]]));

        var error = Assert.Throws<BulletinLayoutException>(() => LayOut(document, TestThemes.Simple()));

        Assert.That(error!.Message, Is.EqualTo("Items[0].Body[1]: table row 2 is taller than a column (198 pt > 120 pt)"));
    }

    [Test]
    public void Body_columns_under_a_spanning_headline_are_balanced()
    {
        // Three columns of 4 characters; 31 lines of body.
        var document = Article(Chars('A', 2 + 4 * 10), Chars('B', 2 + 4 * 9), Chars('C', 2 + 4 * 9));

        var layout = LayOut(document, TestThemes.Simple(height: 600, columns: 3, spanning: true));

        var lines = Lines(layout.Pages.Single());
        Assert.That(lines[0].Line.Text, Is.EqualTo("标题"));
        var perColumn = lines.Skip(1).GroupBy(Column).Select(g => g.Count()).ToList();
        Assert.That(perColumn, Has.Count.EqualTo(3));
        Assert.That(perColumn.Sum(), Is.EqualTo(31));
        Assert.That(perColumn.Max() - perColumn.Min(), Is.LessThanOrEqualTo(1), string.Join(",", perColumn));
        Assert.That(layout.Pages[0].Elements.OfType<RuleElement>().Count(r => r.X1 == r.X2), Is.EqualTo(2), "column rules");
    }

    [Test]
    public void A_band_that_does_not_fit_fills_the_columns_and_continues_on_the_next_page()
    {
        var body = Enumerable.Range(0, 8).Select(i => (Block)Chars((char)('A' + i), 2 + 4 * 4)).ToArray();
        var document = Article(body);

        var layout = LayOut(document, TestThemes.Simple(height: 160, columns: 3, spanning: true));

        Assert.That(layout.Pages, Has.Count.EqualTo(2));
        Assert.That(Lines(layout.Pages[1]).Select(l => l.Line.Text), Has.None.EqualTo("标题"));
        Assert.That(Lines(layout.Pages[1]).Min(l => l.Baseline), Is.LessThan(20 + TestThemes.Line), "continues at the top");
        var reading = layout.Pages
            .SelectMany(p => Lines(p).Where(l => l.Line.Text != "标题").OrderBy(Column).ThenBy(l => l.Baseline))
            .Select(l => l.Line.Text);
        var expected = string.Concat(body.Cast<Paragraph>().Select(p => ((Model.Text)p.Inlines[0]).Value));
        Assert.That(string.Concat(reading), Is.EqualTo(expected), "reading order kept across columns and pages");
        Assert.That(Lines(layout.Pages[0]).Skip(1).Select(Column).Distinct().Count(), Is.EqualTo(3), "page 1 uses every column");
    }

    /// <summary>Column index of a line in a three-column simple theme (columns 46.67 wide, 10 apart).</summary>
    private static int Column(TextLineElement line) => (int)((line.X - 20 + 0.01) / ((160 - 20) / 3.0 + 10));

    [Test]
    public void The_distribution_block_sits_at_the_bottom_of_the_last_page_between_two_rules()
    {
        var document = Article(Chars('A', 30)) with
        {
            Distribution = new Distribution
            {
                Lines = [new DistributionLine("报", "省委办公厅"), new DistributionLine("发", "各区县")],
                PrintRun = 120,
            },
        };

        var layout = LayOut(document, TestThemes.Simple());

        var page = layout.Pages.Single();
        var rules = page.Elements.OfType<RuleElement>().ToList();
        Assert.That(rules.Select(r => r.Y1), Is.EqualTo(new[] { 89.0, 119.0, 137.0 }).Within(1e-9), "6 pt rule slots around 2 lines, a thin rule, the print run, ending at the type area's foot (140)");
        Assert.That(rules.Select(r => r.Color), Is.All.EqualTo(RgbColor.Black), "GB/T 9704 §7.4: the 版记's rules are black");
        Assert.That(rules.Select(r => r.ThicknessPt), Is.EqualTo(new[] { 0.35, 0.25, 0.35 }.Select(mm => mm / 25.4 * 72)).Within(1e-9), "thick first and last, thin between");
        var printRun = Lines(page).Single(l => l.Line.Text == "（共印120份）");
        Assert.That(printRun.X + printRun.Line.Width, Is.EqualTo(170), "one character in from the right (GB/T 9704-2012 §7.4.2)");
        Assert.That(Lines(page).Select(l => l.Line.Text), Does.Contain("报：省委办公厅"));
    }

    [Test]
    public void A_long_distribution_line_turns_under_the_first_character_after_the_colon()
    {
        // GB/T 9704-2012 §7.4.2: 回行时与冒号后的首字对齐. 14 characters a line, one in from each
        // side: "报：" and 12 of the 20 recipients, then the other 8 under the first of them;
        // "抄送：" hangs three characters.
        var theme = TestThemes.Simple().WithStyle(TextRole.Distribution, style => style with { StartIndentChars = 1 });
        var document = Article(Chars('A', 30)) with
        {
            Distribution = new Distribution { Lines = [new DistributionLine("报", new string('B', 20)), new DistributionLine("抄送", new string('C', 20))] },
        };

        var page = LayOut(document, theme).Pages.Single();

        var reported = Lines(page).Where(l => l.Line.Text.Contains('B')).ToList();
        var copied = Lines(page).Where(l => l.Line.Text.Contains('C')).ToList();
        Assert.That(reported.Select(l => l.Line.Text), Is.EqualTo(new[] { "报：" + new string('B', 12), new string('B', 8) }));
        Assert.That(reported.Select(l => l.X), Is.EqualTo(new[] { 30.0, 50.0 }), "one character in, then under the first B");
        Assert.That(copied.Select(l => l.X), Is.EqualTo(new[] { 30.0, 60.0 }), "under the first C, three characters after the line's start");
    }

    [Test]
    public void Distribution_lines_stop_one_character_short_of_the_right_edge()
    {
        // GB/T 9704-2012 §7.4.2: 抄送机关…左右各空一字. The type area runs from 20 to 180, 10 pt
        // characters: "报：" and 12 of the 20 recipients fit between 30 and 170, the other 8 turn.
        var theme = TestThemes.Simple().WithStyle(TextRole.Distribution, style => style with { StartIndentChars = 1 });
        var document = Article(Chars('A', 30)) with
        {
            Distribution = new Distribution { Lines = [new DistributionLine("报", new string('B', 20))], PrintRun = 120 },
        };

        var page = LayOut(document, theme).Pages.Single();

        var reported = Lines(page).Where(l => l.Line.Text.Contains('B')).ToList();
        var printRun = Lines(page).Single(l => l.Line.Text == "（共印120份）");
        Assert.That(reported.Select(l => l.Line.Text), Is.EqualTo(new[] { "报：" + new string('B', 12), new string('B', 8) }));
        Assert.That(reported.Select(l => l.X + l.Line.Width), Is.All.LessThanOrEqualTo(170.0), "one character in from the right");
        Assert.That(printRun.X + printRun.Line.Width, Is.EqualTo(170.0), "the print run as far in");
    }

    [Test]
    public void The_distribution_block_goes_to_a_new_page_when_the_last_one_is_full()
    {
        var document = Article(Chars('A', 14 + 16 * 7)) with
        {
            Distribution = new Distribution { Lines = [new DistributionLine("报", "省委")], PrintRun = 5 },
        };

        var layout = LayOut(document, TestThemes.Simple());

        Assert.That(layout.Pages, Has.Count.EqualTo(2));
        Assert.That(Lines(layout.Pages[1]).Select(l => l.Line.Text), Is.EqualTo(new[] { "报：省委", "（共印5份）" }));
    }

    [Test]
    public void Dashed_page_numbers_sit_outside_one_character_in()
    {
        var document = Article(Chars('A', 14 + 16 * 12));

        var theme = TestThemes.Simple(numbers: PageNumberFormat.Dashed, position: PageNumberPosition.Outside);
        var layout = LayOut(document, theme with { Page = theme.Page with { HeaderText = "眉" } });

        Assert.That(layout.Pages, Has.Count.EqualTo(2));
        var odd = Lines(layout.Pages[0]).Single(l => l.Line.Text == "— 1 —");
        var even = Lines(layout.Pages[1]).Single(l => l.Line.Text == "— 2 —");
        Assert.That(odd.X + odd.Line.Width, Is.EqualTo(170), "right, one character in");
        Assert.That(even.X, Is.EqualTo(30), "left, one character in");
        Assert.That((odd.Baseline, even.Baseline), Is.EqualTo((152.0, 152.0)));
        Assert.That(Lines(layout.Pages[0]).Select(l => l.Line.Text), Has.None.EqualTo("眉"), "no running header on the first page");
        // The header's line box starts at the header distance, 12 pt (ECMA-376 §17.6.11), as in Word;
        // the fake layouter centres its 8 pt ascent and 2 pt descent in the 12 pt line.
        Assert.That(Lines(layout.Pages[1]).Single(l => l.Line.Text == "眉").Baseline, Is.EqualTo(21.0));
    }

    [Test]
    public void Page_of_total_numbers_know_the_total()
    {
        var document = Article(Chars('A', 14 + 16 * 25));

        var layout = LayOut(document, TestThemes.Simple(numbers: PageNumberFormat.PageOfTotal));

        Assert.That(layout.Pages, Has.Count.EqualTo(3));
        var footers = layout.Pages.Select(p => Lines(p).Last().Line.Text);
        Assert.That(footers, Is.EqualTo(new[] { "第 1 页 共 3 页", "第 2 页 共 3 页", "第 3 页 共 3 页" }));
    }

    [Test]
    public void Items_and_sections_with_an_id_get_an_anchor_at_their_top()
    {
        var document = new BulletinDocument
        {
            Items =
            [
                new Article { Id = "first", Headline = "一", Body = [Chars('A', 14 + 16 * 8)] },
                new Section
                {
                    Id = "meeting",
                    Banner = "发布会",
                    Items = [new Article { Id = "second", Headline = "二", Body = [Chars('B', 20)] }],
                },
            ],
        };

        var layout = LayOut(document, TestThemes.Simple());

        var anchors = layout.Pages.SelectMany(p => p.Elements.OfType<AnchorElement>().Select(a => (p.Number, a.Name, a.Y))).ToList();
        // Banner (12 + 4 rule) and headline (12) take 28 pt, set in 3 whole lines: 4 pt above, 4 pt below.
        Assert.That(anchors, Is.EqualTo(new[] { (1, "first", 20.0), (2, "meeting", 20.0), (2, "second", 20.0 + 4 + 12 + 4) }));
    }

    [Test]
    public void The_red_head_prints_marks_name_issue_unit_date_and_a_red_rule()
    {
        var document = Article(Chars('A', 10)) with
        {
            Masthead = new Masthead { Name = "工作简报", IssueLabel = "第3期", EditingUnit = "市政府办公室", Date = new DateOnly(2025, 1, 7), SecrecyMark = "内部资料", SerialNumber = "000123" },
        };

        var layout = LayOut(document, TestThemes.Simple(masthead: MastheadStyle.RedHead));

        var lines = Lines(layout.Pages[0]);
        Assert.That(lines.Select(l => l.Line.Text).Take(6), Is.EqualTo(new[] { "内部资料", "000123", "工作简报", "第3期", "市政府办公室", "2025年1月7日" }));
        var date = lines.Single(l => l.Line.Text == "2025年1月7日");
        Assert.That(date.X + date.Line.Width, Is.EqualTo(180).Within(1e-9), "date at the right");
        var rule = layout.Pages[0].Elements.OfType<RuleElement>().Single();
        Assert.That((rule.X1, rule.X2, rule.Color), Is.EqualTo((20.0, 180.0, RgbColor.OfficialRed)));
    }

    [Test]
    public void A_boxed_column_gets_a_frame_per_page_fragment_with_its_text_inside()
    {
        var document = new BulletinDocument
        {
            Items = [new Article { ColumnLabel = "井州论坛", Headline = "评论", Byline = "宋鹏伟", Body = [Chars('评', 300)] }],
        };

        var layout = LayOut(document, TestThemes.Simple());

        Assert.That(layout.Pages, Has.Count.GreaterThan(1));
        Assert.That(Lines(layout.Pages[0]).First().Line.Text, Is.EqualTo("｜井州论坛｜"));
        foreach (var page in layout.Pages)
        {
            var box = page.Elements.OfType<BoxElement>().Single();
            Assert.That((box.X, box.Y, box.Width), Is.EqualTo((20.0, 20.0, 160.0)), $"page {page.Number}");
            Assert.That(box.Y + box.Height, Is.LessThanOrEqualTo(140.0));
            foreach (var line in Lines(page))
            {
                Assert.That(line.X, Is.GreaterThanOrEqualTo(box.X + 10));
                Assert.That(line.X + line.Line.Width, Is.LessThanOrEqualTo(box.X + box.Width - 10).Within(1e-9));
                Assert.That(line.Baseline, Is.InRange(box.Y + 10, box.Y + box.Height - 10));
            }
        }
    }

    [Test]
    public void A_section_banner_is_never_left_alone_at_the_foot_of_a_page()
    {
        var document = new BulletinDocument
        {
            Items =
            [
                new Article { Headline = "一", Body = [Chars('A', 14 + 16 * 6)] },
                new Section { Banner = "发布会", Items = [new Article { Headline = "二", Body = [Chars('B', 14 + 16 * 3)] }] },
            ],
        };

        var layout = LayOut(document, TestThemes.Simple());

        // Page 1 keeps 2 free lines after headline + 7 lines: enough for the banner and its rule, not for the headline too.
        Assert.That(Lines(layout.Pages[1]).Select(l => l.Line.Text).Take(2), Is.EqualTo(new[] { "发布会", "二" }));
        Assert.That(layout.Pages[1].Elements.OfType<RuleElement>().Single().Color, Is.EqualTo(RgbColor.OfficialRed));
    }
}
