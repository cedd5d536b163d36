using Bulletin.Docs.Layout;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;
using NUnit.Framework;
using static Bulletin.Docs.Tests.PageLayout.TestDocuments;

namespace Bulletin.Docs.Tests.PageLayout;

public sealed class BuiltInThemeLayoutTests
{
    private static BulletinDocument Sample(int articles) => new()
    {
        Masthead = new Masthead
        {
            Name = "工作简报", IssueLabel = "第3期", EditionLabel = "第2版 要闻", EditingUnit = "太原市人民政府办公室",
            Date = new DateOnly(2025, 1, 7), SecrecyMark = "内部资料", SerialNumber = "000123",
        },
        Items =
        [
            new Section
            {
                Id = "s",
                Banner = "省政府新闻办发布会",
                Items = [.. Enumerable.Range(0, articles).Select(i => (BulletinItem)Story(i))],
            },
            new Article
            {
                Id = "comment", ColumnLabel = "井州论坛", Headline = "评论", Byline = "宋鹏伟",
                Body = [Chars('评', 300), new Quote("引文"), new Note("按语"), new ListBlock([[new Text("一")], [new Text("二")]]) { Ordered = true }],
            },
            new PictureNews { Title = "图片新闻", Figure = new Figure { Image = Png(800, 600), AltText = "景", Caption = "景致如画，美不胜收。", Credit = "王韵菲 摄" } },
        ],
        Distribution = new Distribution { Lines = [new DistributionLine("报", "省委办公厅"), new DistributionLine("送", "市委")], PrintRun = 120 },
    };

    private static Article Story(int i) => new()
    {
        Id = "n" + i,
        Kicker = "强化省会担当",
        Headline = new Headline("太原高质量发展", "步伐坚实有力"),
        Subheadline = "——西山煤电成果转化",
        Byline = "记者 张秀丽",
        Dateline = "本报讯",
        ContinuedFrom = i == 1 ? "上接第1版" : null,
        TrailingByline = "尹哲",
        Body =
        [
            Chars('文', 400),
            new Subheading("悉心打造科创平台", "加速推动科技成果转化"),
            new Paragraph([new Strong("要点"), new Emphasis("强调"), new LineBreak(), new Text(new string('字', 300))]),
            new Figure { Image = Png(400, 300), AltText = "图", Caption = "说明", Credit = "摄影 某" },
            new Table([["项目", "数量"], ["甲", "1"], ["乙", "2"]]),
            new Divider(),
        ],
    };

    [TestCaseSource(nameof(Themes))]
    public void Every_built_in_theme_lays_out_a_full_sample(BulletinTheme theme)
    {
        var layout = LayOut(Sample(6), theme with { Contents = true });

        var anchors = layout.Pages.SelectMany(p => p.Elements.OfType<AnchorElement>()).Select(a => a.Name).ToList();
        Assert.That(anchors, Is.EqualTo(new[] { "s", "n0", "n1", "n2", "n3", "n4", "n5", "comment" }));
        var last = layout.Pages[^1];
        Assert.That(TestDocuments.Lines(last).Select(l => l.Line.Text), Does.Contain("（共印120份）"));
        Assert.That(layout.Pages.SelectMany(p => p.Elements).OfType<BoxElement>(), Is.Not.Empty, "contents box and boxed commentary");
        foreach (var page in layout.Pages)
        {
            foreach (var line in TestDocuments.Lines(page))
            {
                Assert.That(line.Baseline, Is.InRange(0, page.HeightPt), $"page {page.Number}: {line.Line.Text}");
            }
        }

        // The first entry: its title, the leader, then its page number.
        var contents = TestDocuments.Lines(layout.Pages[0]).SkipWhile(l => l.Line.Text != "本期要目").Skip(1).Take(3).Select(l => l.Line.Text).ToList();
        var pageOfN0 = layout.Pages.First(p => p.Elements.OfType<AnchorElement>().Any(a => a.Name == "n0")).Number;
        Assert.That(contents, Does.Contain(pageOfN0.ToString(System.Globalization.CultureInfo.InvariantCulture)), "contents page numbers from the first pass");
    }

    [TestCaseSource(nameof(Themes))]
    public void Layout_is_deterministic(BulletinTheme theme)
    {
        var first = LayoutDump.Write(LayOut(Sample(3), theme));
        var second = LayoutDump.Write(LayOut(Sample(3), theme));

        Assert.That(second, Is.EqualTo(first));
        Assert.That(first, Does.Contain("text "));
    }

    [Test]
    public void A_thousand_article_bulletin_takes_ten_times_the_pages_of_a_hundred()
    {
        var theme = BulletinThemes.WorkBulletin;
        var small = LayOut(Sample(100), theme).Pages.Count;
        var large = LayOut(Sample(1000), theme).Pages.Count;

        Assert.That(large, Is.GreaterThan(1000).And.GreaterThan(9 * small));
    }

    private static IEnumerable<TestCaseData> Themes() =>
    [
        new TestCaseData(BulletinThemes.Newspaper).SetArgDisplayNames("Newspaper"),
        new TestCaseData(BulletinThemes.WorkBulletin).SetArgDisplayNames("WorkBulletin"),
        new TestCaseData(BulletinThemes.PressRelease).SetArgDisplayNames("PressRelease"),
    ];
}
