using Bulletin.Docs.Model;

namespace Bulletin.Docs.Tests.Validation;

/// <summary>Documents for validation tests.</summary>
internal static class SampleBulletins
{
    /// <summary>A valid document that uses every kind of item, block and inline.</summary>
    public static BulletinDocument EveryElement() => new()
    {
        Masthead = new Masthead
        {
            Name = "工作简报",
            IssueLabel = "第3期",
            EditionLabel = "第2版 要闻",
            Date = new DateOnly(2025, 1, 7),
            EditingUnit = "太原市人民政府办公室",
            SecrecyMark = "内部资料",
            SerialNumber = "000123",
        },
        Items =
        [
            new Article
            {
                Id = "lead-1",
                Kicker = "强化省会担当 激发强劲动能",
                Headline = new Headline("全市经济运行", "稳中有进"),
                Subheadline = "——西山煤电重大科技成果落地转化“加速度”",
                Byline = "记者 张秀丽",
                Dateline = "本报讯",
                TrailingByline = "尹哲",
                ContinuedOn = "下转第3版",
                Body =
                [
                    new Note("本期聚焦一季度经济运行。"),
                    new Paragraph([new Text("1月7日，"), new Strong("全市"), new Emphasis("重点项目"), new Text("集中开工，详见"), new Link("通报", "#photo_2"), new LineBreak(), new Text("或访问 "), new Link("网站", "https://example.org/a?b=1"), new Text("。😀")]),
                    new Subheading("一、总体情况", "（一）工业"),
                    new Quote("“发展是第一要务。”"),
                    new ListBlock([[new Text("第一项")], [new Strong("第二项"), new Link("来信", "mailto:editor@example.org")]]) { Ordered = true },
                    new Table([["指标", "数值"], ["GDP", "5,000亿元"], ["增速", ""]]),
                    new Figure { Image = new ImageData(TestImages.Jpeg, ImageFormat.Jpeg), AltText = "开工现场", Caption = "开工现场美不胜收。", Credit = "王韵菲 摄" },
                    new Divider(),
                    new Paragraph("最后一段。"),
                ],
            },
            new Section
            {
                Banner = "省政府新闻办发布会",
                Items =
                [
                    new Article { Headline = "井州论坛", ColumnLabel = "井州论坛", Byline = "宋鹏伟", ContinuedFrom = "上接第1版", Body = [new Paragraph("评论正文。")] },
                    new PictureNews { Id = "photo_2", Title = "晋祠秋色", Figure = new Figure { Image = new ImageData(TestImages.Png, ImageFormat.Png) { Dpi = 300 }, AltText = "晋祠秋景" } },
                ],
            },
        ],
        Distribution = new Distribution
        {
            Lines = [new DistributionLine("报", "省委办公厅"), new DistributionLine("送", "市委各部门"), new DistributionLine("发", "各区县")],
            PrintRun = 120,
        },
        Metadata = new DocumentMetadata { Title = "工作简报", Author = "市政府办公室", Subject = "经济运行", Keywords = ["经济", "项目"], Language = "zh-Hans-CN" },
    };

    /// <summary>A document with one article holding <paramref name="blocks"/>.</summary>
    public static BulletinDocument WithBody(params Block[] blocks) => new()
    {
        Items = [new Article { Headline = "标题", Body = blocks }],
    };

    /// <summary>A document with the given items.</summary>
    public static BulletinDocument WithItems(params BulletinItem[] items) => new() { Items = items };

    /// <summary>A valid figure holding <paramref name="image"/>.</summary>
    public static Figure FigureOf(ImageData image) => new() { Image = image, AltText = "图" };
}
