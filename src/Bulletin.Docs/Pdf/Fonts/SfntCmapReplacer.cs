using System.Buffers.Binary;

namespace Bulletin.Docs.Pdf.Fonts;

/// <summary>
/// Replaces the <c>cmap</c> table of a TrueType font with one that maps exactly the characters a
/// document drew to the glyphs it drew for them. hb-subset keeps every code point of a retained
/// glyph, so a reader that falls back on the embedded font's cmap would read the zh-Hans dash glyph
/// drawn for U+2014 as U+2015, and 十 as the Kangxi radical U+2F17; with this cmap it agrees with the
/// PDF's ToUnicode map.
/// </summary>
internal static class SfntCmapReplacer
{
    private const int TableRecordSize = 16;
    private const int OffsetTableSize = 12;

    // OpenType spec, 'head' table: checkSumAdjustment = 0xB1B0AFBA − checksum of the whole font.
    private const uint ChecksumMagic = 0xB1B0AFBA;

    private static readonly uint CmapTag = OpenTypeTag.Of("cmap");
    private static readonly uint HeadTag = OpenTypeTag.Of("head");

    public static byte[] Replace(ReadOnlySpan<byte> font, IReadOnlyDictionary<int, ushort> cmap)
    {
        var tableCount = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        var tables = new List<(uint Tag, byte[] Data)>(tableCount);
        for (var i = 0; i < tableCount; i++)
        {
            var record = font.Slice(OffsetTableSize + (i * TableRecordSize), TableRecordSize);
            var tag = BinaryPrimitives.ReadUInt32BigEndian(record);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            var data = tag == CmapTag ? BuildCmap(cmap) : font.Slice(offset, length).ToArray();
            tables.Add((tag, data));
        }

        return Assemble(BinaryPrimitives.ReadUInt32BigEndian(font), tables);
    }

