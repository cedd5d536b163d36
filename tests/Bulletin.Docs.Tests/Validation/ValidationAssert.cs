using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;
using Bulletin.Docs.Validation;

namespace Bulletin.Docs.Tests.Validation;

/// <summary>Runs the validator and returns its problems as "path: message" lines.</summary>
internal static class ValidationAssert
{
    public static string[] Problems(BulletinDocument document, BulletinTheme? theme = null) =>
        [.. BulletinValidator.Validate(document, theme ?? BulletinThemes.Newspaper).Select(p => p.ToString())];

    public static string[] ThemeProblems(BulletinTheme theme) =>
        Problems(SampleBulletins.WithBody(), theme);
}
