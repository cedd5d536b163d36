using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Validation;

/// <summary>Rules for a theme: a name, a usable page, and a complete, sane style for every text role.</summary>
internal static class ThemeRules
{
    /// <summary>Word stores font sizes in half-points up to 3276 (ECMA-376 §17.3.2.38, ST_HpsMeasure), so 1638 pt.</summary>
    public const double MaxFontSizePt = 1638;

    /// <summary>Checks <paramref name="theme"/> under the path <c>Theme</c>.</summary>
    public static void Check(ValidationContext context, BulletinTheme theme)
    {
        using var scope = context.Path.Member("Theme");
        context.InPrintedText = false;
        TextRules.Required(context, "Name", theme.Name, "theme name is missing or blank");

        var styles = theme.Styles;
        if (theme.Page is null)
        {
            context.Report("Page", "page setup is missing");
        }
        else
        {
            using var page = context.Path.Member("Page");
            double? bodySize = styles is not null && styles.TryGetValue(TextRole.Body, out var body) && body is not null ? body.SizePt : null;
            PageRules.Check(context, theme.Page, bodySize);
        }

        if (styles is null)
        {
            context.Report("Styles", "styles are missing");
            return;
        }

        using var stylesScope = context.Path.Member("Styles");
        foreach (var role in Enum.GetValues<TextRole>())
        {
            using var roleScope = context.Path.Role(role);
            if (!styles.TryGetValue(role, out var style))
            {
                context.Report($"no style for role {role}; every text role needs one");
            }
            else if (style is null)
            {
                context.Report("style is null");
            }
            else
            {
                CheckStyle(context, style);
            }
        }
    }

    private static void CheckStyle(ValidationContext context, TextStyle style)
    {
        CheckFont(context, style.Font);

        if (!(style.SizePt > 0 && style.SizePt <= MaxFontSizePt))
        {
            context.Report("SizePt", $"size {ProblemText.Number(style.SizePt)} pt is outside (0, {ProblemText.Number(MaxFontSizePt)}] pt, the sizes Word can store");
        }

        NotNegative(context, "FirstLineIndentChars", style.FirstLineIndentChars, "first-line indent");
        NotNegative(context, "StartIndentChars", style.StartIndentChars, "start indent");
        NotNegative(context, "SpaceBeforePt", style.SpaceBeforePt, "space before");
        NotNegative(context, "SpaceAfterPt", style.SpaceAfterPt, "space after");

        if (!(style.LineSpacing.Value > 0) || double.IsInfinity(style.LineSpacing.Value))
        {
            context.Report("LineSpacing", $"line spacing must be positive, is {ProblemText.Number(style.LineSpacing.Value)}");
        }

        if (style.OutlineLevel is < 0 or > 8)
        {
            context.Report("OutlineLevel", $"outline level {style.OutlineLevel} is outside 0–8, the levels Word has");
        }

        if (!double.IsFinite(style.LetterSpacingPt))
        {
            context.Report("LetterSpacingPt", $"letter spacing must be a finite number, is {ProblemText.Number(style.LetterSpacingPt)}");
        }

        if (style.Alignment is < TextAlignment.Start or > TextAlignment.Distribute)
        {
            context.Report("Alignment", $"alignment {(int)style.Alignment} is not a TextAlignment");
        }
    }

    private static void CheckFont(ValidationContext context, FontSpec? font)
    {
        if (font is null)
        {
            context.Report("Font", "font is missing");
            return;
        }

        using var scope = context.Path.Member("Font");
        TextRules.Required(context, "WordEastAsian", font.WordEastAsian, "Word East Asian font name is missing or blank");
        TextRules.Required(context, "WordLatin", font.WordLatin, "Word Latin font name is missing or blank");
        TextRules.Required(context, "PdfFamily", font.PdfFamily, "PDF font family is missing or blank");
        if (context.Fonts is { } fonts && !string.IsNullOrWhiteSpace(font.PdfFamily) && !fonts.HasFamily(font.PdfFamily))
        {
            var registered = fonts.Families.Count == 0 ? "no font is registered; DefaultFonts.CreateRegistry() in Bulletin.Docs.Fonts has open CJK fonts" : "registered: " + string.Join(", ", fonts.Families);
            context.Report("PdfFamily", $"font family '{font.PdfFamily}' is not registered ({registered})");
        }
    }

    /// <summary>Reports a negative or non-finite length; NaN fails the comparison and is reported too.</summary>
    internal static void NotNegative(ValidationContext context, string member, double value, string name)
    {
        if (!(value >= 0) || double.IsInfinity(value))
        {
            context.Report(member, $"{name} must be zero or positive, is {ProblemText.Number(value)}");
        }
    }
}