    /// <summary>A cmap with a format 4 subtable (3,1) for the BMP and a format 12 subtable (3,10) for everything.</summary>
    private static byte[] BuildCmap(IReadOnlyDictionary<int, ushort> cmap)
    {
        var entries = cmap.OrderBy(pair => pair.Key).ToArray();
        var bmp = entries.Where(pair => pair.Key <= 0xFFFF).ToArray();
        var format4 = Format4(bmp);
        var format12 = Format12(entries);

        var header = 4 + (2 * 8);
        var result = new byte[header + format4.Length + format12.Length];
        var span = result.AsSpan();
        BinaryPrimitives.WriteUInt16BigEndian(span, 0);
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], 2);
        WriteEncodingRecord(span[4..], platform: 3, encoding: 1, offset: header);
        WriteEncodingRecord(span[12..], platform: 3, encoding: 10, offset: header + format4.Length);
        format4.CopyTo(span[header..]);
        format12.CopyTo(span[(header + format4.Length)..]);
        return result;
    }

    private static void WriteEncodingRecord(Span<byte> span, ushort platform, ushort encoding, int offset)
    {
        BinaryPrimitives.WriteUInt16BigEndian(span, platform);
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], encoding);
        BinaryPrimitives.WriteUInt32BigEndian(span[4..], (uint)offset);
    }

    /// <summary>Format 4 with one segment per run of consecutive code points and glyphs, plus the closing 0xFFFF segment.</summary>
    private static byte[] Format4(KeyValuePair<int, ushort>[] bmp)
    {
        var segments = Runs(bmp).Where(run => run.End < 0xFFFF).ToList();
        segments.Add((0xFFFF, 0xFFFF, 0));
        var segCount = segments.Count;
        var length = 16 + (segCount * 8);
        if (length > ushort.MaxValue)
        {
            // Too many scattered BMP characters for format 4: the format 12 subtable carries them all.
            segments = [(0xFFFF, 0xFFFF, 0)];
            segCount = 1;
            length = 16 + 8;
        }

        var data = new byte[length];
        var span = data.AsSpan();
        var searchRange = 2 * (1 << (int)Math.Floor(Math.Log2(segCount)));
        BinaryPrimitives.WriteUInt16BigEndian(span, 4);
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], (ushort)length);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], 0);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)(segCount * 2));
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)Math.Log2(searchRange / 2));
        BinaryPrimitives.WriteUInt16BigEndian(span[12..], (ushort)((segCount * 2) - searchRange));
        var ends = 14;
        var starts = ends + (segCount * 2) + 2;
        var deltas = starts + (segCount * 2);
        var rangeOffsets = deltas + (segCount * 2);
        for (var i = 0; i < segCount; i++)
        {
            var (start, end, glyph) = segments[i];
            BinaryPrimitives.WriteUInt16BigEndian(span[(ends + (2 * i))..], (ushort)end);
            BinaryPrimitives.WriteUInt16BigEndian(span[(starts + (2 * i))..], (ushort)start);
            BinaryPrimitives.WriteUInt16BigEndian(span[(deltas + (2 * i))..], (ushort)((glyph - start) & 0xFFFF));
            BinaryPrimitives.WriteUInt16BigEndian(span[(rangeOffsets + (2 * i))..], 0);
        }

        return data;
    }

    private static byte[] Format12(KeyValuePair<int, ushort>[] entries)
    {
        var groups = Runs(entries).ToList();
        var length = 16 + (groups.Count * 12);
        var data = new byte[length];
        var span = data.AsSpan();
        BinaryPrimitives.WriteUInt16BigEndian(span, 12);
        BinaryPrimitives.WriteUInt32BigEndian(span[4..], (uint)length);
        BinaryPrimitives.WriteUInt32BigEndian(span[12..], (uint)groups.Count);
        for (var i = 0; i < groups.Count; i++)
        {
            var group = span[(16 + (12 * i))..];
            BinaryPrimitives.WriteUInt32BigEndian(group, (uint)groups[i].Start);
            BinaryPrimitives.WriteUInt32BigEndian(group[4..], (uint)groups[i].End);
            BinaryPrimitives.WriteUInt32BigEndian(group[8..], (uint)groups[i].Glyph);
        }

        return data;
    }

    /// <summary>Sorted entries as runs where both the code point and the glyph go up by one.</summary>
    private static IEnumerable<(int Start, int End, int Glyph)> Runs(KeyValuePair<int, ushort>[] sorted)
    {
        var i = 0;
        while (i < sorted.Length)
        {
            var j = i;
            while (j + 1 < sorted.Length && sorted[j + 1].Key == sorted[j].Key + 1 && sorted[j + 1].Value == sorted[j].Value + 1)
            {
                j++;
            }

            yield return (sorted[i].Key, sorted[j].Key, sorted[i].Value);
            i = j + 1;
        }
    }

    private static byte[] Assemble(uint sfntVersion, List<(uint Tag, byte[] Data)> tables)
    {
        tables.Sort((a, b) => a.Tag.CompareTo(b.Tag));
        var count = tables.Count;
        var offset = OffsetTableSize + (count * TableRecordSize);
        var size = offset + tables.Sum(table => Align4(table.Data.Length));
        var font = new byte[size];
        var span = font.AsSpan();
        var searchRange = 16 * (1 << (int)Math.Floor(Math.Log2(count)));
        BinaryPrimitives.WriteUInt32BigEndian(span, sfntVersion);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)Math.Log2(searchRange / 16));
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)((count * 16) - searchRange));

        var headOffset = -1;
        for (var i = 0; i < count; i++)
        {
            var (tag, data) = tables[i];
            if (tag == HeadTag)
            {
                // checkSumAdjustment (bytes 8–11) is zero while checksums are computed.
                BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8), 0);
                headOffset = offset;
            }

            var record = span.Slice(OffsetTableSize + (i * TableRecordSize), TableRecordSize);
            BinaryPrimitives.WriteUInt32BigEndian(record, tag);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            data.CopyTo(span[offset..]);
            offset += Align4(data.Length);
        }

        if (headOffset >= 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(span[(headOffset + 8)..], unchecked(ChecksumMagic - Checksum(font)));
        }

        return font;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var i = 0;
        for (; i + 4 <= data.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        }

        if (i < data.Length)
        {
            Span<byte> last = stackalloc byte[4];
            last.Clear();
            data[i..].CopyTo(last);
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(last));
        }

        return sum;
    }

    private static int Align4(int length) => (length + 3) & ~3;
}
