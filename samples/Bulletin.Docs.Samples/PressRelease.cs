using Bulletin.Docs.Model;

namespace Bulletin.Docs.Samples;

/// <summary>One story of the seed page as a 新闻通稿 (press release) under a plain title block.</summary>
public static class PressRelease
{
    /// <summary>The press release.</summary>
    public static BulletinDocument Create() => new()
    {
        Masthead = new Masthead
        {
            Name = "新闻通稿",
            EditingUnit = "太原市互联网协会",
            Date = new DateOnly(2025, 1, 5),
        },
        // A release is the association's own text: no 本报讯 and no newspaper reporter.
        Items = [TaiyuanDaily.InternetAssociation with { Dateline = null, TrailingByline = null }],
        Metadata = new DocumentMetadata
        {
            Title = "太原市互联网协会服务能力逐年增强",
            Author = "太原市互联网协会",
            Subject = "“数智赋能 高质量发展”年会",
            Keywords = ["太原市互联网协会", "年会", "网络安全", "数字经济"],
            Created = new DateTimeOffset(2025, 1, 5, 10, 0, 0, TimeSpan.FromHours(8)),
        },
    };
}
