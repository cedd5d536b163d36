using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Samples;

/// <summary>Every sample, in the order the samples program writes them; the tests use the same list.</summary>
public static class Samples
{
    /// <summary>The samples, built afresh on each call.</summary>
    public static IReadOnlyList<Sample> All =>
    [
        new("taiyuan-daily", TaiyuanDaily.Create(), BulletinThemes.Newspaper),
        // The 简报 lists its stories in a 本期要目 box under the red head.
        new("work-bulletin", WorkBulletin.Create(), BulletinThemes.WorkBulletin with { Contents = true }),
        new("press-release", PressRelease.Create(), BulletinThemes.PressRelease),
    ];
}
