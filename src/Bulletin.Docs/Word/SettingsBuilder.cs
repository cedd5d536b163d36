using Bulletin.Docs.Theme;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>Builds <c>settings.xml</c>, in the schema order of ECMA-376 §17.15.1.78.</summary>
internal static class SettingsBuilder
{
    /// <param name="theme">The theme.</param>
    /// <param name="language">The document's languages.</param>
    /// <param name="embedsFonts">The font table embeds fonts (<see cref="WordOptions.EmbedFonts"/>).</param>
    public static W.Settings Build(BulletinTheme theme, WordLanguage language, bool embedsFonts = false)
    {
        var body = theme[TextRole.Body];
        var settings = new W.Settings(new W.Zoom { Percent = "100" });
        if (embedsFonts)
        {
            // The fonts are embedded, as subsets (§17.15.1.43, §17.15.1.74): Word keeps embedding
            // them, subset, when the reader saves the file again.
            settings.Append(new W.EmbedTrueTypeFonts(), new W.SaveSubsetFonts());
        }

        settings.Append(new W.DefaultTabStop { Val = (short)WordUnits.Twips(2 * body.SizePt) });
        if (theme.Page.PageNumberPosition == PageNumberPosition.Outside && theme.Page.PageNumbers != PageNumberFormat.None)
        {
            // Odd and even footers differ when the number sits outside (GB/T 9704 §7.5).
            settings.Append(new W.EvenAndOddHeaders());
        }

        settings.Append(
            // 标点挤压 (docs/typography.md §2, §7).
            new W.CharacterSpacingControl { Val = W.CharacterSpacingValues.CompressPunctuation },
            // A line ended by w:br is not spread over the width in a justified paragraph.
            new W.Compatibility(new W.DoNotExpandShiftReturn(), new W.CompatibilitySetting
            {
                Name = W.CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            new W.ThemeFontLanguages { Val = language.Latin, EastAsia = language.EastAsian },
            new W.DecimalSymbol { Val = "." },
            new W.ListSeparator { Val = "," });
        return settings;
    }
}
