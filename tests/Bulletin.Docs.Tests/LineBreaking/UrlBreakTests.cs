using Bulletin.Docs.Layout.LineBreaking;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.LineBreaking;

/// <summary>URLs, paths and e-mail addresses break after / . - _ ? &amp; = @ and nowhere else inside; other text keeps UAX #14.</summary>
public class UrlBreakTests
{
    [Test]
    public void A_url_breaks_after_its_separators_but_not_inside_a_run_of_them()
    {
        string shown = BreakMarks.Show("详见https://www.taiyuan.gov.cn/zwgk/tzgg-2025/index.shtml?id=7&page=2网站");

        Assert.That(shown, Is.EqualTo("详|见|https://|www.|taiyuan.|gov.|cn/|zwgk/|tzgg-|2025/|index.|shtml?|id=|7&|page=|2|网|站"));
    }

    [Test]
    public void A_path_breaks_after_slashes_and_underscores()
    {
        Assert.That(BreakMarks.Show("文件在docs/release_notes/v2.txt里"), Is.EqualTo("文|件|在|docs/|release_|notes/|v2.|txt|里"));
    }

    [Test]
    public void An_email_address_breaks_after_its_separators_and_its_at_sign()
    {
        Assert.That(BreakMarks.Show("发送至service-center_ty@sxzwfw.gov.cn反映"), Is.EqualTo("发|送|至|service-|center_|ty@|sxzwfw.|gov.|cn|反|映"));
    }

    [TestCase("写信给user@localhost吧", "user@localhost")]
    [TestCase("a@b.", "a@b")]
    public void An_at_sign_without_a_dotted_domain_is_not_an_address(string text, string unbroken)
    {
        Assert.That(BreakMarks.Show(text), Does.Contain(unbroken));
    }

    [Test]
    public void A_sentence_stop_after_a_url_is_not_part_of_it()
    {
        Assert.That(BreakMarks.Show("see www.example.com. Then"), Does.Contain("www.|example.|com. |Then"));
    }

    [TestCase("总额达3.7亿元", "3.7")]
    [TestCase("COVID-19 cases", "COVID-19")]
    [TestCase("支持TCP/IP协议", "TCP/IP")]
    public void Numbers_and_hyphenated_words_are_not_addresses(string text, string unbroken)
    {
        Assert.That(BreakMarks.Show(text), Does.Contain(unbroken));
    }

    [Test]
    public void An_atomic_span_keeps_a_url_whole()
    {
        const string text = "见www.taiyuan.gov.cn";
        Assert.That(BreakMarks.Show(text, LineBreakStrictness.GB, 1..text.Length), Is.EqualTo("见|www.taiyuan.gov.cn"));
    }
}
