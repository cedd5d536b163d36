using Bulletin.Docs.Cli.Input;
using Bulletin.Docs.Model;
using NUnit.Framework;

namespace Bulletin.Docs.Cli.Tests;

/// <summary>Each convention of docs/markdown.md, read into the model.</summary>
public sealed class MarkdownReaderTests
{
    private static LoadedInput Read(string markdown, TempFolder? folder = null)
    {
        var path = folder is null ? Path.Combine(Path.GetTempPath(), "t.md") : Path.Combine(folder.Path, "t.md");
        return MarkdownReader.Read(path, markdown);
    }

    private static Article OnlyArticle(string markdown)
    {
        var input = Read(markdown);
        Assert.That(input.Problems, Is.Empty, () => string.Join("\n", input.Problems));
        return (Article)input.Document!.Items.Single();
    }

    [Test]
    public void Lines_of_a_paragraph_join_directly_between_chinese_and_with_a_space_between_latin()
    {
        var article = OnlyArticle("# 标题\n\n第一行\n第二行 and\nmore\n");

        Assert.That(article.Body, Is.EqualTo(new Block[] { new Paragraph([new Text("第一行第二行 and more")]) }).Using<Block>(Same));
    }

    [Test]
    public void Strong_and_emphasis_work_next_to_chinese_punctuation()
    {
        var article = OnlyArticle("# 标题\n\n他说**“要快”**，又说*慢一点*。\\\n下一行\n");

        var inlines = ((Paragraph)article.Body[0]).Inlines;
        Assert.That(inlines, Is.EqualTo(new Inline[] { new Text("他说"), new Strong("“要快”"), new Text("，又说"), new Emphasis("慢一点"), new Text("。"), new LineBreak(), new Text("下一行") }));
    }

