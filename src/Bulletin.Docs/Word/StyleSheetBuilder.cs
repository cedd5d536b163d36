using Bulletin.Docs.Theme;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>
/// Builds <c>styles.xml</c>: document defaults, a named paragraph style for every
/// <see cref="TextRole"/> carrying the theme's formatting, and the character styles for inline runs.
/// </summary>
internal static class StyleSheetBuilder
{
    public static W.Styles Build(BulletinTheme theme, WordLanguage language)
    {
        var body = theme[TextRole.Body];
        var styles = new W.Styles(DocDefaults(body, language), Normal(body, language), DefaultParagraphFont(), TableNormal());
        foreach (var role in Enum.GetValues<TextRole>())
        {
            styles.Append(RoleStyle(theme, role, language));
        }

        styles.Append(
            PictureStyle(),
            CharacterStyle(WordStyleIds.Strong, "Strong", new W.Bold(), new W.BoldComplexScript()),
            CharacterStyle(WordStyleIds.Emphasis, "Emphasis", WordFormatting.Fonts(theme[TextRole.Quote].Font)),
            CharacterStyle(WordStyleIds.Hyperlink, "Hyperlink", new W.Color { Val = "0563C1" }, new W.Underline { Val = W.UnderlineValues.Single }),
            CharacterStyle(WordStyleIds.DatelineChar, "Bulletin Dateline Char", [.. WordFormatting.RunChildren(theme[TextRole.Dateline], language: null)]),
            CharacterStyle(WordStyleIds.CreditChar, "Bulletin Credit Char", [.. WordFormatting.RunChildren(theme[TextRole.Credit], language: null)]));
        return styles;
    }

    /// <summary>Large type (bigger than body text, or off the line grid) is not snapped to the document grid.</summary>
    public static bool SnapsToGrid(BulletinTheme theme, TextStyle style)
    {
        var body = theme[TextRole.Body];
        if (style.SizePt > body.SizePt)
        {
            return false;
        }

        return theme.Page.LineGridPitchPt is not { } pitch || Math.Abs(style.LineSpacing.ToPoints(style.SizePt) - pitch) < 0.05;
    }

