using Bulletin.Docs.Model;
using Bulletin.Docs.Samples;

namespace Bulletin.Docs.Benchmarks;

/// <summary>A 简报 of the seed stories repeated, for scaling measurements (about 1 page per story).</summary>
internal static class RepeatedBulletin
{
    private static readonly Article[] Stories =
    [
        TaiyuanDaily.HighQualityDevelopment,
        TaiyuanDaily.BusinessEnvironment,
        TaiyuanDaily.InternetAssociation,
        TaiyuanDaily.GreenDevelopmentExperts,
        TaiyuanDaily.ForestFireChecks,
        TaiyuanDaily.CoalTechnology,
    ];

    /// <summary>The work bulletin with <paramref name="stories"/> seed stories in turn.</summary>
    public static BulletinDocument Create(int stories)
    {
        var template = WorkBulletin.Create();
        var items = new BulletinItem[stories];
        for (var i = 0; i < stories; i++)
        {
            items[i] = Stories[i % Stories.Length];
        }

        return template with { Items = items };
    }
}
