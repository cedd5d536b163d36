using Bulletin.Docs.Model;
using Bulletin.Docs.Validation;
using NUnit.Framework;
using static Bulletin.Docs.Tests.Validation.SampleBulletins;
using static Bulletin.Docs.Tests.Validation.ValidationAssert;

namespace Bulletin.Docs.Tests.Validation;

/// <summary>
/// One policy for separators, controls and right-to-left text, enforced before either writer runs,
/// so Word and the PDF never disagree about where a line ends or in which order characters go.
/// </summary>
public sealed class TextPolicyTests
{
    [TestCase('\u0085', "a next line")]
    [TestCase('\u2028', "a line separator")]
    [TestCase('\u2029', "a paragraph separator")]
    public void Unicode_line_and_paragraph_separators_are_line_structure(char separator, string name)
    {
        Assert.That(Problems(WithBody(new Paragraph($"第一行{separator}第二行"))), Is.EqualTo(new[]
        {
            $"Items[0].Body[0].Inlines[0]: text contains {name} (U+{(int)separator:X4}) at offset 3; use a LineBreak inline to break a line inside a paragraph",
        }));
        Assert.That(Problems(WithItems(new Article { Headline = $"标{separator}题", Body = [] })), Is.EqualTo(new[]
        {
            $"Items[0].Headline.Lines[0]: text contains {name} (U+{(int)separator:X4}) at offset 1, which a single-line field cannot hold",
        }));
    }

    [TestCase('\u007F')]
    [TestCase('\u0080')]
    [TestCase('\u009F')]
    public void Other_control_characters_are_reported(char control) =>
        Assert.That(Problems(WithBody(new Paragraph($"甲{control}乙{control}"))), Is.EqualTo(new[]
        {
            $"Items[0].Body[0].Inlines[0]: text contains the control character U+{(int)control:X4} at offset 1, which neither Word nor the PDF prints (and 1 more such characters)",
        }));

    [TestCase("שלום", "U+05E9", 2, "Hebrew")]
    [TestCase("مرحبا", "U+0645", 2, "Arabic")]
    [TestCase("ﻣﺮﺣﺒﺎ", "U+FEE3", 2, "Arabic presentation forms")]
    [TestCase("\U00010900", "U+10900", 2, "Phoenician, outside the BMP")]
    [TestCase("\U0001E900", "U+1E900", 2, "Adlam, outside the BMP")]
    public void Right_to_left_text_is_reported_with_its_path(string rightToLeft, string codePoint, int offset, string script)
    {
        var problems = Problems(WithBody(new Paragraph([new Text("引用"), new Strong("引用" + rightToLeft)])));

        Assert.That(problems, Has.Length.EqualTo(1), script);
        Assert.That(problems[0], Is.EqualTo($"Items[0].Body[0].Inlines[1]: text contains {codePoint} at offset {offset}, a character of a right-to-left script; "
            + $"right-to-left text is not supported, because the PDF does not reorder it (Unicode bidirectional algorithm, UAX #9){(rightToLeft.Length > 2 ? $" (and {new System.Globalization.StringInfo(rightToLeft).LengthInTextElements - 1} more such characters)" : "")}"));
    }

    [TestCase('\u200F')]
    [TestCase('\u202E')]
    [TestCase('\u2067')]
    [TestCase('\u200E')]
    public void Bidirectional_controls_are_reported(char control) =>
        Assert.That(Problems(WithBody(new Paragraph($"abc{control}def"))), Is.EqualTo(new[]
        {
            $"Items[0].Body[0].Inlines[0]: text contains U+{(int)control:X4} at offset 3, a bidirectional formatting character; right-to-left text is not supported, because the PDF does not reorder it (Unicode bidirectional algorithm, UAX #9)",
        }));

    [Test]
    public void Right_to_left_text_that_is_never_printed_is_allowed()
    {
        var document = WithBody(new Figure { Image = new ImageData(TestImages.Png, ImageFormat.Png), AltText = "صورة" }) with
        {
            Metadata = new DocumentMetadata { Title = "עיתון", Author = "كاتب" },
        };

        Assert.That(Problems(document), Is.Empty);
    }

    [Test]
    public void Chinese_latin_and_astral_text_is_not_caught_by_the_policy() =>
        Assert.That(Problems(WithBody(new Paragraph("𠀀𪚥 emoji 😀 ½ — “引号” ‘单’ Ünïcödé ０１２"))), Is.Empty);

    [Test]
    public void Both_writers_refuse_the_same_text_before_writing()
    {
        var document = WithBody(new Paragraph("第一行\u2028第二行"));
        using var docx = new MemoryStream();
        var word = Assert.Throws<BulletinValidationException>(() => BulletinDocx.Write(document, docx));
        var pdf = Assert.Throws<BulletinValidationException>(() => BulletinLayoutEngine.Layout(document, new BulletinOptions { Fonts = global::Bulletin.Docs.Fonts.DefaultFonts.CreateRegistry() }));

        Assert.That(docx.Length, Is.Zero);
        Assert.That(word!.Problems, Is.EqualTo(pdf!.Problems));
    }

    [Test]
    public void Header_text_is_printed_so_it_follows_the_policy_too() =>
        Assert.That(ThemeProblems(Docs.Theme.BulletinThemes.PressRelease with { Page = Docs.Theme.BulletinThemes.PressRelease.Page with { HeaderText = "内部\u202E资料" } }), Is.EqualTo(new[]
        {
            "Theme.Page.HeaderText: text contains U+202E at offset 2, a bidirectional formatting character; right-to-left text is not supported, because the PDF does not reorder it (Unicode bidirectional algorithm, UAX #9)",
        }));
}