    [Test]
    public void The_lines_under_a_headline_fill_the_headline_stack()
    {
        var article = OnlyArticle("""
            太原市互联网协会\
            服务能力逐年增强 {#assoc}
            ===

            引题：强化省会担当
            副题：——成果转化“加速度”
            栏目：井州论坛
            作者：记者 张秀丽
            电头：本报讯
            文末署名：尹哲
            上接：第1版
            下转：第3版

            正文。
            """);

        Assert.Multiple(() =>
        {
            Assert.That(article.Headline.Lines, Is.EqualTo(new[] { "太原市互联网协会", "服务能力逐年增强" }));
            Assert.That(article.Id, Is.EqualTo("assoc"));
            Assert.That(article.Kicker, Is.EqualTo("强化省会担当"));
            Assert.That(article.Subheadline, Is.EqualTo("——成果转化“加速度”"));
            Assert.That(article.ColumnLabel, Is.EqualTo("井州论坛"));
            Assert.That(article.Byline, Is.EqualTo("记者 张秀丽"));
            Assert.That(article.Dateline, Is.EqualTo("本报讯"));
            Assert.That(article.TrailingByline, Is.EqualTo("尹哲"));
            Assert.That(article.ContinuedFrom, Is.EqualTo("上接第1版"));
            Assert.That(article.ContinuedOn, Is.EqualTo("下转第3版"));
            Assert.That(article.Body, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void Every_block_kind_is_read()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(Path.Combine(folder.Path, "p.png"), [0x89, 0x50, 0x4E, 0x47]);
        var input = Read("""
            # 标题

            ## 一行小标题

            两行\
            小标题
            ---

            > 引文

            ::: note 编后
            按语正文
            :::

            1. 甲
            2. **乙**

            - 丙

            |  |  |
            | --- | --- |
            | a | b |

            ![说明](p.png "摄影")
            替代文字：替代
            dpi：300

            ---

            <!-- a comment -->
            """, folder);

        Assert.That(input.Problems, Is.Empty, () => string.Join("\n", input.Problems));
        var body = ((Article)input.Document!.Items[0]).Body;
        Assert.Multiple(() =>
        {
            Assert.That(body.Select(b => b.GetType().Name), Is.EqualTo(new[] { "Subheading", "Subheading", "Quote", "Note", "ListBlock", "ListBlock", "Table", "Figure", "Divider" }));
            Assert.That(((Subheading)body[1]).Lines, Is.EqualTo(new[] { "两行", "小标题" }));
            Assert.That(((Note)body[3]).Label, Is.EqualTo("编后"));
            Assert.That(((ListBlock)body[4]).Ordered, Is.True);
            Assert.That(((ListBlock)body[4]).Items[1], Is.EqualTo(new Inline[] { new Strong("乙") }));
            Assert.That(((Table)body[6]).HasHeaderRow, Is.False);
            Assert.That(((Table)body[6]).Rows, Is.EqualTo(new[] { new[] { "a", "b" } }));
            var figure = (Figure)body[7];
            Assert.That((figure.Caption, figure.Credit, figure.AltText, figure.Image.Dpi, figure.Image.Format), Is.EqualTo(("说明", "摄影", "替代", 300.0, ImageFormat.Png)));
        });
    }

    [Test]
    public void Front_matter_that_is_never_closed_is_reported_once_at_its_opening_line()
    {
        var input = Read("---\ntheme: newspaper\nmasthead:\n  name: 太原日报\n\n# 标题\n\n正文。\n");

        Assert.That(input.Problems.Select(p => p.ToString()), Is.EqualTo(new[]
        {
            $"{Path.Combine(Path.GetTempPath(), "t.md")}:1:1: the front matter opened by '---' is never closed: end it with a line of '---'",
        }));
    }

    private static IEnumerable<TestCaseData> DeeplyNested()
    {
        yield return new TestCaseData(new string('>', 20000) + " 引用").SetArgDisplayNames("quotes");
        yield return new TestCaseData(string.Concat(Enumerable.Range(0, 400).Select(i => new string(' ', 2 * i) + "- a\n"))).SetArgDisplayNames("lists");
        yield return new TestCaseData(new string('[', 50000) + "a" + new string(']', 50000)).SetArgDisplayNames("brackets");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("::: note\n", 5000)) + "正文\n" + string.Concat(Enumerable.Repeat(":::\n", 5000))).SetArgDisplayNames("blocks");
    }

    [TestCaseSource(nameof(DeeplyNested))]
    public void Markdown_nested_beyond_markdig_s_limit_is_a_problem_not_a_crash(string body)
    {
        var input = Read("# 标题\n\n" + body + "\n");

        Assert.That(input.Problems.Select(p => p.Message), Is.EqualTo(new[]
        {
            "the Markdown nests too deeply to be read (Markdig's depth limit); quotes, lists and ::: blocks do not nest in a bulletin",
        }));
    }

    [Test]
    public void Front_matter_nested_very_deep_is_a_problem_not_a_stack_overflow()
    {
        // YamlDotNet builds its node tree recursively: this ended the process with "Stack overflow."
        var input = Read("---\nmasthead: " + new string('[', 100000) + new string(']', 100000) + "\n---\n\n# 标题\n\n正文。\n");

        Assert.That(input.Problems.Single().ToString(), Does.Contain(":2:").And.Contain("nested more than 32 levels deep"));
    }

    [Test]
    public void Empty_front_matter_is_read_as_none()
    {
        var article = OnlyArticle("---\n---\n\n# 标题\n\n正文。\n");

        Assert.That(article.Headline.Lines, Is.EqualTo(new[] { "标题" }));
    }

    [Test]
    public void A_widths_line_under_a_table_sets_its_column_shares()
    {
        var article = OnlyArticle("# 标题\n\n| 序号 | 事项 |\n| --- | --- |\n| 1 | 推进城市更新 |\n\n列宽：1:4\n\n列宽：这一段是正文。\n");

        Assert.That(article.Body, Has.Count.EqualTo(2));
        Assert.That(((Table)article.Body[0]).ColumnWidths, Is.EqualTo(new[] { 1.0, 4.0 }));
        Assert.That(article.Body[1], Is.InstanceOf<Paragraph>(), "a second 列宽： line is text");
    }

    [TestCase("列宽：１：４")]
    [TestCase("列宽：1，4")]
    [TestCase("列宽：1.0　4")]
    public void A_widths_line_takes_full_width_digits_and_separators(string widths)
    {
        var article = OnlyArticle($"# 标题\n\n| 序号 | 事项 |\n| --- | --- |\n| 1 | 推进城市更新 |\n\n{widths}\n");

        Assert.That(((Table)article.Body[0]).ColumnWidths, Is.EqualTo(new[] { 1.0, 4.0 }));
    }

    [Test]
    public void A_widths_line_right_under_the_last_row_still_leaves_a_table()
    {
        // Without the blank line, Markdig reads the rows and the 列宽 line as one paragraph of pipes.
        var article = OnlyArticle("# 标题\n\n| 序号 | 事项 |\n| --- | --- |\n| 1 | 推进**城市**更新 |\n列宽：1:4\n\n正文。\n");

        Assert.That(article.Body, Has.Count.EqualTo(2));
        Assert.That(article.Body[0], Is.EqualTo(new Table([["序号", "事项"], ["1", "推进城市更新"]]) { ColumnWidths = [1.0, 4.0] }).Using<Block>(Same));
        Assert.That(article.Body[1], Is.EqualTo(new Paragraph([new Text("正文。")])).Using<Block>(Same));
    }

    [TestCase("列宽：1:2:3", ":6:1: 列宽：… gives 3 widths for a table of 2 columns")]
    [TestCase("列宽：1:2\n下一行", ":7:1: 列宽：… stands alone in its paragraph")]
    public void A_bad_widths_line_right_under_the_last_row_is_reported_at_its_line(string widths, string expected)
    {
        var input = Read($"# 标题\n\n| 序号 | 事项 |\n| --- | --- |\n| 1 | 推进城市更新 |\n{widths}\n");

        Assert.That(input.Problems.Single().ToString(), Does.Contain(expected));
    }

    [TestCase("列宽：1:2:3", ":7:1: 列宽：… gives 3 widths for a table of 2 columns")]
    [TestCase("列宽：1、零", ":7:1: 列宽：… takes positive numbers, one per column (e.g. 列宽：1:3:2); '零' is not one")]
    [TestCase("列宽：1:0", "'0' is not one")]
    [TestCase("列宽：1:2\n下一行", ":8:1: 列宽：… stands alone in its paragraph")]
    public void A_bad_widths_line_is_reported_at_its_line(string widths, string expected)
    {
        var input = Read($"# 标题\n\n| 序号 | 事项 |\n| --- | --- |\n| 1 | 推进城市更新 |\n\n{widths}\n");

        Assert.That(input.Problems.Single().ToString(), Does.Contain(expected));
    }

    [TestCase("photo.png", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, ImageFormat.Jpeg)]
    [TestCase("photo.jpg", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, ImageFormat.Png)]
    [TestCase("photo.jpeg", new byte[] { 0xFF, 0xD8, 0xFF, 0xE1 }, ImageFormat.Jpeg)]
    public void A_picture_is_read_as_what_its_bytes_are_whatever_its_extension(string name, byte[] bytes, ImageFormat expected)
    {
        // Photos saved from a browser or a phone are often JPEGs named .png; the bytes say what they are.
        using var folder = new TempFolder();
        File.WriteAllBytes(Path.Combine(folder.Path, name), bytes);
        var input = Read($"# 标题\n\n![说明]({name})\n", folder);

        Assert.That(input.Problems, Is.Empty, () => string.Join("\n", input.Problems));
        var figure = (Figure)((Article)input.Document!.Items.Single()).Body.Single();
        Assert.That(figure.Image.Format, Is.EqualTo(expected));
    }

    [TestCase("分辨率：３００", 300)]
    [TestCase("DPI: 150", 150)]
    [TestCase("dpi：72 dpi", 72)]
    public void A_dpi_line_takes_full_width_digits_and_any_case(string line, double dpi)
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(Path.Combine(folder.Path, "p.jpg"), [0xFF, 0xD8, 0xFF]);
        var input = Read($"# 标题\n\n![说明](p.jpg)\n{line}\n", folder);

        Assert.That(input.Problems, Is.Empty, () => string.Join("\n", input.Problems));
        Assert.That(((Figure)((Article)input.Document!.Items.Single()).Body.Single()).Image.Dpi, Is.EqualTo(dpi));
    }

