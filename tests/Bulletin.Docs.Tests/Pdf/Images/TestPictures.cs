using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using NUnit.Framework;
using SkiaSharp;

namespace Bulletin.Docs.Tests.Pdf.Images;

/// <summary>Pictures made at run time for the image tests: PNGs and JPEGs from Skia, EXIF blocks and hand-built PNGs.</summary>
internal static class TestPictures
{
    /// <summary>
    /// An 16 × 8 CMYK JPEG with Adobe's APP14 marker, left half red (230, 0, 18), right half blue
    /// (0, 90, 200). Made with ImageMagick 6.9.11: <c>convert ( -size 8x8 xc:'rgb(230,0,18)' )
    /// ( -size 8x8 xc:'rgb(0,90,200)' ) +append -colorspace CMYK -quality 95 -strip cmyk-adobe.jpg</c>.
    /// </summary>
    public static byte[] CmykAdobeJpeg() =>
        File.ReadAllBytes(Path.Combine(TestContext.CurrentContext.TestDirectory, "Pdf", "Images", "TestData", "cmyk-adobe.jpg"));

    /// <summary>An unpremultiplied RGBA bitmap whose pixel (x, y) is <paramref name="pixel"/>(x, y).</summary>
    public static SKBitmap Bitmap(int width, int height, Func<int, int, SKColor> pixel)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                bitmap.SetPixel(x, y, pixel(x, y));
            }
        }

        return bitmap;
    }

    /// <summary>A PNG of <paramref name="width"/> × <paramref name="height"/> with pixel (x, y) = <paramref name="pixel"/>(x, y).</summary>
    public static byte[] Png(int width, int height, Func<int, int, SKColor> pixel)
    {
        using var bitmap = Bitmap(width, height, pixel);
        return Encode(bitmap, SKEncodedImageFormat.Png, 100);
    }

    /// <summary>A gray PNG (colour type 0) with pixel (x, y) = <paramref name="pixel"/>(x, y).</summary>
    public static byte[] GrayPng(int width, int height, Func<int, int, byte> pixel)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Gray8, SKAlphaType.Opaque));
        var span = bitmap.GetPixelSpan();
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                span[(y * bitmap.RowBytes) + x] = pixel(x, y);
            }
        }

        return Encode(bitmap, SKEncodedImageFormat.Png, 100);
    }

    /// <summary>A JPEG at quality 95 with pixel (x, y) = <paramref name="pixel"/>(x, y).</summary>
    public static byte[] Jpeg(int width, int height, Func<int, int, SKColor> pixel)
    {
        using var bitmap = Bitmap(width, height, pixel);
        return Encode(bitmap, SKEncodedImageFormat.Jpeg, 95);
    }

    /// <summary>
    /// Four quadrants of different colours, the picture to see turning and mirroring: top-left red,
    /// top-right green, bottom-left blue, bottom-right yellow.
    /// </summary>
    public static SKColor Quadrant(int x, int y, int width, int height) => (x < width / 2, y < height / 2) switch
    {
        (true, true) => new SKColor(220, 30, 30),
        (false, true) => new SKColor(30, 180, 30),
        (true, false) => new SKColor(30, 30, 220),
        (false, false) => new SKColor(230, 210, 20),
    };

    /// <summary><paramref name="jpeg"/> with an APP1 Exif block carrying <paramref name="orientation"/> right after SOI.</summary>
    public static byte[] WithExifOrientation(byte[] jpeg, int orientation, bool littleEndian)
    {
        var tiff = Tiff(orientation, littleEndian);
        var segment = new byte[4 + 6 + tiff.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(segment.Length - 2));
        "Exif\0\0"u8.CopyTo(segment.AsSpan(4));
        tiff.CopyTo(segment.AsSpan(10));
        return [.. jpeg.AsSpan(0, 2), .. segment, .. jpeg.AsSpan(2)];
    }

    /// <summary><paramref name="png"/> with an eXIf chunk carrying <paramref name="orientation"/> right after IHDR.</summary>
    public static byte[] PngWithExifOrientation(byte[] png, int orientation)
    {
        const int afterIhdr = 8 + 12 + 13;
        return [.. png.AsSpan(0, afterIhdr), .. Chunk("eXIf", Tiff(orientation, littleEndian: false)), .. png.AsSpan(afterIhdr)];
    }

    /// <summary>
    /// A real PNG of <paramref name="width"/> × <paramref name="height"/> one-bit gray pixels, all
    /// white, built by hand: so big a picture costs only a few kilobytes.
    /// </summary>
    public static byte[] SolidPng(int width, int height)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 1; // bit depth
        ihdr[9] = 0; // gray
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[1 + ((width + 7) / 8)];
            row.AsSpan(1).Fill(0xFF);
            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }

        return [.. (ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], .. Chunk("IHDR", ihdr), .. Chunk("IDAT", compressed.ToArray()), .. Chunk("IEND", [])];
    }

    /// <summary>A PNG whose IHDR claims <paramref name="width"/> × <paramref name="height"/> with a few bytes of image data.</summary>
    public static byte[] PngClaiming(int width, int height)
    {
        var png = SolidPng(1, 1);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), Crc32(png.AsSpan(12, 17)));
        return png;
    }

    /// <summary>Inflates zlib data (FlateDecode).</summary>
    public static byte[] Inflate(ReadOnlyMemory<byte> data)
    {
        using var input = new MemoryStream(data.ToArray());
        using var zlib = new ZLibStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        zlib.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>Skia's unpremultiplied RGBA decode of <paramref name="bytes"/> at full size.</summary>
    public static SKBitmap Decode(ReadOnlySpan<byte> bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data) ?? throw new AssertionException("Skia cannot read the picture.");
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        Assert.That(result, Is.EqualTo(SKCodecResult.Success));
        return bitmap;
    }

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality)
    {
        using var pixmap = bitmap.PeekPixels();
        using var data = pixmap.Encode(format, quality) ?? throw new AssertionException($"Skia cannot encode {format}.");
        return data.ToArray();
    }

    /// <summary>A TIFF block (EXIF 2.32 §4.5.2) whose IFD0 holds only Orientation (0x0112, SHORT).</summary>
    private static byte[] Tiff(int orientation, bool littleEndian)
    {
        var tiff = new byte[8 + 2 + 12 + 4];
        Action<int, ushort> u16 = littleEndian ? (at, v) => BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at), v) : (at, v) => BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(at), v);
        Action<int, uint> u32 = littleEndian ? (at, v) => BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(at), v) : (at, v) => BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(at), v);
        Encoding.ASCII.GetBytes(littleEndian ? "II" : "MM").CopyTo(tiff, 0);
        u16(2, 42);
        u32(4, 8);
        u16(8, 1);
        u16(10, 0x0112);
        u16(12, 3);
        u32(14, 1);
        u16(18, (ushort)orientation);
        return tiff;
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    /// <summary>CRC-32 as PNG §5.5 defines it (ISO 3309, polynomial 0xEDB88320 reflected).</summary>
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
