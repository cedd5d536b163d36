using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Validation;

/// <summary>Checks a bulletin and its theme before anything is written.</summary>
public static class BulletinValidator
{
    /// <summary>Every problem in <paramref name="document"/> and <paramref name="theme"/>, each with its path.</summary>
    public static IReadOnlyList<ValidationProblem> Validate(BulletinDocument document, BulletinTheme theme)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(theme);
        return []; // Placeholder until the validation rules land (issue #2).
    }

    /// <summary>Throws a <see cref="BulletinValidationException"/> listing every problem, if there is any.</summary>
    /// <exception cref="BulletinValidationException">The document or theme has problems.</exception>
    public static void ThrowIfInvalid(BulletinDocument document, BulletinTheme theme)
    {
        var problems = Validate(document, theme);
        if (problems.Count > 0)
        {
            throw new BulletinValidationException(problems);
        }
    }
}
