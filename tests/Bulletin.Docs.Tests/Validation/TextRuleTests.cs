using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;
using NUnit.Framework;
using static Bulletin.Docs.Tests.Validation.SampleBulletins;
using static Bulletin.Docs.Tests.Validation.ValidationAssert;

namespace Bulletin.Docs.Tests.Validation;

public sealed class TextRuleTests
{
    [TestCase('\u0000')]
    [TestCase('\u0007')]
    [TestCase('\u0008')]
    [TestCase('\u000B')]
    [TestCase('\u000C')]
    [TestCase('\u000E')]
    [TestCase('\u001F')]
    [TestCase('\uFFFE')]
    [TestCase('\uFFFF')]
    public void Characters_xml_cannot_carry_are_reported_with_code_point_and_offset(char bad) =>
        Assert.That(Problems(WithBody(new Paragraph($"全市{bad}经济"))), Is.EqualTo(new[]
        {
            $"Items[0].Body[0].Inlines[0]: text contains U+{(int)bad:X4} at offset 2, which Word cannot store",
        }));

    [Test]
    public void Further_bad_characters_are_counted_not_listed() =>
        Assert.That(Problems(WithBody(new Paragraph("\u0001a\u0002b\u0003"))), Is.EqualTo(new[]
        {
            "Items[0].Body[0].Inlines[0]: text contains U+0001 at offset 0, which Word cannot store (and 2 more such characters)",
        }));

    // Built in code: attribute strings are stored as UTF-8 and would lose a lone surrogate.
    private static IEnumerable<TestCaseData> UnpairedSurrogates()
    {
        yield return new TestCaseData("前" + '\uD800' + "后", "U+D800 at offset 1, which Word cannot store").SetArgDisplayNames("lone high");
        yield return new TestCaseData("前" + '\uDC00' + "后", "U+DC00 at offset 1, which Word cannot store").SetArgDisplayNames("lone low");
        yield return new TestCaseData("末尾" + '\uD83D', "U+D83D at offset 2, which Word cannot store").SetArgDisplayNames("high at end");
        yield return new TestCaseData(new string(['\uDE00', '\uD83D']), "U+DE00 at offset 0, which Word cannot store (and 1 more such characters)").SetArgDisplayNames("reversed pair");
    }

    [TestCaseSource(nameof(UnpairedSurrogates))]
    public void Unpaired_surrogates_are_reported(string text, string expected) =>
        Assert.That(Problems(WithBody(new Paragraph(text))), Is.EqualTo(new[]
        {
            "Items[0].Body[0].Inlines[0]: text contains an unpaired surrogate " + expected,
        }));

    [Test]
    public void Surrogate_pairs_emoji_and_cjk_punctuation_are_valid() =>
        Assert.That(Problems(WithBody(new Paragraph("春节😀快乐，“你好”——𠀀《书》…\u3000x"))), Is.Empty);

    [Test]
    public void Line_feed_in_a_paragraph_run_points_to_line_break() =>
        Assert.That(Problems(WithBody(new Paragraph([new Strong("第一行\n第二行\r\n")]))), Is.EqualTo(new[]
        {
            "Items[0].Body[0].Inlines[0]: text contains a line feed (U+000A) at offset 3; use a LineBreak inline to break a line inside a paragraph (and 2 more such characters)",
        }));

    [Test]
    public void Tab_in_a_paragraph_run_is_reported() =>
        Assert.That(Problems(WithBody(new Quote([new Emphasis("甲\t乙")]))), Is.EqualTo(new[]
        {
            "Items[0].Body[0].Inlines[0]: text contains a tab (U+0009) at offset 1, which a single-line field cannot hold",
        }));

    [Test]
    public void Line_structure_characters_in_single_line_fields_are_reported() =>
        Assert.That(Problems(WithItems(new Article { Headline = new Headline("上行\r下行", "第二行\t"), Subheadline = "副\n题", Body = [] })), Is.EqualTo(new[]
        {
            "Items[0].Headline.Lines[0]: text contains a carriage return (U+000D) at offset 2, which a single-line field cannot hold",
            "Items[0].Headline.Lines[1]: text contains a tab (U+0009) at offset 3, which a single-line field cannot hold",
            "Items[0].Subheadline: text contains a line feed (U+000A) at offset 1, which a single-line field cannot hold",
        }));

