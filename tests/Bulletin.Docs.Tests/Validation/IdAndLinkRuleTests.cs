using Bulletin.Docs.Model;
using NUnit.Framework;
using static Bulletin.Docs.Tests.Validation.SampleBulletins;
using static Bulletin.Docs.Tests.Validation.ValidationAssert;

namespace Bulletin.Docs.Tests.Validation;

public sealed class IdAndLinkRuleTests
{
    private static Article Story(string? id = null, params Inline[] inlines) =>
        new() { Id = id, Headline = "标题", Body = [new Paragraph(inlines)] };

    [Test]
    public void Malformed_ids_are_reported() =>
        Assert.That(Problems(WithItems(Story("a b"), Story(""), Story("要闻-1_x"))), Is.EqualTo(new[]
        {
            "Items[0].Id: id \"a b\" may only hold letters, digits, '-' and '_'",
            "Items[1].Id: id is empty; leave it null for none",
        }));

    [Test]
    public void Duplicate_ids_name_the_first_use_also_across_sections() =>
        Assert.That(Problems(WithItems(Story("x"), new Section { Banner = "要闻", Items = [Story("y"), Story("x")] }, Story("y"))), Is.EqualTo(new[]
        {
            "Items[1].Items[1].Id: id \"x\" is already used by Items[0]",
            "Items[2].Id: id \"y\" is already used by Items[1].Items[0]",
        }));

    [Test]
    public void Blank_link_target_and_text_are_reported() =>
        Assert.That(Problems(WithItems(Story(null, new Link("看", " "), new Link("", "https://example.org"), new Link("看", null!)))), Is.EqualTo(new[]
        {
            "Items[0].Body[0].Inlines[0].Target: link target is missing or blank",
            "Items[0].Body[0].Inlines[1]: link text is missing or blank",
            "Items[0].Body[0].Inlines[2].Target: link target is missing or blank",
        }));

    [Test]
    public void Link_to_an_id_must_name_an_existing_item_even_a_later_one() =>
        Assert.That(Problems(WithItems(Story(null, new Link("后文", "#later"), new Link("无", "#nowhere")), Story("later"))), Is.EqualTo(new[]
        {
            "Items[0].Body[0].Inlines[1].Target: link target \"#nowhere\" names no item Id of this document",
        }));

    [Test]
    public void A_link_target_longer_than_a_pdf_string_can_hold_is_reported()
    {
        var target = "https://example.org/" + new string('a', 3000);
        Assert.That(Problems(WithItems(Story(null, new Link("长链接", target)))), Is.EqualTo(new[]
        {
            "Items[0].Body[0].Inlines[0].Target: link target is 3,020 characters long, more than the 2,048 a PDF string can hold once percent-encoded",
        }));
    }

    [TestCase("ftp://example.org/a")]
    [TestCase("example.org")]
    [TestCase("/relative/path")]
    [TestCase("http://")]
    [TestCase("mailto:")]
    [TestCase("javascript:alert(1)")]
    public void Link_target_must_be_http_https_mailto_or_an_id(string target) =>
        Assert.That(Problems(WithItems(Story(null, new Link("链接", target)))), Is.EqualTo(new[]
        {
            $"Items[0].Body[0].Inlines[0].Target: link target \"{target}\" is neither an absolute http, https or mailto URL nor #id of an item",
        }));

    [TestCase("http://example.org")]
    [TestCase("https://例子.中国/路径?查询=1#片段")]
    [TestCase("mailto:editor@example.org")]
    public void Absolute_web_and_mail_targets_are_valid(string target) =>
        Assert.That(Problems(WithItems(Story(null, new Link("链接", target)))), Is.Empty);
}
