using Bulletin.Docs.Theme;
using Bulletin.Docs.Word;
using DocumentFormat.OpenXml.Drawing.Wordprocessing;
using NUnit.Framework;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Tests.Word;

/// <summary>
/// A figure our layout set at the head of a page goes before what follows it there in the Word
/// file too (<see cref="WordMakeUp.Apply"/>): found near the picture, a table as well as a paragraph.
/// </summary>
[TestFixture]
public sealed class FigureOverTableMakeUpTests
{
    [Test]
    public void A_figure_set_above_a_table_goes_before_that_table_not_before_an_earlier_paragraph_that_starts_alike()
    {
        var earlier = Paragraph("指标很好，这是前面一页的一段话。");
        var table = new W.Table(new W.TableRow(Cell("指标"), Cell("2024年")), new W.TableRow(Cell("增速"), Cell("5.2%")));
        var picture = new W.Paragraph(new W.Run(new W.Drawing(new Inline(new DocProperties { Id = 1U, Name = "图片 1", Description = "雪后的公园" }))));
        var caption = Paragraph("1月6日，冬日的公园。");
        caption.ParagraphProperties = new W.ParagraphProperties(new W.ParagraphStyleId { Val = WordStyleIds.Of(TextRole.Caption) });
        var body = new W.Body(earlier, Paragraph("正文一段。"), table, Paragraph("表后的一段话。"), picture, caption, Paragraph("图后的一段话。"));

        WordMakeUp.Apply(body, [new ParagraphMakeUp("雪后的公园", Figure: true, [0], []) { Before = "指标" }]);

        var blocks = body.ChildElements.ToList();
        Assert.Multiple(() =>
        {
            Assert.That(blocks.IndexOf(picture), Is.EqualTo(blocks.IndexOf(table) - 2), "the picture and its caption just before the table");
            Assert.That(blocks.IndexOf(caption), Is.EqualTo(blocks.IndexOf(table) - 1));
            Assert.That(picture.ParagraphProperties?.PageBreakBefore, Is.Not.Null, "a page starts with the picture");
            Assert.That(blocks.IndexOf(earlier), Is.Zero, "the earlier paragraph keeps its place");
        });
    }

    [Test]
    public void A_figure_set_above_a_short_paragraph_goes_before_the_nearest_paragraph_of_that_text()
    {
        var first = Paragraph("短。");
        var second = Paragraph("短。");
        var picture = new W.Paragraph(new W.Run(new W.Drawing(new Inline(new DocProperties { Id = 1U, Name = "图片 1", Description = "雪后的公园" }))));
        var body = new W.Body(first, Paragraph("正文一段。"), Paragraph("正文二段。"), second, Paragraph("正文三段。"), picture, Paragraph("图后的一段话。"));

        WordMakeUp.Apply(body, [new ParagraphMakeUp("雪后的公园", Figure: true, [], []) { Before = "短。" }]);

        var blocks = body.ChildElements.ToList();
        Assert.That(blocks.IndexOf(picture), Is.EqualTo(blocks.IndexOf(second) - 1), "before the 短。 on the picture's page, not the first in the document");
    }

    [Test]
    public void A_figure_set_above_a_list_item_goes_before_it_though_word_numbers_the_label()
    {
        var item = Paragraph("建设科创平台，培育领军企业。");
        item.ParagraphProperties = new W.ParagraphProperties(new W.NumberingProperties(new W.NumberingLevelReference { Val = 0 }, new W.NumberingId { Val = 1 }));
        var picture = new W.Paragraph(new W.Run(new W.Drawing(new Inline(new DocProperties { Id = 1U, Name = "图片 1", Description = "雪后的公园" }))));
        var body = new W.Body(Paragraph("正文一段。"), item, Paragraph("正文二段。"), picture, Paragraph("图后的一段话。"));

        WordMakeUp.Apply(body, [new ParagraphMakeUp("雪后的公园", Figure: true, [0], []) { Before = "1.建设科创平台，培育领军企业。" }]);

        var blocks = body.ChildElements.ToList();
        Assert.Multiple(() =>
        {
            Assert.That(blocks.IndexOf(picture), Is.EqualTo(blocks.IndexOf(item) - 1), "the picture just before the item, its label 1. being Word's numbering");
            Assert.That(picture.ParagraphProperties?.PageBreakBefore, Is.Not.Null, "a page starts with the picture");
        });
    }

    [Test]
    public void A_page_break_before_a_short_paragraph_met_twice_goes_before_the_one_our_layout_starts_the_page_with()
    {
        var earlier = Paragraph("短。");
        var later = Paragraph("短。");
        var body = new W.Body(Paragraph("正文一段。"), earlier, Paragraph("正文二段。"), later, Paragraph("正文三段。"));

        // The second of the two 短。 starts a page (the page before closed short).
        WordMakeUp.Apply(body, [new ParagraphMakeUp("短。", Figure: false, [0], []) { Occurrence = 1, Occurrences = 2 }]);

        Assert.Multiple(() =>
        {
            Assert.That(later.ParagraphProperties?.PageBreakBefore, Is.Not.Null, "the page starts with the second");
            Assert.That(earlier.ParagraphProperties?.PageBreakBefore, Is.Null, "not with the first, mid-page in the PDF");
        });
    }

    [Test]
    public void A_page_our_layout_starts_with_a_table_after_a_page_closed_short_starts_with_it_in_word_too()
    {
        var table = new W.Table(new W.TableRow(Cell("指标"), Cell("2024年")), new W.TableRow(Cell("增速"), Cell("5.2%")));
        var body = new W.Body(Paragraph("正文一段。"), Paragraph("指标"), table, Paragraph("表后的一段话。"));

        WordMakeUp.Apply(body, [new ParagraphMakeUp("正文一段。", Figure: false, [], [new SpacingSpan(0, 5, 10)]), new ParagraphMakeUp("指标", Figure: false, [0], []) { InTable = true }]);

        var first = table.Descendants<W.Paragraph>().First();
        Assert.Multiple(() =>
        {
            Assert.That(first.ParagraphProperties?.PageBreakBefore, Is.Not.Null, "the page break before the table's first cell (ECMA-376 §17.3.1.23)");
            Assert.That(body.Elements<W.Paragraph>().ElementAt(1).ParagraphProperties?.PageBreakBefore, Is.Null, "not before a paragraph of the same text outside the table");
        });
    }

    private static W.Paragraph Paragraph(string text) => new(new W.Run(new W.Text(text)));

    private static W.TableCell Cell(string text) => new(Paragraph(text));
}