    [Test]
    public void Bad_and_line_structure_characters_are_both_reported() =>
        Assert.That(Problems(WithBody(new Paragraph("a\nb\u0007"))), Is.EqualTo(new[]
        {
            "Items[0].Body[0].Inlines[0]: text contains U+0007 at offset 3, which Word cannot store",
            "Items[0].Body[0].Inlines[0]: text contains a line feed (U+000A) at offset 1; use a LineBreak inline to break a line inside a paragraph",
        }));

    [Test]
    public void Every_string_of_the_model_is_checked()
    {
        const string bad = "x\u0007";
        var document = new BulletinDocument
        {
            Masthead = new Masthead { Name = bad, IssueLabel = bad, EditionLabel = bad, EditingUnit = bad, SecrecyMark = bad, SerialNumber = bad },
            Items =
            [
                new Article
                {
                    Id = "a",
                    Kicker = bad, Headline = bad, Subheadline = bad, ColumnLabel = bad, Byline = bad, Dateline = bad,
                    TrailingByline = bad, ContinuedFrom = bad, ContinuedOn = bad,
                    Body =
                    [
                        new Paragraph([new Text(bad), new Strong(bad), new Emphasis(bad), new Link(bad, "#a" + bad)]),
                        new Subheading(bad),
                        new Quote(bad),
                        new Note(bad) { Label = bad },
                        new ListBlock([[new Text(bad)]]),
                        new Table([[bad]]),
                        new Figure { Image = new ImageData(TestImages.Png, ImageFormat.Png), AltText = bad, Caption = bad, Credit = bad },
                    ],
                },
                new Section { Banner = bad, Items = [new PictureNews { Title = bad, Figure = FigureOf(new ImageData(TestImages.Png, ImageFormat.Png)) }] },
            ],
            Distribution = new Distribution { Lines = [new DistributionLine(bad, bad)] },
            Metadata = new DocumentMetadata { Title = bad, Author = bad, Subject = bad, Keywords = [bad] },
        };
        var theme = BulletinThemes.Newspaper.WithStyle(TextRole.Caption, s => s with { Font = new FontSpec(bad, bad, bad) }) with
        {
            Name = bad,
            Page = BulletinThemes.Newspaper.Page with { HeaderText = bad },
        };

        var paths = BulletinValidator_Paths(document, theme);

        Assert.That(paths, Is.EqualTo(new[]
        {
            "Masthead.Name", "Masthead.IssueLabel", "Masthead.EditionLabel", "Masthead.EditingUnit", "Masthead.SecrecyMark", "Masthead.SerialNumber",
            "Items[0].Kicker", "Items[0].Headline.Lines[0]", "Items[0].Subheadline", "Items[0].ColumnLabel", "Items[0].Byline", "Items[0].Dateline",
            "Items[0].TrailingByline", "Items[0].ContinuedFrom", "Items[0].ContinuedOn",
            "Items[0].Body[0].Inlines[0]", "Items[0].Body[0].Inlines[1]", "Items[0].Body[0].Inlines[2]", "Items[0].Body[0].Inlines[3]",
            "Items[0].Body[0].Inlines[3].Target", "Items[0].Body[0].Inlines[3].Target",
            "Items[0].Body[1].Lines[0]", "Items[0].Body[2].Inlines[0]", "Items[0].Body[3].Label", "Items[0].Body[3].Inlines[0]",
            "Items[0].Body[4].Items[0][0]", "Items[0].Body[5].Rows[0][0]",
            "Items[0].Body[6].AltText", "Items[0].Body[6].Caption", "Items[0].Body[6].Credit",
            "Items[1].Banner", "Items[1].Items[0].Title",
            "Distribution.Lines[0].Label", "Distribution.Lines[0].Recipients",
            "Metadata.Title", "Metadata.Author", "Metadata.Subject", "Metadata.Keywords[0]",
            "Theme.Name", "Theme.Page.HeaderText",
            "Theme.Styles[Caption].Font.WordEastAsian", "Theme.Styles[Caption].Font.WordLatin", "Theme.Styles[Caption].Font.PdfFamily",
        }));
    }

    private static string[] BulletinValidator_Paths(BulletinDocument document, BulletinTheme theme) =>
        [.. Docs.Validation.BulletinValidator.Validate(document, theme).Select(p => p.Path)];
}
