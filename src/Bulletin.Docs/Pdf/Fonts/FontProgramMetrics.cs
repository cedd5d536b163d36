using System.Buffers.Binary;
using System.Text;
using Bulletin.Docs.Fonts;
using HarfBuzzSharp;

namespace Bulletin.Docs.Pdf.Fonts;

/// <summary>
/// What a font descriptor (ISO 32000-1, 9.8, Table 122) says about a face, read from its 'head',
/// 'OS/2', 'post' and 'name' tables. Lengths are in glyph space (1000 units per em).
/// </summary>
internal sealed record FontProgramMetrics(
    string PostScriptName,
    double[] BoundingBox,
    double Ascent,
    double Descent,
    double CapHeight,
    double ItalicAngle,
    bool FixedPitch,
    bool Serif,
    int StemV)
{
    public static FontProgramMetrics Of(FontFace face)
    {
        var scale = 1000.0 / face.UnitsPerEm;
        using var head = face.HarfBuzzFace.ReferenceTable(Tag.Parse("head"));
        using var os2 = face.HarfBuzzFace.ReferenceTable(Tag.Parse("OS/2"));
        using var post = face.HarfBuzzFace.ReferenceTable(Tag.Parse("post"));
        using var name = face.HarfBuzzFace.ReferenceTable(Tag.Parse("name"));

        var box = head.AsSpan() is { Length: >= 54 } h
            ? new[] { Read16(h, 36) * scale, Read16(h, 38) * scale, Read16(h, 40) * scale, Read16(h, 42) * scale }
            : [0, -face.DescentEm * 1000.0, 1000, face.AscentEm * 1000.0];
        var o = os2.AsSpan();
        // OpenType OS/2: sCapHeight exists from version 2; without it, the ascent stands in.
        var capHeight = o.Length >= 90 && BinaryPrimitives.ReadUInt16BigEndian(o) >= 2 ? Read16(o, 88) * scale : face.AscentEm * 1000.0;
        // sFamilyClass high byte 1–7 are the serif classes; CJK fonts rarely fill it, so the
        // family name's "Serif"/"Song"/"Ming" decides when it is 0.
        var familyClass = o.Length >= 32 ? o[30] : 0;
        var serif = familyClass is >= 1 and <= 7
            || (familyClass == 0 && (face.Family.Contains("Serif", StringComparison.OrdinalIgnoreCase) || face.Family.Contains("Song", StringComparison.OrdinalIgnoreCase) || face.Family.Contains("Ming", StringComparison.OrdinalIgnoreCase)));
        var p = post.AsSpan();
        var italicAngle = p.Length >= 16 ? BinaryPrimitives.ReadInt32BigEndian(p[4..]) / 65536.0 : 0;
        var fixedPitch = p.Length >= 16 && BinaryPrimitives.ReadUInt32BigEndian(p[12..]) != 0;
        // No stem width is stored in TrueType; this is the usual estimate from the weight class.
        var stemV = 10 + (int)(220 * Math.Max(0, face.Weight - 50) / 900.0);
        return new FontProgramMetrics(
            PostScriptNameOf(name.AsSpan(), face),
            box,
            face.AscentEm * 1000.0,
            -face.DescentEm * 1000.0,
            capHeight,
            italicAngle,
            fixedPitch,
            serif,
            stemV);
    }

    private static short Read16(ReadOnlySpan<byte> table, int offset) => BinaryPrimitives.ReadInt16BigEndian(table[offset..]);

    /// <summary>Name id 6 (Windows Unicode or Macintosh Roman), else one made from family and weight.</summary>
    private static string PostScriptNameOf(ReadOnlySpan<byte> name, FontFace face)
    {
        if (name.Length >= 6)
        {
            int count = BinaryPrimitives.ReadUInt16BigEndian(name[2..]);
            int storage = BinaryPrimitives.ReadUInt16BigEndian(name[4..]);
            for (var i = 0; i < count && 6 + (12 * (i + 1)) <= name.Length; i++)
            {
                var record = name.Slice(6 + (12 * i), 12);
                var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
                var id = BinaryPrimitives.ReadUInt16BigEndian(record[6..]);
                int length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
                int offset = BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
                if (id != 6 || storage + offset + length > name.Length)
                {
                    continue;
                }

                var bytes = name.Slice(storage + offset, length);
                var text = platform is 0 or 3 ? Encoding.BigEndianUnicode.GetString(bytes) : Encoding.Latin1.GetString(bytes);
                if (Sanitize(text) is { Length: > 0 } clean)
                {
                    return clean;
                }
            }
        }

        return Sanitize($"{face.Family}-{(face.Weight >= 600 ? "Bold" : "Regular")}");
    }

    /// <summary>A PostScript name holds printable ASCII without spaces or PDF delimiters, at most 63 characters.</summary>
    private static string Sanitize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is > ' ' and < '\u007f' and not ('[' or ']' or '(' or ')' or '{' or '}' or '<' or '>' or '/' or '%'))
            {
                builder.Append(c);
            }
        }

        return builder.Length > 63 ? builder.ToString(0, 63) : builder.ToString();
    }
}
