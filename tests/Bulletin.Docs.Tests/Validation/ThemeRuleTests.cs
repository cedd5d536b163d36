using System.Collections.Frozen;
using Bulletin.Docs.Theme;
using NUnit.Framework;
using static Bulletin.Docs.Tests.Validation.ValidationAssert;

namespace Bulletin.Docs.Tests.Validation;

public sealed class ThemeRuleTests
{
    private static BulletinTheme Base => BulletinThemes.PressRelease;

    private static string[] StyleProblems(TextRole role, Func<TextStyle, TextStyle> change) =>
        ThemeProblems(Base.WithStyle(role, change));

    private static string[] PageProblems(Func<PageSetup, PageSetup> change) =>
        ThemeProblems(Base with { Page = change(Base.Page) });

    [Test]
    public void Missing_role_is_reported()
    {
        var styles = Base.Styles.Where(s => s.Key != TextRole.Caption).ToFrozenDictionary();
        Assert.That(ThemeProblems(Base with { Styles = styles }), Is.EqualTo(new[] { "Theme.Styles[Caption]: no style for role Caption; every text role needs one" }));
    }

    [Test]
    public void Null_style_styles_and_page_are_reported()
    {
        var styles = new Dictionary<TextRole, TextStyle>(Base.Styles) { [TextRole.Footer] = null! };
        Assert.That(ThemeProblems(Base with { Styles = styles }), Is.EqualTo(new[] { "Theme.Styles[Footer]: style is null" }));
        Assert.That(ThemeProblems(Base with { Styles = null!, Page = null!, Name = "" }), Is.EqualTo(new[]
        {
            "Theme.Name: theme name is missing or blank",
            "Theme.Page: page setup is missing",
            "Theme.Styles: styles are missing",
        }));
    }

    [Test]
    public void Style_without_font_is_reported() =>
        Assert.That(StyleProblems(TextRole.Caption, s => s with { Font = null! }), Is.EqualTo(new[] { "Theme.Styles[Caption].Font: font is missing" }));

    [Test]
    public void Blank_font_names_are_reported() =>
        Assert.That(StyleProblems(TextRole.Caption, s => s with { Font = new FontSpec(" ", "", null!) }), Is.EqualTo(new[]
        {
            "Theme.Styles[Caption].Font.WordEastAsian: Word East Asian font name is missing or blank",
            "Theme.Styles[Caption].Font.WordLatin: Word Latin font name is missing or blank",
            "Theme.Styles[Caption].Font.PdfFamily: PDF font family is missing or blank",
        }));

    [TestCase(0, "0")]
    [TestCase(-1, "-1")]
    [TestCase(1638.5, "1638.5")]
    [TestCase(double.NaN, "NaN")]
    public void Size_outside_word_range_is_reported(double size, string shown) =>
        Assert.That(StyleProblems(TextRole.Body, s => s with { SizePt = size }), Is.EqualTo(new[]
        {
            $"Theme.Styles[Body].SizePt: size {shown} pt is outside (0, 1638] pt, the sizes Word can store",
        }));

    [Test]
    public void Largest_word_size_is_valid() =>
        Assert.That(StyleProblems(TextRole.Headline, s => s with { SizePt = 1638 }), Is.Empty);

    [Test]
    public void Negative_spacing_and_indents_are_reported() =>
        Assert.That(StyleProblems(TextRole.Quote, s => s with { FirstLineIndentChars = -2, StartIndentChars = -1, SpaceBeforePt = -3, SpaceAfterPt = double.NaN }), Is.EqualTo(new[]
        {
            "Theme.Styles[Quote].FirstLineIndentChars: first-line indent must be zero or positive, is -2",
            "Theme.Styles[Quote].StartIndentChars: start indent must be zero or positive, is -1",
            "Theme.Styles[Quote].SpaceBeforePt: space before must be zero or positive, is -3",
            "Theme.Styles[Quote].SpaceAfterPt: space after must be zero or positive, is NaN",
        }));

