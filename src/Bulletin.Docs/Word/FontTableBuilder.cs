using System.Globalization;
using Bulletin.Docs.Theme;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>
/// Builds <c>fontTable.xml</c>: every font the styles name, with the GB2312 character set on the
/// Chinese ones so a reader without the font substitutes a Chinese face rather than a Latin one,
/// and the embedded faces (<see cref="WordOptions.EmbedFonts"/>) on the names that have them.
/// </summary>
internal static class FontTableBuilder
{
    /// <summary>Windows character set GB2312 (ECMA-376 §17.8.3.2).</summary>
    private const string Gb2312 = "86";

    /// <summary>A <c>w:embed…</c> element to write: the slot, the relationship to the font part, and its key.</summary>
    internal readonly record struct Embedding(EmbeddedFontStyle Style, string RelationshipId, string FontKey);

    /// <summary>
    /// Adds a part <c>word/fonts/fontN.odttf</c> for every distinct program of
    /// <paramref name="embeddedFonts"/> (entries that share a face share the part) and a relationship
    /// to it from <paramref name="fontTable"/> for every entry; returns the entries by font name.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<Embedding>> AddEmbeddedFonts(DocxPackage package, DocxPackage.Part fontTable, IReadOnlyList<EmbeddedFont> embeddedFonts)
    {
        var targets = new Dictionary<EmbeddedFontProgram, string>(ReferenceEqualityComparer.Instance);
        var byName = new Dictionary<string, IReadOnlyList<Embedding>>(StringComparer.Ordinal);
        foreach (var font in embeddedFonts)
        {
            if (!targets.TryGetValue(font.Program, out var target))
            {
                target = $"fonts/font{(targets.Count + 1).ToString(CultureInfo.InvariantCulture)}.odttf";
                targets.Add(font.Program, target);
                package.AddPart("word/" + target, DocxContentTypes.ObfuscatedFont, font.Program.Obfuscated, deflate: true);
            }

            var embedding = new Embedding(font.Style, fontTable.Relationships.Add(DocxContentTypes.FontRelationship, target), font.Program.FontKey);
            byName[font.WordName] = byName.TryGetValue(font.WordName, out var list) ? [.. list, embedding] : [embedding];
        }

        return byName;
    }

    public static W.Fonts Build(BulletinTheme theme, IReadOnlyDictionary<string, IReadOnlyList<Embedding>>? embeddings = null)
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
            if (embeddings is not null && embeddings.TryGetValue(name, out var embedded))
            {
                // In schema order (CT_Font, §17.8.3.10): regular, bold, italic, bold italic.
                font.Append(embedded.OrderBy(embedding => embedding.Style).Select(Embed));
            }

            fonts.Append(font);
        }

        return fonts;
    }

    /// <summary>The <c>w:embedRegular</c>, <c>w:embedBold</c> … element of <paramref name="embedding"/>, marked as a subset (§17.8.3.3–§17.8.3.6).</summary>
    private static W.FontRelationshipType Embed(Embedding embedding)
    {
        W.FontRelationshipType element = embedding.Style switch
        {
            EmbeddedFontStyle.Regular => new W.EmbedRegularFont(),
            EmbeddedFontStyle.Bold => new W.EmbedBoldFont(),
            EmbeddedFontStyle.Italic => new W.EmbedItalicFont(),
            EmbeddedFontStyle.BoldItalic => new W.EmbedBoldItalicFont(),
            _ => throw new ArgumentOutOfRangeException(nameof(embedding), embedding.Style, "Unknown embedded font style."),
        };
        element.Id = embedding.RelationshipId;
        element.FontKey = embedding.FontKey;
        element.Subsetted = WordFormatting.On;
        return element;
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
