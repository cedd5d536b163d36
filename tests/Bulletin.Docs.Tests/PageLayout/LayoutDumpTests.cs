using Bulletin.Docs.Layout;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.PageLayout;

public sealed class LayoutDumpTests
{
    [Test]
    public void A_small_bulletin_dumps_to_reviewable_text()
    {
        var document = new BulletinDocument
        {
            Masthead = new Masthead { Name = "简报", IssueLabel = "第1期" },
            Items =
            [
                new Article
                {
                    Id = "a",
                    Headline = "标题",
                    Dateline = "本报讯",
                    TrailingByline = "尹哲",
                    Body = [new Paragraph([new Text("今天天气很好，"), new Link("详见", "#a"), new Text("。")])],
                },
            ],
        };

        var dump = LayoutDump.Write(TestDocuments.LayOut(document, TestThemes.Simple(numbers: PageNumberFormat.PageOfTotal)));

        // Checked by hand: 12 pt line slots with the 0.8/0.2 em glyph box centred (baseline = top + 9);
        // the plain masthead ends 6 pt above the article; the body's first line is indented 2 em and
        // carries the dateline and an ideographic space; the trailing byline is right-aligned.
        Assert.That(dump, Is.EqualTo(
            """
            page 1 200.00x160.00
              text 90.00,29.00 w20.00 "简报"
              text 85.00,41.00 w30.00 "第1期"
              anchor a 20.00,50.00
              text 20.00,59.00 w20.00 "标题"
              text 40.00,71.00 w140.00 "本报讯　今天天气很好，详见。"
              link 150.00,63.00 20.00x10.00 -> #a
              text 140.00,83.00 w40.00 "（尹哲）"
              text 45.00,152.00 w110.00 "第 1 页 共 1 页"

            """.Replace("\r\n", "\n", StringComparison.Ordinal)));
    }
}
