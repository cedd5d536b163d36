using Bulletin.Docs.Composition;
using Bulletin.Docs.Model;
using Bulletin.Docs.Tests.PageLayout;
using Bulletin.Docs.Theme;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Composition;

/// <summary>The masthead is composed once, so both writers print the same parts in the same places.</summary>
[TestFixture]
public sealed class ComposedMastheadTests
{
    private static readonly Masthead Marked = new() { Name = "新闻通稿", IssueLabel = "", SecrecyMark = "内部资料", SerialNumber = "000086", EditingUnit = "市政府新闻办" };

    [Test]
    public void Blank_parts_are_absent_in_every_style()
    {
        var document = new BulletinDocument { Masthead = Marked, Items = [] };

        Assert.Multiple(() =>
        {
            foreach (var theme in new[] { BulletinThemes.Newspaper, BulletinThemes.WorkBulletin, BulletinThemes.PressRelease })
            {
                Assert.That(ComposedMasthead.Of(document, Marked, theme).Issue, Is.Null, theme.Name);
            }
        });
    }

    [Test]
    public void A_plain_title_block_sets_the_serial_number_at_the_right_as_the_word_file_does()
    {
        var document = TestDocuments.Article("正文。") with { Masthead = Marked };
        var layout = TestDocuments.LayOut(document, BulletinThemes.PressRelease);
        var page = BulletinThemes.PressRelease.Page;
        var lines = TestDocuments.Lines(layout.Pages[0]);
        var serial = lines.Single(line => line.Line.Text == "000086");
        var mark = lines.Single(line => line.Line.Text == "内部资料");

        Assert.That(serial.X + serial.Line.Width, Is.EqualTo(page.MarginLeftPt + page.ContentWidthPt).Within(0.5), "serial number flush right");
        Assert.That(mark.X, Is.EqualTo(page.MarginLeftPt).Within(0.5), "secrecy mark flush left");
        Assert.That(serial.Baseline, Is.EqualTo(mark.Baseline), "on one line");
    }
}