    [TestCase("替代文字：", ":4:1: 替代文字 has no value")]
    [TestCase("aLt: ", ":4:1: aLt has no value")]
    [TestCase("dpi：72\ndpi：96", ":5:1: dpi is given twice")]
    [TestCase("替代文字：甲\nALT: 乙", ":5:1: ALT is given twice")]
    public void A_picture_line_without_a_value_or_given_twice_says_so(string lines, string expected)
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(Path.Combine(folder.Path, "p.jpg"), [0xFF, 0xD8, 0xFF]);
        var input = Read($"# 标题\n\n![说明](p.jpg)\n{lines}\n", folder);

        Assert.That(input.Problems.Single().ToString(), Does.EndWith(expected));
    }

    [Test]
    public void Sections_and_picture_news_hold_their_items()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(Path.Combine(folder.Path, "p.jpg"), [0xFF, 0xD8, 0xFF]);
        var input = Read("""
            ::: section 发布会 {#press}

            # 甲

            正文。

            :::

            ::: 图片新闻 冬日 {#photo}
            ![说明](p.jpg)
            :::
            """, folder);

        Assert.That(input.Problems, Is.Empty, () => string.Join("\n", input.Problems));
        var section = (Section)input.Document!.Items[0];
        var picture = (PictureNews)input.Document.Items[1];
        Assert.Multiple(() =>
        {
            Assert.That((section.Banner, section.Id, section.Items.Count), Is.EqualTo(("发布会", "press", 1)));
            Assert.That((picture.Title, picture.Id, picture.Figure.AltText), Is.EqualTo(("冬日", "photo", "说明")));
        });
    }

    [Test]
    public void What_is_not_part_of_a_bulletin_is_reported_where_it_is()
    {
        var input = Read("前言\n\n# 标题\n\n### 三级\n\n```\ncode\n```\n\n栏目：x\n\n- a\n  - b\n");

        Assert.That(input.Problems.Select(p => (p.Location.Line, p.Location.Column)), Is.EqualTo(new[] { (1, 1), (5, 1), (7, 1), (13, 1) }));
    }

    [TestCase("2栏", 2, null, ModuleSide.End)]
    [TestCase("2栏×30行", 2, 30, ModuleSide.End)]
    [TestCase("3 栏 x 12 行 左", 3, 12, ModuleSide.Start)]
    [TestCase("1栏 右", 1, null, ModuleSide.End)]
    [TestCase("２栏×３０行", 2, 30, ModuleSide.End)]
    [TestCase("３栏　左", 3, null, ModuleSide.Start)]
    [TestCase("2栏Ｘ30行", 2, 30, ModuleSide.End)]
    [TestCase("2栏×99999行", 2, 99999, ModuleSide.End)]
    [TestCase("1000栏", 1000, null, ModuleSide.End)]
    [TestCase("2栏×99999999999行", 2, int.MaxValue, ModuleSide.End)]
    public void A_placement_is_read_from_its_label(string value, int columns, int? depth, ModuleSide side)
    {
        var article = OnlyArticle($"# 标题\n\n版位：{value}\n\n正文。\n");

        Assert.That(article.Placement, Is.EqualTo(new ArticlePlacement { Columns = columns, DepthLines = depth, Side = side }));
    }

    [TestCase("两栏")]
    [TestCase("2列")]
    [TestCase("2栏×行")]
    [TestCase("2栏 中")]
    public void A_placement_that_is_not_n_columns_is_reported_where_it_is(string value)
    {
        var input = Read($"# 标题\n\n引题：甲\n版位：{value}\n\n正文\n");

        Assert.That(input.Problems.Single().ToString(), Does.Contain($":4:1: 版位 '{value}' is not N栏, N栏×M行"));
    }

    [Test]
    public void A_placement_the_page_cannot_have_is_reported_at_its_line()
    {
        var input = Read("# 标题\n\n版位：0栏\n\n正文\n\n# 后文\n\n正文\n");
        var problem = Bulletin.Docs.Validation.BulletinValidator.Validate(input.Document!, Bulletin.Docs.Theme.BulletinThemes.Newspaper).Single();

        Assert.That(problem.Path, Is.EqualTo("Items[0].Placement.Columns"));
        Assert.That(input.Map.Locate(problem).Line, Is.EqualTo(3), "the 版位 line");
    }

    [Test]
    public void An_unknown_label_in_the_headline_lines_is_reported()
    {
        var input = Read("# 标题\n\n引题：甲\n记者：乙\n\n正文\n");

        Assert.That(input.Problems.Single().ToString(), Does.Contain(":4:1: '记者：乙' is not an article field"));
    }

    [Test]
    public void The_front_matter_names_the_edition_and_the_first_page_number()
    {
        var input = Read("---\nmasthead:\n  name: 太原日报\nedition:\n  number: 2\n  name: 要闻\n  opensWithMasthead: false\nfirstPageNumber: 3\n---\n\n# 标题\n\n正文\n");

        Assert.That(input.Problems, Is.Empty, () => string.Join("\n", input.Problems));
        Assert.That(input.Document!.Edition, Is.EqualTo(new Edition { Number = 2, Name = "要闻", OpensWithMasthead = false }));
        Assert.That(input.Document.FirstPageNumber, Is.EqualTo(3));
    }

    [Test]
    public void A_bad_edition_is_reported_at_its_line()
    {
        var input = Read("---\nedition:\n  name: 要闻\n  colour: red\nfirstPageNumber: two\n---\n\n# 标题\n\n正文\n");

        Assert.That(input.Problems.Select(p => p.ToString()), Is.EqualTo(new[]
        {
            $"{input.File}:4:3: unknown front matter key 'edition.colour' (known here: number, name, opensWithMasthead)",
            $"{input.File}:3:3: the edition needs a number: (e.g. number: 2 for 第2版)",
            $"{input.File}:5:18: firstPageNumber is a whole number, is 'two'",
        }));
    }

    private static bool Same(Block a, Block b) => Bulletin.Docs.Serialization.BulletinJson.Serialize(Doc(a)) == Bulletin.Docs.Serialization.BulletinJson.Serialize(Doc(b));

    private static BulletinDocument Doc(Block block) => new() { Items = [new Article { Headline = "x", Body = [block] }] };
}
