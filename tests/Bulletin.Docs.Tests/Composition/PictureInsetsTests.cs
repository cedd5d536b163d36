using Bulletin.Docs.Composition;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Composition;

/// <summary>
/// Where picture news goes is decided once, in the composition, so the Word file and the PDF put it
/// in the same place: into the next story's columns when that story can take it, else alone.
/// </summary>
[TestFixture]
public sealed class PictureInsetsTests
{
    private static PictureNews Picture(string? title = null) => new()
    {
        Title = title,
        Figure = new Figure { Image = new ImageData(new byte[] { 1, 2, 3 }, ImageFormat.Png), AltText = "图", Caption = "图片说明" },
    };

    private static Article Story(params Block[] body) => new() { Headline = "标题", Body = body };

    private static bool SetIntoNext(BulletinTheme theme, params BulletinItem[] items) =>
        ((ComposedPicture)BulletinComposer.Compose(new BulletinDocument { Items = items }, theme, new EstimatedTextFacts(theme)).Items[0]).SetIntoNext;

    [Test]
    public void Goes_into_the_next_story_on_a_page_of_columns()
    {
        Assert.That(SetIntoNext(BulletinThemes.Newspaper, Picture(), Story("正文。")), Is.True);
        Assert.That(SetIntoNext(BulletinThemes.Newspaper, Picture(), new Section { Banner = "栏目", Items = [Story("正文。")] }), Is.True, "a section opening with a story");
    }

    [Test]
    public void Stands_alone_where_no_story_can_take_it()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SetIntoNext(BulletinThemes.Newspaper, Picture()), Is.False, "the last item");
            Assert.That(SetIntoNext(BulletinThemes.Newspaper, Picture(), Story("正文。") with { ColumnLabel = "井州论坛" }), Is.False, "a boxed commentary");
            Assert.That(SetIntoNext(BulletinThemes.Newspaper, Picture(), Story(new Table([["序号", "名称"]]), "正文。")), Is.False, "a story opening with a table");
            Assert.That(SetIntoNext(BulletinThemes.Newspaper, Picture(new string('长', 40)), Story("正文。")), Is.False, "a title wider than the photo");
            Assert.That(SetIntoNext(BulletinThemes.WorkBulletin, Picture(), Story("正文。")), Is.False, "one column");
        });
    }
}
