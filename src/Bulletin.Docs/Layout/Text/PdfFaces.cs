using Bulletin.Docs.Fonts;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Text;

/// <summary>
/// Chooses the registered family the PDF sets a <see cref="FontSpec"/> in: the face Word would
/// show (the Word East Asian name or one of its aliases) when it is registered, else the theme's
/// stand-in <see cref="FontSpec.PdfFamily"/>.
/// </summary>
internal static class PdfFaces
{
    /// <summary>The family to resolve <paramref name="font"/> by, and whether it is a stand-in.</summary>
    public static (string Family, bool IsStandIn) Choose(FontSpec font, FontRegistry fonts)
    {
        var real = fonts.FirstRegistered(WordFontNames.Candidates(font.WordEastAsian));
        return real is null ? (font.PdfFamily, true) : (real, false);
    }

    /// <summary>
    /// For every role of <paramref name="theme"/>, in role order, the face wanted and the face used.
    /// </summary>
    /// <exception cref="KeyNotFoundException">A role's stand-in family is not registered (the validator reports this first).</exception>
    public static IReadOnlyList<RoleFace> Report(BulletinTheme theme, FontRegistry fonts)
    {
        var report = new List<RoleFace>();
        foreach (var (role, style) in theme.Styles.OrderBy(p => p.Key))
        {
            var (family, standIn) = Choose(style.Font, fonts);
            var face = fonts.Resolve(family, style.Bold ? 700 : 400, style.Italic).Face;
            report.Add(new RoleFace(role, style.Font.WordEastAsian, face.Family, standIn));
        }
        return report;
    }
}
