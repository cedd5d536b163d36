using Bulletin.Docs.Model;

namespace Bulletin.Docs.Samples;

/// <summary>
/// A 简报 issue that reprints three stories of the seed page for internal circulation: red head
/// with 期号, editing unit and date, a secrecy mark and serial number, and the 报尾 distribution.
/// </summary>
public static class WorkBulletin
{
    /// <summary>The issue.</summary>
    public static BulletinDocument Create() => new()
    {
        Masthead = new Masthead
        {
            Name = "工作简报",
            IssueLabel = "第3期（总第12期）",
            EditingUnit = "太原市人民政府办公室",
            Date = new DateOnly(2025, 1, 8),
            SecrecyMark = "内部资料",
            SerialNumber = "000086",
        },
        Items =
        [
            Reprint(TaiyuanDaily.BusinessEnvironment),
            Reprint(TaiyuanDaily.ForestFireChecks),
            Reprint(TaiyuanDaily.GreenDevelopmentExperts),
        ],
        Distribution = new Distribution
        {
            Lines =
            [
                new DistributionLine("报", "省政府办公厅，市委办公厅"),
                new DistributionLine("送", "市人大常委会办公厅，市政协办公厅"),
                new DistributionLine("发", "各县（市、区）人民政府，市直各有关单位"),
            ],
            PrintRun = 120,
        },
        Metadata = new DocumentMetadata
        {
            Title = "工作简报 第3期（总第12期）",
            Author = "太原市人民政府办公室",
            Subject = "营商环境建设、森林草原防火“双查”、绿色发展专家征集",
            Keywords = ["工作简报", "营商环境", "森林草原防火", "绿色发展"],
            Created = new DateTimeOffset(2025, 1, 8, 9, 0, 0, TimeSpan.FromHours(8)),
        },
    };

    /// <summary>
    /// A newspaper story as a 简报 carries it: no kicker and no 本报讯 (the bulletin is not the
    /// newspaper), the source credited at the end instead of the reporter.
    /// </summary>
    private static Article Reprint(Article story) => story with
    {
        Kicker = null,
        Dateline = null,
        TrailingByline = "据《太原日报》",
    };
}
