using Bulletin.Docs.Model;

namespace Bulletin.Docs.Validation;

/// <summary>Rules for document properties: a plausible BCP 47 language tag and no blank keywords.</summary>
internal static class MetadataRules
{
    /// <summary>Checks <paramref name="metadata"/>; the current position is the metadata.</summary>
    public static void Check(ValidationContext context, DocumentMetadata metadata)
    {
        TextRules.OptionalAnyText(context, "Title", metadata.Title);
        TextRules.OptionalAnyText(context, "Author", metadata.Author);
        TextRules.OptionalAnyText(context, "Subject", metadata.Subject);
        CheckKeywords(context, metadata.Keywords);
        CheckLanguage(context, metadata.Language);
    }

    /// <summary>
    /// True for a well-formed BCP 47 (RFC 5646 §2.1) tag shape: subtags of 1–8 ASCII letters or
    /// digits joined by '-', the first being a 2–8 letter language or <c>x</c>/<c>i</c> followed by
    /// more subtags. The registry is not consulted, so <c>zz-ZZ</c> passes; <c>zh_CN</c> does not.
    /// </summary>
    public static bool IsPlausibleLanguageTag(ReadOnlySpan<char> tag)
    {
        var subtagIndex = 0;
        var first = ReadOnlySpan<char>.Empty;
        foreach (var range in tag.Split('-'))
        {
            var subtag = tag[range];
            if (subtag.Length is 0 or > 8 || subtag.ContainsAnyExcept(AsciiLettersAndDigits))
            {
                return false;
            }

            if (subtagIndex == 0)
            {
                first = subtag;
                if (subtag.ContainsAnyExcept(AsciiLetters) || (subtag.Length == 1 && subtag[0] is not ('x' or 'X' or 'i' or 'I')))
                {
                    return false;
                }
            }

            subtagIndex++;
        }

        return first.Length >= 2 || subtagIndex > 1;
    }

    private static System.Buffers.SearchValues<char> AsciiLettersAndDigits { get; } =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    private static System.Buffers.SearchValues<char> AsciiLetters { get; } =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static void CheckKeywords(ValidationContext context, IReadOnlyList<string?>? keywords)
    {
        if (keywords is null)
        {
            context.Report("Keywords", "keywords are null; use an empty list for none");
            return;
        }

        using var scope = context.Path.Member("Keywords");
        for (var i = 0; i < keywords.Count; i++)
        {
            using var index = context.Path.Index(i);
            TextRules.Required(context, null, keywords[i], "keyword is missing or blank");
        }
    }

    private static void CheckLanguage(ValidationContext context, string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            context.Report("Language", "language is missing or blank; use a BCP 47 tag such as zh-CN");
            return;
        }

        if (!IsPlausibleLanguageTag(language))
        {
            context.Report("Language", $"language {ProblemText.Quote(language)} is not a BCP 47 tag such as zh-CN");
        }
    }
}
