using Bulletin.Docs.Fonts;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Validation;

/// <summary>
/// Checks a bulletin and its theme before anything is written. Every problem is reported at once,
/// in model order (masthead, edition, items, distribution, metadata), then the theme's, each with a C#-like
/// path such as <c>Items[3].Body[5].Inlines[0]</c>.
/// </summary>
/// <remarks>
/// Besides the structural rules, every string of the model must hold only characters XML 1.0 can
/// carry, and no line structure (CR, LF, tab, NEL, U+2028, U+2029) or other control characters: a
/// line break inside a paragraph is a <see cref="LineBreak"/> inline, headline and subheading lines
/// are separate entries. Printed text may not hold right-to-left scripts (Hebrew, Arabic …) or
/// bidirectional controls, which the PDF cannot order (no UAX #9). Optional texts are <c>null</c> for
/// none, never blank. Validation is linear in the size of the document and allocates only for the
/// problems it finds. It is thread-safe: each call has its own state.
/// </remarks>
public static class BulletinValidator
{
    /// <summary>Every problem in <paramref name="document"/> and <paramref name="theme"/>, each with its path.</summary>
    public static IReadOnlyList<ValidationProblem> Validate(BulletinDocument document, BulletinTheme theme) =>
        Validate(document, theme, fonts: null);

    /// <summary>
    /// Every problem in <paramref name="document"/> and <paramref name="theme"/>, and, when
    /// <paramref name="fonts"/> is given, every printed character that no registered font covers
    /// (what the PDF and PNG writers check before drawing).
    /// </summary>
    public static IReadOnlyList<ValidationProblem> Validate(BulletinDocument document, BulletinTheme theme, FontRegistry? fonts) =>
        Validate(document, theme, fonts, ImageRules.DefaultMaxPixels);

    /// <summary>Throws a <see cref="BulletinValidationException"/> listing every problem <see cref="Validate(BulletinDocument, BulletinTheme, FontRegistry?, long)"/> finds.</summary>
    internal static void ThrowIfInvalid(BulletinDocument document, BulletinTheme theme, FontRegistry? fonts, long maxImagePixels)
    {
        var problems = Validate(document, theme, fonts, maxImagePixels);
        if (problems.Count > 0)
        {
            throw new BulletinValidationException(problems);
        }
    }

    /// <summary>Every problem, with images checked against a budget of <paramref name="maxImagePixels"/> pixels.</summary>
    internal static IReadOnlyList<ValidationProblem> Validate(BulletinDocument document, BulletinTheme theme, FontRegistry? fonts, long maxImagePixels)
    {
        ArgumentNullException.ThrowIfNull(document);
        var context = new ValidationContext(fonts) { MaxImagePixels = maxImagePixels };
        DocumentWalker.Walk(context, document);
        if (theme is null)
        {
            // BulletinOptions.Theme = null! reaches here: a problem of the input, not of the caller's code.
            context.Report("Theme", "theme is missing; use one of BulletinThemes or your own");
            return context.Problems;
        }

        ThemeRules.Check(context, theme);
        EditionRules.CheckAgainstTheme(context, document, theme);
        PlacementRules.CheckAgainstTheme(context, document, theme);
        MastheadRules.CheckAgainstTheme(context, document, theme);
        if (fonts is not null)
        {
            FontRules.CheckAddedCharacters(context, fonts);
        }

        return context.Problems;
    }

    /// <summary>Throws a <see cref="BulletinValidationException"/> listing every problem, if there is any.</summary>
    /// <exception cref="BulletinValidationException">The document or theme has problems.</exception>
    public static void ThrowIfInvalid(BulletinDocument document, BulletinTheme theme, FontRegistry? fonts = null)
    {
        var problems = Validate(document, theme, fonts);
        if (problems.Count > 0)
        {
            throw new BulletinValidationException(problems);
        }
    }
}
