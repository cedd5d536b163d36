using Bulletin.Docs.Model;
using NUnit.Framework;
using static Bulletin.Docs.Tests.Validation.SampleBulletins;
using static Bulletin.Docs.Tests.Validation.ValidationAssert;

namespace Bulletin.Docs.Tests.Validation;

public sealed class StructureRuleTests
{
    [Test]
    public void Null_item_list_is_reported() =>
        Assert.That(Problems(new BulletinDocument { Items = null! }), Is.EqualTo(new[] { "Items: items are null; use an empty list for none" }));

    [Test]
    public void Null_item_is_reported() =>
        Assert.That(Problems(WithItems([null!])), Is.EqualTo(new[] { "Items[0]: item is null" }));

    [Test]
    public void Null_headline_is_reported() =>
        Assert.That(Problems(WithItems(new Article { Headline = null!, Body = [] })), Is.EqualTo(new[] { "Items[0].Headline: headline is missing or blank" }));

    [Test]
    public void Blank_headline_is_reported() =>
        Assert.That(Problems(WithItems(new Article { Headline = " \u3000", Body = [] })), Is.EqualTo(new[] { "Items[0].Headline: headline is missing or blank" }));

    [Test]
    public void Headline_with_null_lines_is_reported() =>
        Assert.That(Problems(WithItems(new Article { Headline = new Headline(null!), Body = [] })), Is.EqualTo(new[] { "Items[0].Headline: headline is missing or blank" }));

    [Test]
    public void Headline_with_no_lines_is_reported() =>
        Assert.That(Problems(WithItems(new Article { Headline = new Headline([]), Body = [] })), Is.EqualTo(new[] { "Items[0].Headline: headline has no lines" }));

    [Test]
    public void Blank_headline_line_is_reported() =>
        Assert.That(Problems(WithItems(new Article { Headline = new Headline("第一行", "", null!), Body = [] })), Is.EqualTo(new[]
        {
            "Items[0].Headline.Lines[1]: headline line is missing or blank",
            "Items[0].Headline.Lines[2]: headline line is missing or blank",
        }));

    [Test]
    public void Headline_inside_a_section_has_the_nested_path() =>
        Assert.That(Problems(WithItems(new Section { Banner = "要闻", Items = [new Article { Headline = "甲", Body = [] }, new Article { Headline = "乙", Body = [] }, new Article { Headline = "", Body = [] }] })),
            Is.EqualTo(new[] { "Items[0].Items[2].Headline: headline is missing or blank" }));

    [Test]
    public void Null_body_is_reported() =>
        Assert.That(Problems(WithItems(new Article { Headline = "标题", Body = null! })), Is.EqualTo(new[] { "Items[0].Body: body is null; use an empty list for none" }));

    [Test]
    public void Null_block_is_reported() =>
        Assert.That(Problems(WithBody(new Paragraph("段落"), null!)), Is.EqualTo(new[] { "Items[0].Body[1]: block is null" }));

    [Test]
    public void Blank_optional_article_text_is_reported() =>
        Assert.That(Problems(WithItems(new Article { Headline = "标题", Kicker = " ", Byline = "", Body = [] })), Is.EqualTo(new[]
        {
            "Items[0].Kicker: kicker is blank; leave it null to omit it",
            "Items[0].Byline: byline is blank; leave it null to omit it",
        }));

    [Test]
    public void Blank_masthead_name_is_reported() =>
        Assert.That(Problems(new BulletinDocument { Masthead = new Masthead { Name = "  " }, Items = [] }), Is.EqualTo(new[] { "Masthead.Name: name is missing or blank" }));

    [Test]
    public void Null_masthead_name_is_reported() =>
        Assert.That(Problems(new BulletinDocument { Masthead = new Masthead { Name = null! }, Items = [] }), Is.EqualTo(new[] { "Masthead.Name: name is missing or blank" }));

    [Test]
    public void Blank_banner_is_reported() =>
        Assert.That(Problems(WithItems(new Section { Banner = "", Items = [new Article { Headline = "甲", Body = [] }] })), Is.EqualTo(new[] { "Items[0].Banner: banner is missing or blank" }));

    [Test]
    public void Section_without_items_is_reported() =>
        Assert.That(Problems(WithItems(new Section { Banner = "要闻", Items = [] })), Is.EqualTo(new[] { "Items[0]: section has no items" }));

    [Test]
    public void Section_with_null_items_is_reported() =>
        Assert.That(Problems(WithItems(new Section { Banner = "要闻", Items = null! })), Is.EqualTo(new[] { "Items[0].Items: section items are null" }));

    [Test]
    public void Nested_section_is_reported_and_its_items_are_still_checked() =>
        Assert.That(Problems(WithItems(new Section { Banner = "要闻", Items = [new Section { Banner = "内", Items = [new Article { Headline = "", Body = [] }] }] })), Is.EqualTo(new[]
        {
            "Items[0].Items[0]: sections do not nest; this section is inside another section",
            "Items[0].Items[0].Items[0].Headline: headline is missing or blank",
        }));

    [Test]
    public void Blank_subheading_lines_are_reported() =>
        Assert.That(Problems(WithBody(new Subheading("一、", " "), new Subheading([]))), Is.EqualTo(new[]
        {
            "Items[0].Body[0].Lines[1]: subheading line is missing or blank",
            "Items[0].Body[1].Lines: subheading has no lines",
        }));

    [Test]
    public void Null_inlines_and_null_inline_are_reported() =>
        Assert.That(Problems(WithBody(new Paragraph((IReadOnlyList<Inline>)null!), new Quote([new Text("引"), null!]), new Paragraph([new Text(null!)]))), Is.EqualTo(new[]
        {
            "Items[0].Body[0].Inlines: inlines are null",
            "Items[0].Body[1].Inlines[1]: inline is null",
            "Items[0].Body[2].Inlines[0]: text is null",
        }));

    [Test]
    public void Null_note_label_is_reported_and_empty_label_is_allowed() =>
        Assert.That(Problems(WithBody(new Note("按") { Label = null! }, new Note("按") { Label = "" })), Is.EqualTo(new[] { "Items[0].Body[0].Label: label is null; use an empty string for no label" }));

    [Test]
    public void Figure_without_alt_text_is_reported() =>
        Assert.That(Problems(WithBody(new Figure { Image = new ImageData(TestImages.Png, ImageFormat.Png), AltText = " " })), Is.EqualTo(new[] { "Items[0].Body[0].AltText: alt text is missing or blank; it is required for accessibility" }));

    [Test]
    public void Picture_news_without_figure_or_image_is_reported() =>
        Assert.That(Problems(WithItems(new PictureNews { Figure = null! }, new PictureNews { Figure = new Figure { Image = null!, AltText = "图" } })), Is.EqualTo(new[]
        {
            "Items[0].Figure: figure is missing",
            "Items[1].Figure.Image: image is missing",
        }));
}
