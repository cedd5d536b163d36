using Bulletin.Docs.Model;

namespace Bulletin.Docs.Tests.Quality;

/// <summary>
/// A newspaper page of stories whose datelines (电头) are longer than a line of a 13-character
/// column and hold brackets, a reporter's name and digits, e.g. 新华社北京1月6日电（记者 张三）,
/// each run in to a short first paragraph.
/// </summary>
internal static class DatelineBulletin
{
    private static readonly string[] Datelines =
    [
        "新华社北京1月6日电（记者 张三）",
        "本报太原1月4日电（记者 李四 通讯员 王五）",
        "新华社太原1月12日电（记者 赵六、钱七）",
        "本报讯（记者 孙八）",
    ];

    public static BulletinDocument Create() => new()
    {
        Masthead = new Masthead { Name = "太原日报", IssueLabel = "第5期", EditingUnit = "太原日报社", Date = new DateOnly(2025, 1, 8) },
        Items =
        [
            .. Datelines.Select((dateline, i) => new Article
            {
                Headline = new Headline($"电头第{i + 1}例"),
                Dateline = dateline,
                Body =
                [
                    "太原市互联网协会1月4日举办了年会。太原市互联网协会1月4日举办了年会。",
                    "会议回顾了一年来的工作，部署了新一年的任务。",
                ],
            }),
        ],
    };
}
