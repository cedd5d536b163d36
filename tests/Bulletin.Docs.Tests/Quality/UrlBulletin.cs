using Bulletin.Docs.Model;

namespace Bulletin.Docs.Tests.Quality;

/// <summary>
/// A short bulletin whose paragraphs hold what the samples lack: long URLs and paths set in the
/// text (not as link labels), and English words with soft hyphens (U+00AD), under a 本报讯 dateline.
/// </summary>
internal static class UrlBulletin
{
    public static BulletinDocument Create() => new()
    {
        Masthead = new Masthead { Name = "工作简报", IssueLabel = "第5期", EditingUnit = "太原市政务服务管理局", Date = new DateOnly(2025, 1, 8) },
        Items =
        [
            new Article
            {
                Headline = new Headline("新版办事指南上线"),
                Dateline = "本报讯",
                TrailingByline = "据太原市政务服务管理局",
                Body =
                [
                    "1月7日，太原市政务服务管理局在官方网站https://www.taiyuan.gov.cn/zwgk/zfxxgkzl/fdzdgknr/tzgg/202501/t20250107_4981235.shtml发布新版办事指南，市民也可以下载附件/data/guide/2025-banshi_zhinan-v2.pdf查看全部事项。",
                    "据介绍，新版指南收录了“一网通办”事项的办理流程，网上办理入口为https://zwfw.sxzwfw.gov.cn/icity/proinfo?code=11140100MB1955622Q&type=personal&lang=zh-CN，也可以通过“三晋通”应用程序查询办理进度。",
                    "指南的英文版名为 Taiyuan Gov\u00ADern\u00ADment Ser\u00ADvice Hand\u00ADbook，面向在并工作的外籍人士，内容涉及 inter\u00ADna\u00ADtion\u00ADal\u00ADi\u00ADza\u00ADtion、docu\u00ADmen\u00ADta\u00ADtion 与 regis\u00ADtra\u00ADtion 等事项，并附有 fre\u00ADquent\u00ADly asked ques\u00ADtions 一节。",
                    "市民在办理过程中遇到问题，可拨打政务服务热线12345咨询，或发送电子邮件至service-center_taiyuan@sxzwfw.gov.cn反映情况。",
                ],
            },
        ],
    };
}
