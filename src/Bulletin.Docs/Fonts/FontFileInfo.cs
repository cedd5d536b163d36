using System.Buffers.Binary;
using System.Text;

namespace Bulletin.Docs.Fonts;

/// <summary>
/// What registration needs from one face of a font file, read from its table directory and its
/// 'name', 'OS/2' and 'head' tables without loading the outlines.
/// </summary>
/// <param name="FaceIndex">Index of the face in a .ttc collection, 0 for a single font.</param>
/// <param name="Family">Preferred family name: the typographic family (name id 16) in English if present, else name id 1.</param>
/// <param name="AllFamilyNames">Every family name (ids 1 and 16) in every language, e.g. SimSun and 宋体.</param>
/// <param name="Weight">OS/2 usWeightClass, 100–900.</param>
/// <param name="Italic">Italic or oblique.</param>
/// <param name="HasTrueTypeOutlines">A 'glyf' table is present.</param>
/// <param name="HasCffOutlines">A 'CFF ' or 'CFF2' table is present.</param>
internal sealed record FontFileInfo(
    int FaceIndex,
    string Family,
    IReadOnlyList<string> AllFamilyNames,
    int Weight,
    bool Italic,
    bool HasTrueTypeOutlines,
    bool HasCffOutlines)
{
    private const uint TagTtcf = 0x74746366; // 'ttcf'
    private const uint TagName = 0x6E616D65; // 'name'
    private const uint TagOs2 = 0x4F532F32;  // 'OS/2'
    private const uint TagHead = 0x68656164; // 'head'
    private const uint TagGlyf = 0x676C7966; // 'glyf'
    private const uint TagCff = 0x43464620;  // 'CFF '
    private const uint TagCff2 = 0x43464632; // 'CFF2'
    private const ushort FamilyNameId = 1;
    private const ushort TypographicFamilyNameId = 16;

    /// <summary>Reads every face of a font file or collection.</summary>
    /// <param name="read">Reads <c>length</c> bytes at <c>offset</c> of the file (fewer at its end).</param>
    /// <param name="sourceName">Names the source in error messages.</param>
    public static IReadOnlyList<FontFileInfo> ReadAll(Func<long, int, byte[]> read, string sourceName)
    {
        var header = read(0, 12);
        if (header.Length < 12)
            throw new InvalidDataException($"{sourceName} is not a font file (too short).");
        var tag = BinaryPrimitives.ReadUInt32BigEndian(header);
        if (tag != TagTtcf)
            return [ReadFace(read, 0, 0, sourceName)];
        var count = (int)BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(8));
        if (count is <= 0 or > 10_000)
            throw new InvalidDataException($"{sourceName}: font collection header is damaged.");
        var offsets = read(12, 4 * count);
        var faces = new FontFileInfo[count];
        for (var i = 0; i < count; i++)
            faces[i] = ReadFace(read, BinaryPrimitives.ReadUInt32BigEndian(offsets.AsSpan(4 * i)), i, sourceName);
        return faces;
    }

    private static FontFileInfo ReadFace(Func<long, int, byte[]> read, long offset, int faceIndex, string sourceName)
    {
        var directory = read(offset, 12);
        if (directory.Length < 12)
            throw new InvalidDataException($"{sourceName}: face {faceIndex} has no table directory.");
        var version = BinaryPrimitives.ReadUInt32BigEndian(directory);
        if (version is not (0x00010000 or 0x4F54544F /* OTTO */ or 0x74727565 /* true */))
            throw new InvalidDataException($"{sourceName} is not a TrueType/OpenType font (signature 0x{version:X8}).");
        int tableCount = BinaryPrimitives.ReadUInt16BigEndian(directory.AsSpan(4));
        var records = read(offset + 12, 16 * tableCount);
        if (records.Length < 16 * tableCount)
            throw new InvalidDataException($"{sourceName}: table directory is truncated.");

        (long Offset, int Length) name = default, os2 = default, head = default;
        bool glyf = false, cff = false;
        (uint Tag, long End) last = default;
        for (var i = 0; i < tableCount; i++)
        {
            var record = records.AsSpan(16 * i, 16);
            var tableTag = BinaryPrimitives.ReadUInt32BigEndian(record);
            var location = ((long)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
            var end = location.Item1 + (uint)location.Item2;
            if (end > last.End)
                last = (tableTag, end);
            switch (tableTag)
            {
                case TagName: name = location; break;
                case TagOs2: os2 = location; break;
                case TagHead: head = location; break;
                case TagGlyf: glyf = true; break;
                case TagCff or TagCff2: cff = true; break;
            }
        }

        // A cut-off file (an interrupted download or copy) keeps its table directory and names, and
        // would fail only when first drawn; its last table must end inside the file (OpenType, "Table Directory").
        if (last.End > 0 && read(last.End - 1, 1).Length == 0)
            throw new InvalidDataException($"{sourceName}: face {faceIndex}'s table '{TagText(last.Tag)}' runs past the end of the file (is the file cut short?).");

        var names = name.Length > 0 ? ReadFamilyNames(read(name.Offset, name.Length)) : [];
        var weight = 400;
        var italic = false;
        if (os2.Length >= 64)
        {
            var table = read(os2.Offset, 64);
            weight = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(4));
            var selection = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(62));
            italic = (selection & 0x0001) != 0 || (selection & 0x0200) != 0;
        }
        else if (head.Length >= 46)
        {
            var table = read(head.Offset, 46);
            var macStyle = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(44));
            weight = (macStyle & 1) != 0 ? 700 : 400;
            italic = (macStyle & 2) != 0;
        }
        // Some old fonts store 1–9 instead of 100–900.
        if (weight is > 0 and < 10) weight *= 100;
        weight = Math.Clamp(weight, 1, 1000);

        var family = PreferredFamily(names) ?? throw new InvalidDataException($"{sourceName}: face {faceIndex} has no family name.");
        var all = new List<string>();
        foreach (var entry in names)
            if (!all.Contains(entry.Name, StringComparer.OrdinalIgnoreCase))
                all.Add(entry.Name);
        return new FontFileInfo(faceIndex, family, all, weight, italic, glyf, cff);
    }

    private static string TagText(uint tag) =>
        string.Create(4, tag, static (chars, value) =>
        {
            for (var i = 0; i < 4; i++)
                chars[i] = (char)((value >> (24 - 8 * i)) & 0xFF);
        });

    private static string? PreferredFamily(List<(ushort NameId, bool English, string Name)> names)
    {
        foreach (var id in (ReadOnlySpan<ushort>)[TypographicFamilyNameId, FamilyNameId])
        {
            foreach (var entry in names)
                if (entry.NameId == id && entry.English)
                    return entry.Name;
            foreach (var entry in names)
                if (entry.NameId == id)
                    return entry.Name;
        }
        return null;
    }

    private static List<(ushort NameId, bool English, string Name)> ReadFamilyNames(byte[] table)
    {
        var result = new List<(ushort, bool, string)>();
        if (table.Length < 6) return result;
        int count = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(2));
        int storage = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(4));
        for (var i = 0; i < count && 6 + 12 * (i + 1) <= table.Length; i++)
        {
            var record = table.AsSpan(6 + 12 * i, 12);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var language = BinaryPrimitives.ReadUInt16BigEndian(record[4..]);
            var nameId = BinaryPrimitives.ReadUInt16BigEndian(record[6..]);
            int length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
            var start = storage + BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
            if (nameId is not (FamilyNameId or TypographicFamilyNameId) || start + length > table.Length)
                continue;
            var bytes = table.AsSpan(start, length);
            string? text = (platform, encoding) switch
            {
                (0, _) or (3, 0) or (3, 1) or (3, 10) => Encoding.BigEndianUnicode.GetString(bytes),
                (1, 0) when IsAscii(bytes) => Encoding.ASCII.GetString(bytes),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(text))
                result.Add((nameId, platform == 1 ? language == 0 : language == 0x0409, text.Trim()));
        }
        return result;
    }

    private static bool IsAscii(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
            if (b >= 0x80) return false;
        return true;
    }
}