    private static W.DocDefaults DocDefaults(TextStyle body, WordLanguage language) => new(
        new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
            WordFormatting.Fonts(body.Font),
            new W.FontSize { Val = WordUnits.HalfPoints(body.SizePt) },
            new W.FontSizeComplexScript { Val = WordUnits.HalfPoints(body.SizePt) },
            WordFormatting.Language(language))),
        new W.ParagraphPropertiesDefault(new W.ParagraphPropertiesBaseStyle(
            [.. WordFormatting.LineBreakingRules(), new W.SpacingBetweenLines { After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto }])));

    private static W.Style Normal(TextStyle body, WordLanguage language) => new(
        new W.StyleName { Val = "Normal" },
        new W.PrimaryStyle(),
        new W.StyleParagraphProperties([.. WordFormatting.LineBreakingRules(), new W.Justification { Val = W.JustificationValues.Both }]),
        new W.StyleRunProperties(
            WordFormatting.Fonts(body.Font),
            new W.FontSize { Val = WordUnits.HalfPoints(body.SizePt) },
            new W.FontSizeComplexScript { Val = WordUnits.HalfPoints(body.SizePt) },
            WordFormatting.Language(language)))
    {
        Type = W.StyleValues.Paragraph,
        StyleId = WordStyleIds.Normal,
        Default = true,
    };

    private static W.Style DefaultParagraphFont() => new(
        new W.StyleName { Val = "Default Paragraph Font" },
        new W.UIPriority { Val = 1 },
        new W.SemiHidden(),
        new W.UnhideWhenUsed())
    {
        Type = W.StyleValues.Character,
        StyleId = "DefaultParagraphFont",
        Default = true,
    };

    private static W.Style TableNormal() => new(
        new W.StyleName { Val = "Normal Table" },
        new W.UIPriority { Val = 99 },
        new W.SemiHidden(),
        new W.UnhideWhenUsed(),
        new W.StyleTableProperties(
            new W.TableIndentation { Width = 0, Type = W.TableWidthUnitValues.Dxa },
            new W.TableCellMarginDefault(
                new W.TopMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellLeftMargin { Width = 108, Type = W.TableWidthValues.Dxa },
                new W.BottomMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellRightMargin { Width = 108, Type = W.TableWidthValues.Dxa })))
    {
        Type = W.StyleValues.Table,
        StyleId = "TableNormal",
        Default = true,
    };

    private static W.Style RoleStyle(BulletinTheme theme, TextRole role, WordLanguage language)
    {
        var style = RoleStyle(theme, theme[role], WordStyleIds.Of(role), WordStyleIds.NameOf(role), WordStyleIds.BasedOn(role), Borders(theme, role), language);
        if (WordStyleIds.AliasesOf(role) is { } aliases)
        {
            style.StyleName!.InsertAfterSelf(new W.Aliases { Val = aliases });
        }

        if (WordStyleIds.IsBuiltIn(role))
        {
            // Word's own heading style, restyled: not a custom style, so Word keeps its meaning.
            style.CustomStyle = null;
            style.GetFirstChild<W.UIPriority>()!.Val = 9;
        }

        return style;
    }

    private static W.Style RoleStyle(BulletinTheme theme, TextStyle style, string id, string name, string basedOn, W.ParagraphBorders? borders, WordLanguage language)
    {
        var isHeading = style.KeepWithNext;
        return new W.Style(
            new W.StyleName { Val = name },
            new W.BasedOn { Val = basedOn },
            new W.NextParagraphStyle { Val = isHeading ? WordStyleIds.Of(TextRole.Body) : id },
            new W.UIPriority { Val = 10 },
            new W.PrimaryStyle(),
            new W.StyleParagraphProperties([.. WordFormatting.ParagraphChildren(style, SnapsToGrid(theme, style), borders)]),
            new W.StyleRunProperties([.. WordFormatting.RunChildren(style, language)]))
        {
            Type = W.StyleValues.Paragraph,
            StyleId = id,
            CustomStyle = true,
        };
    }

    /// <summary>Rules that belong to a role: under a section banner (the 报尾 rules are its table's borders).</summary>
    private static W.ParagraphBorders? Borders(BulletinTheme theme, TextRole role) => role switch
    {
        TextRole.SectionBanner => new W.ParagraphBorders(WordFormatting.Border<W.BottomBorder>(theme.AccentColor, theme.Rules.SectionBannerPt, 2)),
        _ => null,
    };

    private static W.Style PictureStyle() => new(
        new W.StyleName { Val = "Bulletin Picture" },
        new W.BasedOn { Val = WordStyleIds.Normal },
        new W.UIPriority { Val = 10 },
        new W.StyleParagraphProperties(
            new W.KeepNext(),
            new W.SnapToGrid { Val = WordFormatting.Off },
            // Exact line spacing would clip an inline picture to one line's height.
            new W.SpacingBetweenLines { Before = "60", After = "60", Line = "240", LineRule = W.LineSpacingRuleValues.Auto },
            new W.Justification { Val = W.JustificationValues.Center }))
    {
        Type = W.StyleValues.Paragraph,
        StyleId = WordStyleIds.Picture,
        CustomStyle = true,
    };

    private static W.Style CharacterStyle(string id, string name, params OpenXmlElement[] runProperties) => new(
        new W.StyleName { Val = name },
        new W.BasedOn { Val = "DefaultParagraphFont" },
        new W.UIPriority { Val = 20 },
        new W.PrimaryStyle(),
        new W.StyleRunProperties(runProperties))
    {
        Type = W.StyleValues.Character,
        StyleId = id,
        CustomStyle = id is WordStyleIds.Strong or WordStyleIds.Emphasis or WordStyleIds.Hyperlink ? null : true,
    };
}
