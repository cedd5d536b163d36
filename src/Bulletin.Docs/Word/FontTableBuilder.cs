using Bulletin.Docs.Theme;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>
/// Builds <c>fontTable.xml</c>: every font the styles name, with the GB2312 character set on the
/// Chinese ones so a reader without the font substitutes a Chinese face rather than a Latin one.
/// </summary>
internal static class FontTableBuilder
{
    /// <summary>Windows character set GB2312 (ECMA-376 §17.8.3.2).</summary>
    private const string Gb2312 = "86";

    public static W.Fonts Build(BulletinTheme theme)
    {
        var eastAsian = new SortedSet<string>(StringComparer.Ordinal);
        var latin = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var role in Enum.GetValues<TextRole>())
        {
            var font = theme[role].Font;
            eastAsian.Add(font.WordEastAsian);
            latin.Add(font.WordLatin);
        }

        var fonts = new W.Fonts();
        foreach (var name in latin.Where(name => !eastAsian.Contains(name)))
        {
            fonts.Append(new W.Font(
                new W.FontCharSet { Val = "00" },
                new W.FontFamily { Val = W.FontFamilyValues.Roman },
                new W.Pitch { Val = W.FontPitchValues.Variable }) { Name = name });
        }

        foreach (var name in eastAsian)
        {
            var font = new W.Font { Name = name };
            if (AlternateName(name) is { } alternate)
            {
                font.Append(new W.AltName { Val = alternate });
            }

            font.Append(
                new W.FontCharSet { Val = Gb2312 },
                new W.FontFamily { Val = W.FontFamilyValues.Auto },
                new W.Pitch { Val = W.FontPitchValues.Variable });
            fonts.Append(font);
        }

        return fonts;
    }

    /// <summary>A face Windows ships, for fonts that are often missing (仿宋_GB2312, 方正 fonts).</summary>
    private static string? AlternateName(string name) => name switch
    {
        "仿宋_GB2312" => "仿宋",
        "楷体_GB2312" => "楷体",
        _ when name.StartsWith("方正小标宋", StringComparison.Ordinal) => "宋体",
        _ => null,
    };
}
