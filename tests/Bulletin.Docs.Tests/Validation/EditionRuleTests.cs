using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;
using Bulletin.Docs.Validation;
using NUnit.Framework;
using static Bulletin.Docs.Tests.Validation.ValidationAssert;

namespace Bulletin.Docs.Tests.Validation;

public sealed class EditionRuleTests
{
    private static BulletinDocument Document => SampleBulletins.WithBody(new Paragraph("正文。")) with { Masthead = new Masthead { Name = "太原日报" } };

    [Test]
    public void An_edition_with_a_first_page_number_after_its_own_is_valid() =>
        Assert.That(Problems(Document with { Edition = new Edition { Number = 2, Name = "要闻" }, FirstPageNumber = 3 }), Is.Empty);

    [TestCase(0)]
    [TestCase(-2)]
    [TestCase(1000)]
    public void An_edition_number_outside_1_to_999_is_reported(int number) =>
        Assert.That(Problems(Document with { Edition = new Edition { Number = number } }), Is.EqualTo(new[]
        {
            $"Edition.Number: edition number {number} is outside [1, 999]; editions are counted from 1, the front page (第1版)",
        }));

    [Test]
    public void A_blank_edition_name_is_reported() =>
        Assert.That(Problems(Document with { Edition = new Edition { Number = 2, Name = "\u3000" } }), Is.EqualTo(new[]
        {
            "Edition.Name: edition name is blank; leave it null to omit it",
        }));

    [Test]
    public void An_edition_given_twice_is_reported_at_the_mastheads_label() =>
        Assert.That(Problems(Document with { Masthead = new Masthead { Name = "太原日报", EditionLabel = "第3版" }, Edition = new Edition { Number = 2, Name = "要闻" } }), Is.EqualTo(new[]
        {
            "Masthead.EditionLabel: the edition is given twice: Edition prints \"第2版 要闻\" where this label would go; leave EditionLabel null",
        }));

    [TestCase(0)]
    [TestCase(10000)]
    public void A_first_page_number_outside_1_to_9999_is_reported(int first) =>
        Assert.That(Problems(Document with { FirstPageNumber = first }), Is.EqualTo(new[]
        {
            $"FirstPageNumber: first page number {first} is outside [1, 9999]",
        }));

    [Test]
    public void A_first_page_number_before_the_editions_number_is_reported() =>
        Assert.That(Problems(Document with { Edition = new Edition { Number = 4 }, FirstPageNumber = 3 }), Is.EqualTo(new[]
        {
            "FirstPageNumber: first page number 3 comes before the edition's own first page: 第4版's pages are numbered from 4",
        }));

    [Test]
    public void Page_of_total_numbers_cannot_start_after_1()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Problems(Document with { FirstPageNumber = 3 }, BulletinThemes.PressRelease), Is.EqualTo(new[]
            {
                "FirstPageNumber: theme 'press-release' prints 第 n 页 共 m 页, which cannot start at 3: the total would count only this file's pages; use a theme whose page numbers are plain or dashed (PageNumberFormat.Plain or Dashed; pageNumbers: plain in a theme file)",
            }));
            Assert.That(Problems(Document with { Edition = new Edition { Number = 2 } }, BulletinThemes.PressRelease), Has.One.StartsWith("Edition.Number: theme 'press-release' prints 第 n 页 共 m 页, which cannot start at 2"));
            Assert.That(Problems(Document with { Edition = new Edition { Number = 1 } }, BulletinThemes.PressRelease), Is.Empty, "the front page starts at 1");
            Assert.That(Problems(Document with { FirstPageNumber = 3 }, BulletinThemes.WorkBulletin), Is.Empty, "— 3 — needs no total");
        });
    }

    [TestCase(0)]
    [TestCase(1000)]
    public void An_edition_number_out_of_range_is_one_problem_not_also_a_page_number_problem(int number) =>
        Assert.That(Problems(Document with { Edition = new Edition { Number = number } }, BulletinThemes.PressRelease), Is.EqualTo(new[]
        {
            $"Edition.Number: edition number {number} is outside [1, 999]; editions are counted from 1, the front page (第1版)",
        }));

    [Test]
    public void A_first_page_number_out_of_range_is_one_problem_not_also_a_page_number_problem() =>
        Assert.That(Problems(Document with { FirstPageNumber = -1 }, BulletinThemes.PressRelease), Is.EqualTo(new[]
        {
            "FirstPageNumber: first page number -1 is outside [1, 9999]",
        }));

    [Test]
    public void The_writers_refuse_a_bad_edition_before_writing_a_byte()
    {
        var output = new MemoryStream();
        var error = Assert.Throws<BulletinValidationException>(() =>
            BulletinDocx.Write(Document with { Edition = new Edition { Number = 0 } }, output, new BulletinOptions { Theme = BulletinThemes.Newspaper }));

        Assert.That(error!.Message, Does.Contain("Edition.Number: edition number 0 is outside [1, 999]"));
        Assert.That(output.Length, Is.Zero);
    }
}
