using System.Buffers.Binary;
using System.Globalization;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Theme;
using HarfBuzzTag = HarfBuzzSharp.Tag;

namespace Bulletin.Docs.Word;

/// <summary>A face to embed under a font-table name and style, with the subset program it stores.</summary>
/// <param name="WordName">The <c>w:font</c> name.</param>
/// <param name="Style">The <c>w:embed…</c> slot.</param>
/// <param name="Program">The obfuscated subset; entries that share a face share one program and one part.</param>
/// <param name="Family">The registered family of the face, so a run the PDF sets in it as a fallback can name the font-table entry that holds it.</param>
internal sealed record EmbeddedFont(string WordName, EmbeddedFontStyle Style, EmbeddedFontProgram Program, string Family);

/// <summary>One obfuscated font part's content.</summary>
/// <param name="FontKey">The <c>w:fontKey</c> the bytes are obfuscated with (§17.8.1).</param>
/// <param name="Obfuscated">The subset TrueType font, its first 32 bytes XORed with the key.</param>
/// <param name="Face">The face subset, for messages.</param>
/// <param name="CharacterCount">How many characters the subset maps.</param>
internal sealed record EmbeddedFontProgram(string FontKey, byte[] Obfuscated, string Face, int CharacterCount);

/// <summary>
/// Chooses the faces a Word file embeds (the PDF's face for each role, under the role's Word East
/// Asian name) and builds their obfuscated subsets from the characters the layout drew with them.
/// </summary>
internal static class FontEmbedding
{
    private static readonly HarfBuzzTag Os2 = HarfBuzzTag.Parse("OS/2");

    // Name records kept in the subset: copyright, family, style, unique id, full name, version and
    // PostScript name (0–6), the licence and its URL (13, 14, which the OFL asks every copy to
    // carry), and the typographic family and style (16, 17).
    private static readonly uint[] KeptNameIds = [0, 1, 2, 3, 4, 5, 6, 13, 14, 16, 17];

    /// <summary>A planned entry and the face it stands for.</summary>
    internal sealed record Planned(EmbeddedFace Report, FontFace Face);

