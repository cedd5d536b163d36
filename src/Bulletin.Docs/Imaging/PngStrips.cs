using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace Bulletin.Docs.Imaging;

/// <summary>
/// Cuts a non-interlaced PNG into strips of rows, each a complete small PNG, so Skia (whose PNG
/// codec here has no row-by-row decoding) never needs the whole picture in memory.
/// </summary>
/// <remarks>
/// The image data is inflated as a stream and its filters undone row by row (PNG, ISO/IEC 15948
/// §9: each row's filter refers to the row above, so a strip cannot simply start mid-stream);
/// each strip's rows are stored with filter type 0 (None) behind the original IHDR (with the
/// strip's height), PLTE and tRNS. Everything else — bit depths, palettes, transparency, 16-bit
/// samples — is left to Skia. Chunk CRCs (§5.3) of the critical chunks and tRNS are checked.
/// </remarks>
internal static class PngStrips
{
    /// <summary>
    /// Receives one strip: a PNG of <paramref name="rows"/> rows that starts at row
    /// <paramref name="firstRow"/>, valid only during the call (its buffer is reused).
    /// </summary>
    public delegate void StripSink(ReadOnlySpan<byte> png, int firstRow, int rows);

    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>
    /// Hands <paramref name="png"/> to <paramref name="sink"/> as strips of at most about
    /// <paramref name="maxStripBytes"/> bytes of samples each, top to bottom. Returns <c>false</c>
    /// (and calls nothing) for an interlaced PNG, whose rows are not stored in order.
    /// </summary>
    /// <exception cref="InvalidDataException">The PNG's chunks or image data are damaged; the message says how.</exception>
    public static bool TrySplit(ReadOnlyMemory<byte> png, int maxStripBytes, StripSink sink)
    {
        var bytes = png.Span;
        if (!bytes.StartsWith(Signature))
        {
            throw new InvalidDataException("not a PNG signature");
        }

        byte[]? ihdr = null;
        var kept = new MemoryStream();
        var imageData = new MemoryStream();
        var position = Signature.Length;
        var ended = false;
        while (!ended)
        {
            if (position + 12 > bytes.Length)
            {
                throw new InvalidDataException("the PNG ends before its IEND chunk");
            }

            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes[position..]);
            if (length > int.MaxValue || position + 12L + length > bytes.Length)
            {
                throw new InvalidDataException($"a chunk at byte {position} runs past the end of the file");
            }

            var chunk = bytes.Slice(position, 12 + (int)length);
            var type = chunk.Slice(4, 4);
            var data = chunk.Slice(8, (int)length);
            var critical = (type[0] & 0x20) == 0;
            if ((critical || type.SequenceEqual("tRNS"u8)) && Crc32.HashToUInt32(chunk[4..^4]) != BinaryPrimitives.ReadUInt32BigEndian(chunk[^4..]))
            {
                throw new InvalidDataException($"the CRC of the {System.Text.Encoding.ASCII.GetString(type)} chunk at byte {position} does not match");
            }

            if (type.SequenceEqual("IHDR"u8))
            {
                ihdr = data.ToArray();
            }
            else if (type.SequenceEqual("PLTE"u8) || type.SequenceEqual("tRNS"u8))
            {
                kept.Write(chunk);
            }
            else if (type.SequenceEqual("IDAT"u8))
            {
                imageData.Write(data);
            }
            else if (type.SequenceEqual("IEND"u8))
            {
                ended = true;
            }

            position += chunk.Length;
        }

        if (ihdr is not { Length: 13 })
        {
            throw new InvalidDataException("the PNG has no valid IHDR chunk");
        }

        if (ihdr[12] != 0)
        {
            return false;
        }

        var width = BinaryPrimitives.ReadInt32BigEndian(ihdr);
        var height = BinaryPrimitives.ReadInt32BigEndian(ihdr.AsSpan(4));
        var bitDepth = ihdr[8];
        var channels = ihdr[9] switch
        {
            0 or 3 => 1,
            2 => 3,
            4 => 2,
            6 => 4,
            var other => throw new InvalidDataException($"colour type {other} is not defined"),
        };
        var bitsPerPixel = channels * bitDepth;
        var rowBytes = (int)(((long)width * bitsPerPixel + 7) / 8);
        var pixelBytes = Math.Max(1, bitsPerPixel / 8);
        var rowsPerStrip = Math.Clamp(maxStripBytes / Math.Max(1, width * 4), 1, height);

