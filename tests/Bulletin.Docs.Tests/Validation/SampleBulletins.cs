using Bulletin.Docs.Model;

namespace Bulletin.Docs.Tests.Validation;

/// <summary>Documents for validation tests.</summary>
internal static class SampleBulletins
{
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
