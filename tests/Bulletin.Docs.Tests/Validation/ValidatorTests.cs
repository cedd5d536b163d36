using Bulletin.Docs.Tests.Support;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;
using Bulletin.Docs.Validation;
using NUnit.Framework;
using static Bulletin.Docs.Tests.Validation.SampleBulletins;
using static Bulletin.Docs.Tests.Validation.ValidationAssert;

namespace Bulletin.Docs.Tests.Validation;

public sealed class ValidatorTests
{
    private static IEnumerable<TestCaseData> BuiltInThemes()
    {
        yield return new TestCaseData(BulletinThemes.Newspaper).SetArgDisplayNames("Newspaper");
        yield return new TestCaseData(BulletinThemes.WorkBulletin).SetArgDisplayNames("WorkBulletin");
        yield return new TestCaseData(BulletinThemes.PressRelease).SetArgDisplayNames("PressRelease");
    }

    [TestCaseSource(nameof(BuiltInThemes))]
    public void Built_in_themes_validate_clean(BulletinTheme theme) =>
        Assert.That(ThemeProblems(theme), Is.Empty);

    [TestCaseSource(nameof(BuiltInThemes))]
    public void Document_with_every_element_validates_clean(BulletinTheme theme)
    {
        Assert.That(Problems(EveryElementBulletin.Create(), theme), Is.Empty);
        Assert.DoesNotThrow(() => BulletinValidator.ThrowIfInvalid(EveryElementBulletin.Create(), theme));
    }

    [Test]
    public void Empty_document_validates_clean() =>
        Assert.That(Problems(new BulletinDocument { Items = [] }), Is.Empty);

    [Test]
    public void A_null_document_throws_argument_null_exception_and_a_null_theme_is_a_problem()
    {
        Assert.Throws<ArgumentNullException>(() => BulletinValidator.Validate(null!, BulletinThemes.Newspaper));
        // BulletinOptions.Theme = null! is input, like any other missing value of the model.
        Assert.That(BulletinValidator.Validate(EveryElementBulletin.Create(), null!).Select(p => p.ToString()), Is.EqualTo(new[] { "Theme: theme is missing; use one of BulletinThemes or your own" }));
    }

    [Test]
    public void Many_problems_are_listed_in_one_exception_in_model_order_then_theme()
    {
        var document = EveryElementBulletin.Create() with
        {
            Masthead = new Masthead { Name = "" },
            Items =
            [
                new Article { Headline = "", Body = [new Paragraph("铃\u0007声"), new Table([["a", "b"], ["c"]]), FigureOf(new ImageData(TestImages.Png, ImageFormat.Jpeg))] },
                new Section { Banner = " ", Items = [] },
            ],
            Distribution = new Distribution { Lines = [new DistributionLine("报", "")], PrintRun = 0 },
            Metadata = new DocumentMetadata { Language = "zh_CN" },
        };
        var theme = BulletinThemes.Newspaper.WithStyle(TextRole.Caption, s => s with { SizePt = 0 });

        var exception = Assert.Throws<BulletinValidationException>(() => BulletinValidator.ThrowIfInvalid(document, theme));

        var expected = new[]
        {
            "Masthead.Name: name is missing or blank",
            "Items[0].Headline: headline is missing or blank",
            "Items[0].Body[0].Inlines[0]: text contains U+0007 at offset 1, which Word cannot store",
            "Items[0].Body[1].Rows[1]: row 1 has 1 cells, row 0 has 2",
            "Items[0].Body[2].Image: image claims Jpeg but the bytes are PNG",
            "Items[1].Banner: banner is missing or blank",
            "Items[1]: section has no items",
            "Distribution.Lines[0].Recipients: recipients are missing or blank",
            "Distribution.PrintRun: print run must be positive, is 0",
            "Metadata.Language: language \"zh_CN\" is not a BCP 47 tag such as zh-CN",
            "Theme.Styles[Caption].SizePt: size 0 pt is outside [1, 1638] pt, the sizes Word can store (w:sz, ECMA-376 §17.3.2.38)",
        };
        Assert.That(exception!.Problems.Select(p => p.ToString()), Is.EqualTo(expected));
        Assert.That(exception.Message, Does.StartWith($"The bulletin cannot be rendered ({expected.Length} problems):"));
        foreach (var line in expected)
        {
            Assert.That(exception.Message, Does.Contain(line));
        }
    }
}