    /// <summary>See <see cref="DocxFontEmbedding.Plan"/>.</summary>
    public static IReadOnlyList<Planned> Plan(BulletinTheme theme, FontRegistry fonts)
    {
        var chosen = new Dictionary<(string Name, EmbeddedFontStyle Style), Planned>();
        var familyOfName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, style) in theme.Styles.OrderBy(pair => pair.Key))
        {
            var name = style.Font.WordEastAsian;
            var (family, standIn) = PdfFaces.Choose(style.Font, fonts);
            var roleFace = fonts.Resolve(family, style.Bold ? 700 : 400, style.Italic).Face;
            if (familyOfName.TryGetValue(name, out var first))
            {
                if (first != roleFace.Family)
                {
                    var reason = $"Word shows one embedded font per name (MS-OI29500 §2.1.260) and {name} embeds {first}";
                    chosen.TryAdd((name, StyleOf(roleFace)), new Planned(new EmbeddedFace(name, StyleOf(roleFace), roleFace.ToString(), standIn, reason), roleFace));
                }

                continue;
            }

            // Every style of the family, not only the roles' own: the PDF sets 加粗 and 强调 runs
            // in the family's bold face, and Word draws them from the name's bold slot (or, without
            // one, emboldens the regular face, which must then hold those characters too).
            familyOfName.Add(name, roleFace.Family);
            foreach (var (weight, italic) in new[] { (400, false), (700, false), (400, true), (700, true) })
            {
                var face = fonts.Resolve(family, weight, italic).Face;
                var slot = StyleOf(face);
                if (face.Family == roleFace.Family && slot == StyleOf(weight, italic))
                {
                    chosen.TryAdd((name, slot), new Planned(new EmbeddedFace(name, slot, face.ToString(), standIn, Refusal(face)), face));
                }
            }
        }

        return [.. chosen.OrderBy(pair => pair.Key.Name, StringComparer.Ordinal).ThenBy(pair => pair.Key.Style).Select(pair => pair.Value)];
    }

    /// <summary>
    /// The faces to embed for a document laid out as <paramref name="layout"/>: every planned face
    /// that is allowed and draws at least one character, subset to the characters it draws.
    /// </summary>
    /// <exception cref="InvalidOperationException">hb-subset failed.</exception>
    public static IReadOnlyList<EmbeddedFont> Build(BulletinTheme theme, FontRegistry fonts, LaidOutDocument layout)
    {
        var drawn = DrawnCharacters(layout);
        var programs = new Dictionary<FontFace, EmbeddedFontProgram>(ReferenceEqualityComparer.Instance);
        var result = new List<EmbeddedFont>();
        foreach (var planned in Plan(theme, fonts).Where(planned => planned.Report.IsEmbedded))
        {
            if (!drawn.TryGetValue(planned.Face, out var characters))
            {
                continue;
            }

            if (!programs.TryGetValue(planned.Face, out var program))
            {
                programs.Add(planned.Face, program = Program(planned.Face, characters));
            }

            result.Add(new EmbeddedFont(planned.Report.WordName, planned.Report.Style, program, planned.Face.Family));
        }

        return result;
    }

    /// <summary>
    /// Why the licence of a face with OS/2 <paramref name="fsType"/> forbids embedding it in an
    /// editable, subset Word file, or <c>null</c> when it allows it. OpenType OS/2 table, fsType:
    /// bits 1–3 are the usage permission (restricted, preview and print, editable; none set is
    /// installable; the least restrictive bit set applies), bit 8 forbids subsetting, bit 9 allows
    /// bitmap embedding only.
    /// </summary>
    public static string? Refusal(ushort fsType)
    {
        var code = "OS/2 fsType 0x" + fsType.ToString("X4", CultureInfo.InvariantCulture);
        var usage = fsType & 0x000E;
        if (usage != 0 && (usage & 0x0008) == 0)
        {
            return (usage & 0x0004) != 0
                ? $"its licence allows print-and-preview embedding only ({code}), which would make the Word file read-only"
                : $"its licence forbids embedding ({code}, restricted licence)";
        }

        if ((fsType & 0x0200) != 0)
        {
            return $"its licence allows bitmap embedding only ({code})";
        }

        return (fsType & 0x0100) != 0 ? $"its licence forbids subsetting ({code})" : null;
    }

    private static string? Refusal(FontFace face)
    {
        using var table = face.HarfBuzzFace.ReferenceTable(Os2);
        var os2 = table.AsSpan();
        return os2.Length < 10
            ? "it has no OS/2 table, so its embedding licence is unknown"
            : Refusal(BinaryPrimitives.ReadUInt16BigEndian(os2[8..]));
    }

    private static EmbeddedFontStyle StyleOf(FontFace face) => StyleOf(face.Weight, face.Italic);

    private static EmbeddedFontStyle StyleOf(int weight, bool italic) => (weight >= 600, italic) switch
    {
        (false, false) => EmbeddedFontStyle.Regular,
        (true, false) => EmbeddedFontStyle.Bold,
        (false, true) => EmbeddedFontStyle.Italic,
        (true, true) => EmbeddedFontStyle.BoldItalic,
    };

    /// <summary>For every face the layout drew with, the characters it drew (that its cmap maps), in code point order.</summary>
    private static Dictionary<FontFace, SortedSet<int>> DrawnCharacters(LaidOutDocument layout)
    {
        var drawn = new Dictionary<FontFace, SortedSet<int>>(ReferenceEqualityComparer.Instance);
        foreach (var run in layout.Pages.SelectMany(page => page.Elements).OfType<TextLineElement>().SelectMany(line => line.Line.Runs))
        {
            foreach (var rune in run.Text.EnumerateRunes())
            {
                if (!run.Font.Covers(rune.Value))
                {
                    continue;
                }

                if (!drawn.TryGetValue(run.Font, out var characters))
                {
                    drawn.Add(run.Font, characters = []);
                }

                characters.Add(rune.Value);
            }
        }

        return drawn;
    }

    /// <summary>
    /// <paramref name="face"/> subset to <paramref name="characters"/> by hb-subset (with the glyphs
    /// its layout features reach, so Word can still shape), then obfuscated.
    /// </summary>
    private static EmbeddedFontProgram Program(FontFace face, IReadOnlyCollection<int> characters)
    {
        var subset = FontSubsetRun.Run(face, input =>
        {
            FontSubsetRun.AddAll(input, FontSubsetRun.UnicodeSet, characters.Select(character => (uint)character));
            FontSubsetRun.AddAll(input, FontSubsetRun.NameIdSet, KeptNameIds);
        }, flags: 0);
        var key = FontObfuscation.KeyFor(subset);
        return new EmbeddedFontProgram(key, FontObfuscation.Apply(subset, key), face.ToString(), characters.Count);
    }
}
