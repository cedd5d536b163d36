using System.Security.Cryptography;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Pdf.Syntax;

namespace Bulletin.Docs.Pdf.Fonts;

/// <summary>
/// The fonts of one document: a <see cref="PdfFont"/> per face on first use, and at the end each one
/// written as a Type0 font over a CIDFontType2 with Identity-H (ISO 32000-1, 9.7.4–9.7.6), its
/// hb-subset program as FontFile2, /W widths and a ToUnicode CMap (9.10.3).
/// </summary>
internal sealed class PdfFontTable(PdfOutput output)
{
    /// <summary>The default width (/DW): full-width CJK glyphs need no /W entry.</summary>
    private const double DefaultWidth = 1000;

    /// <summary>At most this many entries per bfchar block (9.10.3, via the CMap format's limit).</summary>
    private const int BfCharBlock = 100;

    private readonly Dictionary<FontFace, PdfFont> fonts = [];
    private readonly List<PdfFont> order = [];

    /// <summary>The fonts in first-use order.</summary>
    public IReadOnlyList<PdfFont> Fonts => order;

    public PdfFont Get(FontFace face)
    {
        if (!fonts.TryGetValue(face, out var font))
        {
            font = new PdfFont(face, output.Allocate(), order.Count + 1);
            fonts.Add(face, font);
            order.Add(font);
        }

        return font;
    }

    /// <summary>Writes every font used.</summary>
    /// <exception cref="InvalidOperationException">hb-subset failed for a face.</exception>
    public void WriteAll()
    {
        var body = new PdfBuffer();
        foreach (var font in order)
        {
            Write(font, body);
        }
    }

    private void Write(PdfFont font, PdfBuffer body)
    {
        var glyphs = font.Glyphs().ToList();
        var program = FontSubsetter.Subset(font.Face, glyphs, font.Cmap);
        var metrics = FontProgramMetrics.Of(font.Face);
        // 9.6.4: a subset's name starts with six capital letters and a plus; derived from the
        // glyph set, so the same document gets the same name and a different subset another.
        var baseName = SubsetTag(glyphs) + "+" + metrics.PostScriptName;

        var cidFont = output.Allocate();
        var descriptor = output.Allocate();
        var file = output.Allocate();
        var toUnicode = output.Allocate();

        body.Clear();
        body.Raw("<</Type/Font/Subtype/Type0/BaseFont"u8).Name(baseName)
            .Raw("/Encoding/Identity-H/DescendantFonts["u8).Reference(cidFont)
            .Raw("]/ToUnicode "u8).Reference(toUnicode).Raw(">>"u8);
        output.Write(font.Type0Object, body.Span);

        body.Clear();
        body.Raw("<</Type/Font/Subtype/CIDFontType2/BaseFont"u8).Name(baseName)
            .Raw("/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor "u8).Reference(descriptor)
            .Raw("/DW "u8).Number(DefaultWidth).Raw("/W["u8);
        WriteWidths(font, glyphs, body);
        body.Raw("]/CIDToGIDMap/Identity>>"u8);
        output.Write(cidFont, body.Span);

        body.Clear();
        // Table 123: Symbolic (bit 3) as CID fonts use their own glyph set; FixedPitch, Serif and
        // Italic as the font says.
        var flags = 4 | (metrics.FixedPitch ? 1 : 0) | (metrics.Serif ? 2 : 0) | (font.Face.Italic ? 64 : 0);
        body.Raw("<</Type/FontDescriptor/FontName"u8).Name(baseName)
            .Raw("/Flags "u8).Integer(flags).Raw("/FontBBox["u8);
        foreach (var value in metrics.BoundingBox)
        {
            body.Number(value, 0).Space();
        }

        body.Raw("]/ItalicAngle "u8).Number(metrics.ItalicAngle)
            .Raw("/Ascent "u8).Number(metrics.Ascent, 0)
            .Raw("/Descent "u8).Number(metrics.Descent, 0)
            .Raw("/CapHeight "u8).Number(metrics.CapHeight, 0)
            .Raw("/StemV "u8).Integer(metrics.StemV)
            .Raw("/FontFile2 "u8).Reference(file).Raw(">>"u8);
        output.Write(descriptor, body.Span);

        body.Clear();
        body.Raw("/Length1 "u8).Integer(program.Length);
        output.WriteStream(file, body.Span, program);

        body.Clear();
        WriteToUnicode(font, body);
        output.WriteStream(toUnicode, default, body.Span);
    }

    /// <summary>/W (9.7.4.3): runs of consecutive glyph ids with their widths; the default width is left out.</summary>
    private static void WriteWidths(PdfFont font, List<ushort> glyphs, PdfBuffer body)
    {
        var i = 0;
        while (i < glyphs.Count)
        {
            if (font.Width(glyphs[i]) == DefaultWidth)
            {
                i++;
                continue;
            }

            var start = i;
            while (i + 1 < glyphs.Count && glyphs[i + 1] == glyphs[i] + 1 && font.Width(glyphs[i + 1]) != DefaultWidth)
            {
                i++;
            }

            body.Integer(glyphs[start]).Raw((byte)'[');
            for (var j = start; j <= i; j++)
            {
                body.Number(font.Width(glyphs[j])).Space();
            }

            body.Raw((byte)']');
            i++;
        }
    }

    private static void WriteToUnicode(PdfFont font, PdfBuffer body)
    {
        body.Raw("/CIDInit/ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo<</Registry(Adobe)/Ordering(UCS)/Supplement 0>>def\n/CMapName/Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000><FFFF>\nendcodespacerange\n"u8);
        var entries = font.UnicodeMap().ToList();
        for (var start = 0; start < entries.Count; start += BfCharBlock)
        {
            var count = Math.Min(BfCharBlock, entries.Count - start);
            body.Integer(count).Raw(" beginbfchar\n"u8);
            for (var i = start; i < start + count; i++)
            {
                var (glyph, text) = entries[i];
                body.Raw((byte)'<').Hex16(glyph).Raw("><"u8);
                foreach (var c in text)
                {
                    body.Hex16(c);
                }

                body.Raw(">\n"u8);
            }

            body.Raw("endbfchar\n"u8);
        }

        body.Raw("endcmap\nCMapName currentdict/CMap defineresource pop\nend\nend\n"u8);
    }

    private static string SubsetTag(List<ushort> glyphs)
    {
        var bytes = new byte[glyphs.Count * 2];
        for (var i = 0; i < glyphs.Count; i++)
        {
            bytes[2 * i] = (byte)(glyphs[i] >> 8);
            bytes[(2 * i) + 1] = (byte)glyphs[i];
        }

        var hash = SHA256.HashData(bytes);
        var tag = new char[6];
        for (var i = 0; i < tag.Length; i++)
        {
            tag[i] = (char)('A' + (hash[i] % 26));
        }

        return new string(tag);
    }
}
