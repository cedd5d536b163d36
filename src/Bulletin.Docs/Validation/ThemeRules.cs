using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Validation;

/// <summary>Rules for a theme: a name, a usable page, and a complete, sane style for every text role.</summary>
internal static class ThemeRules
{
    /// <summary>Word stores font sizes in half-points up to 3276 (ECMA-376 §17.3.2.38, ST_HpsMeasure), so 1638 pt.</summary>
    public const double MaxFontSizePt = 1638;

    /// <summary>The smallest font size Word accepts, 1 pt.</summary>
    public const double MinFontSizePt = 1;

    /// <summary>
    /// The largest length Word stores in a twips field (indents, paragraph and letter spacing, page
    /// size, margins): 31680 twips (ST_TwipsMeasure and ST_SignedTwipsMeasure as the Open XML
    /// validator checks them), 1584 pt or 22 inches.
    /// </summary>
    public const double MaxTwipsPt = 1584;

    /// <summary>The smallest exact line spacing: 1 pt, so the twips Word stores are never 0.</summary>
    public const double MinExactLineSpacingPt = 1;

    /// <summary>The smallest line spacing multiple, 0.06 lines (what Word's paragraph dialog accepts).</summary>
    public const double MinLineSpacingMultiple = 0.06;

    /// <summary>The label a list item's text is indented past, in characters (the DOCX numbering adds it to both indents).</summary>
    public const int ListLabelChars = 2;

    /// <summary>Checks <paramref name="theme"/> under the path <c>Theme</c>.</summary>
    public static void Check(ValidationContext context, BulletinTheme theme)
    {
        using var scope = context.Path.Member("Theme");
        context.InPrintedText = false;
        TextRules.Required(context, "Name", theme.Name, "theme name is missing or blank");

        if (theme.Masthead is < MastheadStyle.Newspaper or > MastheadStyle.Plain)
        {
            context.Report("Masthead", $"masthead style {(int)theme.Masthead} is not a MastheadStyle");
        }

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
                CheckStyle(context, role, style);
            }
        }
    }

    private static void CheckStyle(ValidationContext context, TextRole role, TextStyle style)
    {
        CheckFont(context, style.Font);

        var sizeOk = InRange(context, "SizePt", style.SizePt, MinFontSizePt, MaxFontSizePt, "size", "pt", "the sizes Word can store (w:sz, ECMA-376 §17.3.2.38)");

        // Word stores indents in twips up to 31680 (w:ind, ECMA-376 §17.3.1.12), so 1584 pt: as
        // characters of this style's size, that is 1584 / size.
        var maxIndentChars = sizeOk ? Math.Floor(MaxTwipsPt / style.SizePt) : double.PositiveInfinity;
        var indentsOk = IndentInRange(context, "FirstLineIndentChars", style.FirstLineIndentChars, maxIndentChars, sizeOk, style.SizePt, "first-line indent")
            & IndentInRange(context, "StartIndentChars", style.StartIndentChars, maxIndentChars, sizeOk, style.SizePt, "start indent");
        if (role == TextRole.ListItem && sizeOk && indentsOk && style.FirstLineIndentChars + style.StartIndentChars + ListLabelChars > maxIndentChars)
        {
            context.Report("StartIndentChars", $"start indent {ProblemText.Number(style.StartIndentChars)} plus first-line indent {ProblemText.Number(style.FirstLineIndentChars)} plus the {ListLabelChars}-character list label is more than {ProblemText.Number(maxIndentChars)} characters (a list item's text is indented by all three), {IndentReason(maxIndentChars, style.SizePt)}");
        }

        const string paragraphSpacing = "what Word can store (w:spacing, ECMA-376 §17.3.1.33)";
        InRange(context, "SpaceBeforePt", style.SpaceBeforePt, 0, MaxTwipsPt, "space before", "pt", paragraphSpacing);
        InRange(context, "SpaceAfterPt", style.SpaceAfterPt, 0, MaxTwipsPt, "space after", "pt", paragraphSpacing);

        if (style.LineSpacing.IsExact)
        {
            InRange(context, "LineSpacing", style.LineSpacing.Value, MinExactLineSpacingPt, MaxTwipsPt, "exact line spacing", "pt", paragraphSpacing);
        }
        else
        {
            // Word stores a multiple in 240ths of a line in the same twips field (w:lineRule="auto").
            InRange(context, "LineSpacing", style.LineSpacing.Value, MinLineSpacingMultiple, MaxTwipsPt * 20 / 240, "line spacing multiple", "lines", paragraphSpacing);
        }

        if (style.OutlineLevel is < 0 or > 8)
        {
            context.Report("OutlineLevel", $"outline level {style.OutlineLevel} is outside 0–8, the levels Word has");
        }

        // Word expands or condenses by up to 31680 twips (w:spacing, ECMA-376 §17.3.2.35); the layout
        // needs every character to keep at least half its advance, or lines run backwards.
        var minLetterSpacing = sizeOk ? -style.SizePt / 2 : -MaxTwipsPt;
        InRange(context, "LetterSpacingPt", style.LetterSpacingPt, minLetterSpacing, MaxTwipsPt, "letter spacing", "pt",
            "Word stores at most ±1584 pt (w:spacing, ECMA-376 §17.3.2.35) and characters may close up by at most half their size");

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

    /// <summary>An indent in characters; the reason, which depends on the size, is written only for a problem.</summary>
    private static bool IndentInRange(ValidationContext context, string member, double value, double maxChars, bool sizeOk, double sizePt, string name) =>
        (value >= 0 && value <= maxChars) || InRange(context, member, value, 0, maxChars, name, "characters", sizeOk ? IndentReason(maxChars, sizePt) : "an indent cannot be negative");

    private static string IndentReason(double maxChars, double sizePt) =>
        $"Word stores indents up to {ProblemText.Number(MaxTwipsPt)} pt (w:ind, ECMA-376 §17.3.1.12), {ProblemText.Number(maxChars)} characters of {ProblemText.Number(sizePt)} pt";

    /// <summary>
    /// Reports <paramref name="value"/> outside [<paramref name="min"/>, <paramref name="max"/>]
    /// (NaN fails the comparison and is reported too) with the range and why it is the range; true when in range.
    /// </summary>
    internal static bool InRange(ValidationContext context, string member, double value, double min, double max, string name, string unit, string why)
    {
        if (value >= min && value <= max)
        {
            return true;
        }

        var upper = double.IsPositiveInfinity(max) ? "∞)" : ProblemText.Number(max) + "]";
        context.Report(member, $"{name} {ProblemText.Number(value)} {unit} is outside [{ProblemText.Number(min)}, {upper} {unit}, {why}");
        return false;
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
