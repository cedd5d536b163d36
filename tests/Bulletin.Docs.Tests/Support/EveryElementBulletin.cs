using Bulletin.Docs.Model;
using SkiaSharp;

namespace Bulletin.Docs.Tests.Support;

/// <summary>A bulletin that uses every element of the model, for the Word writer's tests.</summary>
internal static class EveryElementBulletin
{
    public const string FigureAltText = "西山煤电科研人员在实验室调试设备";
    public const string PhotoAltText = "汾河晚霞，河畔步道上市民散步";

    public static BulletinDocument Create(DocumentMetadata? metadata = null) => new()
    {
        Metadata = metadata ?? new DocumentMetadata
        {
            Title = "工作简报 第3期",
            Author = "太原市人民政府办公室",
            Subject = "省会发展",
            Keywords = ["科技创新", "城市更新"],
        },
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
            new Section
            {
                Id = "press-conference",
                Banner = "省政府新闻办发布会",
                Items =
                [
                    new Article
                    {
                        Id = "lead",
                        Kicker = "强化省会担当 激发强劲动能",
                        Headline = new Headline("太原高质量发展", "步伐坚实有力"),
                        Subheadline = "——西山煤电重大科技成果落地转化“加速度”",
                        Byline = "记者 张秀丽",
                        Dateline = "本报讯",
                        TrailingByline = "尹哲",
                        ContinuedFrom = "上接第1版",
                        ContinuedOn = "下转第3版",
                        Body =
                        [
                            new Note("本期聚焦省会高质量发展。"),
                            new Paragraph([
                                new Text("1月6日，省政府新闻办举行新闻发布会，介绍太原市推进高质量发展的有关情况。"),
                                new Strong("全年地区生产总值增长5.2%"),
                                new Text("，“十四五”规划目标任务基本完成。"),
                                new Emphasis("这是一份来之不易的成绩单。"),
                                new LineBreak(),
                                new Text("详见"),
                                new Link("评论文章", "#column"),
                                new Text("与"),
                                new Link("太原市政府网站", "https://www.taiyuan.gov.cn/"),
                                new Text("。"),
                            ]),
                            new Subheading("悉心打造科创平台", "加速推动科技成果转化"),
                            new Paragraph("西山煤电集团与高校共建实验室，三年来转化科技成果二十余项——成果转化率居全省前列……"),
                            new Quote("“科技创新是发展的第一动力。”"),
                            new ListBlock([[new Text("建设科创平台")], [new Text("培育领军企业")], [new Strong("优化营商环境")]]) { Ordered = true },
                            new ListBlock([[new Text("汾河两岸")], [new Text("晋阳湖畔")]]),
                            new Table([["指标", "2023年", "2024年"], ["地区生产总值（亿元）", "5573.7", "5865.2"], ["增速", "5.0%", "5.2%"]]),
                            new Figure
                            {
                                Image = new ImageData(Png(), ImageFormat.Png),
                                AltText = FigureAltText,
                                Caption = "西山煤电科研人员在实验室调试设备。",
                                Credit = "王韵菲 摄",
                            },
                            new Divider(),
                            new Paragraph("下一步，太原将持续深化改革，不断激发市场活力。"),
                        ],
                    },
                    new PictureNews
                    {
                        Id = "photo",
                        Title = "汾河晚霞",
                        Figure = new Figure
                        {
                            Image = new ImageData(Jpeg(), ImageFormat.Jpeg),
                            AltText = PhotoAltText,
                            Caption = "汾河晚霞，景致如画，美不胜收。",
                            Credit = "王韵菲 摄",
                        },
                    },
                ],
            },
            new Article
            {
                Id = "column",
                ColumnLabel = "井州论坛",
                Headline = "让城市更新更有温度",
                Byline = "宋鹏伟",
                Body =
                [
                    new Paragraph("城市更新不是大拆大建，而是在保护中发展、在传承中创新。"),
                    new Paragraph([new Text("回到"), new Link("头条", "#lead"), new Text("。")]),
                ],
            },
        ],
        Distribution = new Distribution
        {
            Lines = [new DistributionLine("报", "省委办公厅，省政府办公厅"), new DistributionLine("送", "市委各部委，市人大常委会办公厅"), new DistributionLine("发", "各县（市、区）人民政府")],
            PrintRun = 120,
        },
    };

    /// <summary>A 64 × 40 PNG.</summary>
    public static byte[] Png() => Encode(SKEncodedImageFormat.Png, new SKColor(0x2E, 0x6F, 0x9E));

    /// <summary>A 48 × 30 JPEG.</summary>
    public static byte[] Jpeg() => Encode(SKEncodedImageFormat.Jpeg, new SKColor(0xC8, 0x6B, 0x2A), 48, 30);

    private static byte[] Encode(SKEncodedImageFormat format, SKColor color, int width = 64, int height = 40)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(color);
            using var paint = new SKPaint { Color = SKColors.White };
            canvas.DrawRect(width / 4f, height / 4f, width / 2f, height / 2f, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }
}
