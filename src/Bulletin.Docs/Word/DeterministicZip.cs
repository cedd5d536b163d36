using System.Buffers.Binary;
using System.IO.Compression;

namespace Bulletin.Docs.Word;

/// <summary>
/// Writes a zip archive whose bytes depend only on its entries: entries in the given order, every
/// timestamp 1980-01-01 00:00, "made by" MS-DOS with no attributes, no extra fields (PKWARE APPNOTE
/// §4.3). <see cref="ZipArchive"/> stamps the clock and the host system, so it is not used.
/// </summary>
internal static class DeterministicZip
{
    /// <summary>One entry: its name, its bytes, and whether to deflate them (already compressed images are stored).</summary>
    public readonly record struct Entry(string Name, ReadOnlyMemory<byte> Content, bool Deflate);

    private const ushort Version20 = 20;
    private const ushort Utf8NamesFlag = 1 << 11;
    private const ushort DosTimeMidnight = 0;
    private const ushort DosDate19800101 = (0 << 9) | (1 << 5) | 1;

    /// <summary>The whole archive in memory, positioned at its start.</summary>
    public static MemoryStream Build(IReadOnlyList<Entry> entries)
    {
        var archive = new MemoryStream();
        var central = new MemoryStream();
        Span<byte> local = stackalloc byte[30];
        Span<byte> header = stackalloc byte[46];
        foreach (var entry in entries)
        {
            var name = System.Text.Encoding.UTF8.GetBytes(entry.Name);
            var crc = Crc32.Compute(entry.Content.Span);
            var data = entry.Deflate ? Compress(entry.Content.Span) : entry.Content;
            var method = entry.Deflate ? (ushort)8 : (ushort)0;
            if (archive.Length > uint.MaxValue || data.Length > uint.MaxValue - archive.Length)
            {
                throw new NotSupportedException("The document is larger than 4 GB, which needs ZIP64.");
            }

            var offset = (uint)archive.Length;
            var flags = IsAscii(entry.Name) ? (ushort)0 : Utf8NamesFlag;

            BinaryPrimitives.WriteUInt32LittleEndian(local, 0x0403_4B50);
            BinaryPrimitives.WriteUInt16LittleEndian(local[4..], Version20);
            BinaryPrimitives.WriteUInt16LittleEndian(local[6..], flags);
            BinaryPrimitives.WriteUInt16LittleEndian(local[8..], method);
            BinaryPrimitives.WriteUInt16LittleEndian(local[10..], DosTimeMidnight);
            BinaryPrimitives.WriteUInt16LittleEndian(local[12..], DosDate19800101);
            BinaryPrimitives.WriteUInt32LittleEndian(local[14..], crc);
            BinaryPrimitives.WriteUInt32LittleEndian(local[18..], (uint)data.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(local[22..], (uint)entry.Content.Length);
            BinaryPrimitives.WriteUInt16LittleEndian(local[26..], (ushort)name.Length);
            BinaryPrimitives.WriteUInt16LittleEndian(local[28..], 0);
            archive.Write(local);
            archive.Write(name);
            archive.Write(data.Span);

            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x0201_4B50);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], Version20);
            BinaryPrimitives.WriteUInt16LittleEndian(header[6..], Version20);
            BinaryPrimitives.WriteUInt16LittleEndian(header[8..], flags);
            BinaryPrimitives.WriteUInt16LittleEndian(header[10..], method);
            BinaryPrimitives.WriteUInt16LittleEndian(header[12..], DosTimeMidnight);
            BinaryPrimitives.WriteUInt16LittleEndian(header[14..], DosDate19800101);
            BinaryPrimitives.WriteUInt32LittleEndian(header[16..], crc);
            BinaryPrimitives.WriteUInt32LittleEndian(header[20..], (uint)data.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(header[24..], (uint)entry.Content.Length);
            BinaryPrimitives.WriteUInt16LittleEndian(header[28..], (ushort)name.Length);
            header[30..42].Clear(); // extra, comment, disk, internal and external attributes
            BinaryPrimitives.WriteUInt32LittleEndian(header[42..], offset);
            central.Write(header);
            central.Write(name);
        }

        var centralOffset = (uint)archive.Length;
        central.Position = 0;
        central.CopyTo(archive);

        Span<byte> end = stackalloc byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x0605_4B50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[4..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(end[6..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], checked((ushort)entries.Count));
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], checked((ushort)entries.Count));
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)central.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], centralOffset);
        BinaryPrimitives.WriteUInt16LittleEndian(end[20..], 0);
        archive.Write(end);

        archive.Position = 0;
        return archive;
    }

    private static ReadOnlyMemory<byte> Compress(ReadOnlySpan<byte> content)
    {
        var compressed = new MemoryStream(content.Length / 4 + 64);
        using (var deflate = new DeflateStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(content);
        }

        return compressed.GetBuffer().AsMemory(0, (int)compressed.Length);
    }

    private static bool IsAscii(string value)
    {
        foreach (var character in value)
        {
            if (character > 0x7F)
            {
                return false;
            }
        }

        return true;
    }
}