    [Test]
    public void Non_positive_line_spacing_is_reported()
    {
        Assert.That(StyleProblems(TextRole.Body, s => s with { LineSpacing = LineSpacing.Exactly(0) }), Is.EqualTo(new[] { "Theme.Styles[Body].LineSpacing: line spacing must be positive, is 0" }));
        Assert.That(StyleProblems(TextRole.Body, s => s with { LineSpacing = LineSpacing.Multiple(-1.5) }), Is.EqualTo(new[] { "Theme.Styles[Body].LineSpacing: line spacing must be positive, is -1.5" }));
    }

    [TestCase(-1)]
    [TestCase(9)]
    public void Outline_level_outside_word_range_is_reported(int level) =>
        Assert.That(StyleProblems(TextRole.Headline, s => s with { OutlineLevel = level }), Is.EqualTo(new[]
        {
            $"Theme.Styles[Headline].OutlineLevel: outline level {level} is outside 0–8, the levels Word has",
        }));

    [Test]
    public void Non_finite_letter_spacing_and_undefined_alignment_are_reported() =>
        Assert.That(StyleProblems(TextRole.Headline, s => s with { LetterSpacingPt = double.PositiveInfinity, Alignment = (TextAlignment)9 }), Is.EqualTo(new[]
        {
            "Theme.Styles[Headline].LetterSpacingPt: letter spacing must be a finite number, is Infinity",
            "Theme.Styles[Headline].Alignment: alignment 9 is not a TextAlignment",
        }));

    [Test]
    public void Margins_that_leave_no_type_area_are_reported()
    {
        Assert.That(PageProblems(p => p with { MarginLeftPt = 300, MarginRightPt = 300 }), Is.EqualTo(new[]
        {
            "Theme.Page: left and right margins (300 + 300 pt) leave no type area on a 595.28 pt wide page",
        }));
        Assert.That(PageProblems(p => p with { MarginTopPt = 500, MarginBottomPt = 400 }), Is.EqualTo(new[]
        {
            "Theme.Page: top and bottom margins (500 + 400 pt) leave no type area on a 841.89 pt high page",
        }));
    }

    [Test]
    public void Page_size_outside_word_range_is_reported() =>
        Assert.That(PageProblems(p => p with { WidthPt = 0, HeightPt = 2000 }), Is.EqualTo(new[]
        {
            "Theme.Page.WidthPt: page width 0 pt is outside (0, 1584] pt, the sizes Word can store",
            "Theme.Page.HeightPt: page height 2000 pt is outside (0, 1584] pt, the sizes Word can store",
        }));

    [Test]
    public void Negative_margins_and_distances_are_reported() =>
        Assert.That(PageProblems(p => p with { MarginTopPt = -1, HeaderDistancePt = -2, FooterDistancePt = -3, LineGridPitchPt = 0 }), Is.EqualTo(new[]
        {
            "Theme.Page.MarginTopPt: top margin must be zero or positive, is -1",
            "Theme.Page.HeaderDistancePt: header distance must be zero or positive, is -2",
            "Theme.Page.FooterDistancePt: footer distance must be zero or positive, is -3",
            "Theme.Page.LineGridPitchPt: line grid pitch must be positive, is 0",
        }));

    [Test]
    public void Fewer_than_one_column_is_reported() =>
        Assert.That(PageProblems(p => p with { Columns = 0 }), Is.EqualTo(new[] { "Theme.Page.Columns: columns must be at least 1, is 0" }));

    [Test]
    public void Negative_column_gap_is_reported() =>
        Assert.That(PageProblems(p => p with { Columns = 2, ColumnGapPt = -4 }), Is.EqualTo(new[] { "Theme.Page.ColumnGapPt: column gap must be zero or positive, is -4" }));

    [Test]
    public void Columns_narrower_than_four_body_characters_are_reported() =>
        // Press release: 595.28 − 28 mm − 26 mm = 442.2 pt wide, body 12 pt: 10 columns with 0 gap are 44.22 pt < 48 pt.
        Assert.That(PageProblems(p => p with { Columns = 10, ColumnGapPt = 0 }), Is.EqualTo(new[]
        {
            "Theme.Page.Columns: column width 44.22 pt is less than 4 characters of body text (4 × 12 pt = 48 pt)",
        }));

    [Test]
    public void Blank_header_text_is_reported() =>
        Assert.That(PageProblems(p => p with { HeaderText = " " }), Is.EqualTo(new[] { "Theme.Page.HeaderText: header text is blank; leave it null to omit it" }));
}
