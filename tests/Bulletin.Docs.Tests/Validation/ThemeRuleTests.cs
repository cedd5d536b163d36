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
    [TestCase(0.5, "0.5")]
    [TestCase(-1, "-1")]
    [TestCase(1638.5, "1638.5")]
    [TestCase(double.NaN, "NaN")]
    public void Size_outside_word_range_is_reported(double size, string shown) =>
        Assert.That(StyleProblems(TextRole.Body, s => s with { SizePt = size }), Is.EqualTo(new[]
        {
            $"Theme.Styles[Body].SizePt: size {shown} pt is outside [1, 1638] pt, the sizes Word can store (w:sz, ECMA-376 §17.3.2.38)",
        }));

    [Test]
    public void Largest_word_size_is_valid() =>
        Assert.That(StyleProblems(TextRole.Headline, s => s with { SizePt = 1638 }), Is.Empty);

    [Test]
    public void Negative_spacing_and_indents_are_reported() =>
        Assert.That(StyleProblems(TextRole.Quote, s => s with { FirstLineIndentChars = -2, StartIndentChars = -1, SpaceBeforePt = -3, SpaceAfterPt = double.NaN }), Is.EqualTo(new[]
        {
            "Theme.Styles[Quote].FirstLineIndentChars: first-line indent -2 characters is outside [0, 132] characters, Word stores indents up to 1584 pt (w:ind, ECMA-376 §17.3.1.12), 132 characters of 12 pt",
            "Theme.Styles[Quote].StartIndentChars: start indent -1 characters is outside [0, 132] characters, Word stores indents up to 1584 pt (w:ind, ECMA-376 §17.3.1.12), 132 characters of 12 pt",
            "Theme.Styles[Quote].SpaceBeforePt: space before -3 pt is outside [0, 1584] pt, what Word can store (w:spacing, ECMA-376 §17.3.1.33)",
            "Theme.Styles[Quote].SpaceAfterPt: space after NaN pt is outside [0, 1584] pt, what Word can store (w:spacing, ECMA-376 §17.3.1.33)",
        }));

    [Test]
    public void Non_positive_line_spacing_is_reported()
    {
        Assert.That(StyleProblems(TextRole.Body, s => s with { LineSpacing = LineSpacing.Exactly(0) }), Is.EqualTo(new[] { "Theme.Styles[Body].LineSpacing: exact line spacing 0 pt is outside [1, 1584] pt, what Word can store (w:spacing, ECMA-376 §17.3.1.33)" }));
        Assert.That(StyleProblems(TextRole.Body, s => s with { LineSpacing = LineSpacing.Multiple(-1.5) }), Is.EqualTo(new[] { "Theme.Styles[Body].LineSpacing: line spacing multiple -1.5 lines is outside [0.06, 132] lines, what Word can store (w:spacing, ECMA-376 §17.3.1.33)" }));
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
            "Theme.Styles[Headline].LetterSpacingPt: letter spacing Infinity pt is outside [-9, 1584] pt, Word stores at most ±1584 pt (w:spacing, ECMA-376 §17.3.2.35) and characters may close up by at most half their size",
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
            "Theme.Page.WidthPt: page width 0 pt is outside [3, 1584] pt, the sizes Word can store (w:pgSz, ECMA-376 §17.6.13) and a PDF reader must handle (ISO 32000-1 Annex C.2)",
            "Theme.Page.HeightPt: page height 2000 pt is outside [3, 1584] pt, the sizes Word can store (w:pgSz, ECMA-376 §17.6.13) and a PDF reader must handle (ISO 32000-1 Annex C.2)",
        }));

    [Test]
    public void Negative_margins_and_distances_are_reported() =>
        Assert.That(PageProblems(p => p with { MarginTopPt = -1, HeaderDistancePt = -2, FooterDistancePt = -3, LineGridPitchPt = 0 }), Is.EqualTo(new[]
        {
            "Theme.Page.MarginTopPt: top margin -1 pt is outside [0, 1584] pt, what Word can store (w:pgMar, ECMA-376 §17.6.11)",
            "Theme.Page.HeaderDistancePt: header distance -2 pt is outside [0, 1584] pt, what Word can store (w:pgMar, ECMA-376 §17.6.11)",
            "Theme.Page.FooterDistancePt: footer distance -3 pt is outside [0, 1584] pt, what Word can store (w:pgMar, ECMA-376 §17.6.11)",
            "Theme.Page.LineGridPitchPt: line grid pitch 0 pt is outside [1, 1584] pt, what Word can store (w:docGrid, ECMA-376 §17.6.5)",
        }));

    [Test]
    public void Fewer_than_one_column_is_reported() =>
        Assert.That(PageProblems(p => p with { Columns = 0 }), Is.EqualTo(new[] { "Theme.Page.Columns: columns 0 is outside [1, 45], the columns a Word section holds (w:cols, ECMA-376 §17.6.4)" }));

    [Test]
    public void Negative_column_gap_is_reported() =>
        Assert.That(PageProblems(p => p with { Columns = 2, ColumnGapPt = -4 }), Is.EqualTo(new[] { "Theme.Page.ColumnGapPt: column gap -4 pt is outside [0, 1584] pt, what Word can store (w:cols, ECMA-376 §17.6.4)" }));

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

    [Test]
    public void Letter_spacing_beyond_what_word_stores_is_reported_with_its_range()
    {
        // The case: 1e6 pt passed validation and gave a DOCX the Open XML validator rejects.
        Assert.That(StyleProblems(TextRole.Body, s => s with { LetterSpacingPt = 1e6 }), Is.EqualTo(new[]
        {
            "Theme.Styles[Body].LetterSpacingPt: letter spacing 1000000 pt is outside [-6, 1584] pt, Word stores at most ±1584 pt (w:spacing, ECMA-376 §17.3.2.35) and characters may close up by at most half their size",
        }));
        Assert.That(StyleProblems(TextRole.Body, s => s with { LetterSpacingPt = -7 }), Has.Length.EqualTo(1));
        Assert.That(StyleProblems(TextRole.Body, s => s with { LetterSpacingPt = 1584 }), Is.Empty);
        Assert.That(StyleProblems(TextRole.Body, s => s with { LetterSpacingPt = -6 }), Is.Empty);
    }

    [Test]
    public void Indents_are_limited_to_what_word_stores_in_characters_of_the_style_size()
    {
        // 1584 pt / 12 pt = 132 characters; lists add a 2-character label to both indents.
        Assert.That(StyleProblems(TextRole.Body, s => s with { FirstLineIndentChars = 133 }), Is.EqualTo(new[]
        {
            "Theme.Styles[Body].FirstLineIndentChars: first-line indent 133 characters is outside [0, 132] characters, Word stores indents up to 1584 pt (w:ind, ECMA-376 §17.3.1.12), 132 characters of 12 pt",
        }));
        Assert.That(StyleProblems(TextRole.ListItem, s => s with { FirstLineIndentChars = 100, StartIndentChars = 31 }), Is.EqualTo(new[]
        {
            "Theme.Styles[ListItem].StartIndentChars: start indent 31 plus first-line indent 100 plus the 2-character list label is more than 132 characters (a list item's text is indented by all three), Word stores indents up to 1584 pt (w:ind, ECMA-376 §17.3.1.12), 132 characters of 12 pt",
        }));
        Assert.That(StyleProblems(TextRole.ListItem, s => s with { FirstLineIndentChars = 100, StartIndentChars = 30 }), Is.Empty);
        Assert.That(StyleProblems(TextRole.Body, s => s with { FirstLineIndentChars = 100, StartIndentChars = 32 }), Is.Empty);
    }

    [Test]
    public void Spacing_and_line_spacing_beyond_what_word_stores_are_reported()
    {
        Assert.That(StyleProblems(TextRole.Body, s => s with { SpaceBeforePt = 1585, LineSpacing = LineSpacing.Exactly(2000) }), Is.EqualTo(new[]
        {
            "Theme.Styles[Body].SpaceBeforePt: space before 1585 pt is outside [0, 1584] pt, what Word can store (w:spacing, ECMA-376 §17.3.1.33)",
            "Theme.Styles[Body].LineSpacing: exact line spacing 2000 pt is outside [1, 1584] pt, what Word can store (w:spacing, ECMA-376 §17.3.1.33)",
        }));
        Assert.That(StyleProblems(TextRole.Body, s => s with { LineSpacing = LineSpacing.Multiple(133) }), Is.EqualTo(new[]
        {
            "Theme.Styles[Body].LineSpacing: line spacing multiple 133 lines is outside [0.06, 132] lines, what Word can store (w:spacing, ECMA-376 §17.3.1.33)",
        }));
    }

    [Test]
    public void Page_values_beyond_what_word_stores_are_reported()
    {
        Assert.That(PageProblems(p => p with { HeaderDistancePt = 1700, Columns = 46, ColumnGapPt = 1e9, LineGridPitchPt = 1e9 }), Is.EqualTo(new[]
        {
            "Theme.Page.HeaderDistancePt: header distance 1700 pt is outside [0, 1584] pt, what Word can store (w:pgMar, ECMA-376 §17.6.11)",
            "Theme.Page.ColumnGapPt: column gap 1000000000 pt is outside [0, 1584] pt, what Word can store (w:cols, ECMA-376 §17.6.4)",
            "Theme.Page.LineGridPitchPt: line grid pitch 1000000000 pt is outside [1, 1584] pt, what Word can store (w:docGrid, ECMA-376 §17.6.5)",
            "Theme.Page.Columns: columns 46 is outside [1, 45], the columns a Word section holds (w:cols, ECMA-376 §17.6.4)",
        }));
    }

    [Test]
    public void Undefined_enum_values_of_the_theme_are_reported() =>
        Assert.That(ThemeProblems(Base with { Masthead = (MastheadStyle)7, Page = Base.Page with { PageNumbers = (PageNumberFormat)9, PageNumberPosition = (PageNumberPosition)(-1) } }), Is.EqualTo(new[]
        {
            "Theme.Masthead: masthead style 7 is not a MastheadStyle",
            "Theme.Page.PageNumbers: page number format 9 is not a PageNumberFormat",
            "Theme.Page.PageNumberPosition: page number position -1 is not a PageNumberPosition",
        }));
}