        imageData.Position = 0;
        using var inflated = new ZLibStream(imageData, CompressionMode.Decompress);
        var previous = new byte[rowBytes];
        var current = new byte[rowBytes];
        var strip = new MemoryStream();
        var compressed = new MemoryStream();
        var output = new MemoryStream();
        var firstRow = 0;
        for (var y = 0; y < height; y++)
        {
            int filter;
            try
            {
                filter = inflated.ReadByte();
                inflated.ReadExactly(current);
            }
            catch (Exception exception) when (exception is EndOfStreamException or InvalidDataException)
            {
                throw new InvalidDataException($"the image data ends or breaks at row {y} of {height}", exception);
            }

            if (filter < 0)
            {
                throw new InvalidDataException($"the image data ends at row {y} of {height}");
            }

            Unfilter(filter, current, previous, pixelBytes, y);
            strip.WriteByte(0);
            strip.Write(current);
            (previous, current) = (current, previous);

            var rows = y + 1 - firstRow;
            if (rows == rowsPerStrip || y == height - 1)
            {
                StripPng(ihdr, rows, kept, strip, compressed, output);
                sink(output.GetBuffer().AsSpan(0, (int)output.Length), firstRow, rows);
                strip.SetLength(0);
                firstRow = y + 1;
            }
        }

        return true;
    }

    /// <summary>Undoes the filter of one row in place (ISO/IEC 15948 §9.2, filter method 0).</summary>
    private static void Unfilter(int filter, Span<byte> row, ReadOnlySpan<byte> above, int pixelBytes, int y)
    {
        switch (filter)
        {
            case 0:
                break;
            case 1:
                for (var i = pixelBytes; i < row.Length; i++)
                {
                    row[i] += row[i - pixelBytes];
                }

                break;
            case 2:
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] += above[i];
                }

                break;
            case 3:
                for (var i = 0; i < row.Length; i++)
                {
                    var left = i >= pixelBytes ? row[i - pixelBytes] : 0;
                    row[i] += (byte)((left + above[i]) >> 1);
                }

                break;
            case 4:
                for (var i = 0; i < row.Length; i++)
                {
                    int a = i >= pixelBytes ? row[i - pixelBytes] : 0;
                    int b = above[i];
                    int c = i >= pixelBytes ? above[i - pixelBytes] : 0;
                    var p = a + b - c;
                    var pa = Math.Abs(p - a);
                    var pb = Math.Abs(p - b);
                    var pc = Math.Abs(p - c);
                    row[i] += (byte)(pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
                }

                break;
            default:
                throw new InvalidDataException($"row {y} has filter type {filter}, which is not defined");
        }
    }

    /// <summary>Writes the strip's PNG into <paramref name="output"/> (emptied first).</summary>
    private static void StripPng(byte[] ihdr, int rows, MemoryStream kept, MemoryStream samples, MemoryStream compressed, MemoryStream output)
    {
        Span<byte> header = stackalloc byte[13];
        ihdr.CopyTo(header);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], rows);
        compressed.SetLength(0);
        using (var zlib = new ZLibStream(compressed, CompressionLevel.NoCompression, leaveOpen: true))
        {
            zlib.Write(samples.GetBuffer(), 0, (int)samples.Length);
        }

        output.SetLength(0);
        output.Write(Signature);
        WriteChunk(output, "IHDR"u8, header);
        output.Write(kept.GetBuffer(), 0, (int)kept.Length);
        WriteChunk(output, "IDAT"u8, compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
        WriteChunk(output, "IEND"u8, []);
    }

    private static void WriteChunk(Stream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> field = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(field, data.Length);
        output.Write(field);
        var crc = new Crc32();
        crc.Append(type);
        crc.Append(data);
        output.Write(type);
        output.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(field, crc.GetCurrentHashAsUInt32());
        output.Write(field);
    }
}
