using System.Globalization;
using Bulletin.Docs.Composition;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Validation;

/// <summary>Rules for the fonts the PDF draws with, beyond the coverage of the model's own text.</summary>
internal static class FontRules
{
    /// <summary>
    /// The characters the writers add (｜（）, 年月日, — n —, 本期要目 …) must be covered too, or
    /// they would be drawn as empty boxes; reported under <c>Fonts</c>.
    /// </summary>
    public static void CheckAddedCharacters(ValidationContext context, FontRegistry fonts)
    {
        if (fonts.Families.Count == 0)
        {
            return;
        }

        foreach (var missing in fonts.FindMissing("Fonts", PrintedForms.AddedCharacters))
        {
            var character = char.ConvertFromUtf32(missing.CodePoint);
            context.Report("Fonts", string.Create(CultureInfo.InvariantCulture, $"U+{missing.CodePoint:X4} {character}, which the writers add to labels, dates and page numbers, is not covered by any registered font"));
        }
    }
}
