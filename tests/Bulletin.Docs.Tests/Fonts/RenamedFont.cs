using System.Buffers.Binary;
using System.Text;

namespace Bulletin.Docs.Tests.Fonts;

/// <summary>
/// A copy of a TrueType font whose 'name' table declares other family names, the way a licensed
/// 仿宋 or 方正小标宋 file names itself, so tests can exercise lookup by Word family name without
/// shipping such a font. The new table is appended and the directory entry pointed at it
/// (checksums are not checked by the readers involved).
/// </summary>
internal static class RenamedFont
{
    private const uint NameTag = 0x6E616D65; // 'name'

    /// <summary>The font at <paramref name="path"/> with family names <paramref name="english"/> (en-US) and <paramref name="chinese"/> (zh-CN).</summary>
    public static byte[] Create(string path, string english, string chinese)
    {
        var font = File.ReadAllBytes(path);
        var table = NameTable((0x0409, english), (0x0804, chinese));
        int tables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var offset = (font.Length + 3) & ~3;
        var result = new byte[offset + table.Length];
        font.CopyTo(result, 0);
        table.CopyTo(result, offset);
        for (var i = 0; i < tables; i++)
        {
            var record = result.AsSpan(12 + (16 * i), 16);
            if (BinaryPrimitives.ReadUInt32BigEndian(record) != NameTag) continue;
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)table.Length);
            return result;
        }
        throw new InvalidDataException($"{path} has no 'name' table.");
    }

    private static byte[] NameTable(params (ushort Language, string Family)[] names)
    {
        // Windows platform (3), Unicode BMP (1); name id 1 (family) and 2 (subfamily) per language.
        var records = new List<(ushort Language, ushort Id, byte[] Text)>();
        foreach (var (language, family) in names)
        {
            records.Add((language, 1, Encoding.BigEndianUnicode.GetBytes(family)));
            records.Add((language, 2, Encoding.BigEndianUnicode.GetBytes("Regular")));
        }
        records.Sort((a, b) => (a.Language, a.Id).CompareTo((b.Language, b.Id)));
        var storageOffset = 6 + (12 * records.Count);
        var table = new byte[storageOffset + records.Sum(r => r.Text.Length)];
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(2), (ushort)records.Count);
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(4), (ushort)storageOffset);
        var text = 0;
        for (var i = 0; i < records.Count; i++)
        {
            var record = table.AsSpan(6 + (12 * i), 12);
            BinaryPrimitives.WriteUInt16BigEndian(record, 3);
            BinaryPrimitives.WriteUInt16BigEndian(record[2..], 1);
            BinaryPrimitives.WriteUInt16BigEndian(record[4..], records[i].Language);
            BinaryPrimitives.WriteUInt16BigEndian(record[6..], records[i].Id);
            BinaryPrimitives.WriteUInt16BigEndian(record[8..], (ushort)records[i].Text.Length);
            BinaryPrimitives.WriteUInt16BigEndian(record[10..], (ushort)text);
            records[i].Text.CopyTo(table, storageOffset + text);
            text += records[i].Text.Length;
        }
        return table;
    }
}
