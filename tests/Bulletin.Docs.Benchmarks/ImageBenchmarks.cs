using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.IO.Hashing;
using BenchmarkDotNet.Attributes;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Model;
using Bulletin.Docs.Pdf.Images;
using Bulletin.Docs.Theme;
using Bulletin.Docs.Validation;

namespace Bulletin.Docs.Benchmarks;

/// <summary>
/// Images at their worst: a 48 KB PNG of 20000 × 20000 px (the size attack of issue 11), encoded
/// for the PDF at 300 dpi of a 200 pt box. Managed allocation here; peak process memory with
/// <see cref="ImageMemory"/> in a fresh process.
/// </summary>
[MemoryDiagnoser]
public class ImageBenchmarks
{
    private readonly ImageData _huge = new(ImageMemory.SolidPng(20_000, 20_000), ImageFormat.Png);

    [Benchmark]
    public int EncodeHugePngForPdf() => PdfImageEncoder.Encode(_huge, 200, 200, 300).Data.Length;
}

/// <summary>
/// <c>image CASE WIDTH HEIGHT</c>: one image case in a fresh process, printing wall time and the
/// process's peak resident memory (VmHWM, which counts Skia's native pixels too).
/// Cases: <c>encode</c> (PdfImageEncoder at 300 dpi of a 200 pt box), <c>validate</c> (default
/// budget), <c>validate-raised</c> (budget raised to the picture), <c>docx</c> and <c>png</c>
/// (a figure written to .docx / drawn as a 96 dpi preview, budget raised).
/// </summary>
internal static class ImageMemory
{
    public static int Run(string what, int width, int height)
    {
        var image = new ImageData(SolidPng(width, height), ImageFormat.Png);
        var raised = Math.Max(BulletinOptions.DefaultMaxImagePixels, (long)width * height);
        var document = new BulletinDocument { Items = [new Article { Headline = "图", Body = [new Figure { Image = image, AltText = "图" }] }] };
        var clock = Stopwatch.StartNew();
        var result = what switch
        {
            "encode" => Encode(image),
            "validate" => $"problems={BulletinValidator.Validate(document, BulletinThemes.Newspaper).Count}",
            "validate-raised" => $"problems={BulletinValidator.Validate(document, BulletinThemes.Newspaper, null, raised).Count}",
            "docx" => Docx(document, raised),
            "png" => Png(document, raised),
            _ => throw new ArgumentException($"unknown image case '{what}'", nameof(what)),
        };
        clock.Stop();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"case={what} image={width}x{height} file_kb={image.Bytes.Length / 1024} {result} ms={clock.Elapsed.TotalMilliseconds:F0} peak_mb={process.PeakWorkingSet64 / 1048576.0:F0}"));
        return 0;
    }

    /// <summary>A real PNG of one-bit white pixels, built by hand (a few kilobytes for any size).</summary>
    public static byte[] SolidPng(int width, int height)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 1;
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

        var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR"u8, ihdr);
        Chunk(png, "IDAT"u8, compressed.ToArray());
        Chunk(png, "IEND"u8, []);
        return png.ToArray();
    }

    private static string Encode(ImageData image)
    {
        var pdf = PdfImageEncoder.Encode(image, 200, 200, 300);
        return string.Create(CultureInfo.InvariantCulture, $"pdf_image={pdf.WidthPx}x{pdf.HeightPx} data={pdf.Data.Length}");
    }

    private static string Docx(BulletinDocument document, long budget)
    {
        using var output = new MemoryStream();
        BulletinDocx.Write(document, output, new BulletinOptions { MaxImagePixels = budget });
        return $"docx={output.Length}";
    }

    private static string Png(BulletinDocument document, long budget)
    {
        var layout = BulletinLayoutEngine.Layout(document, new BulletinOptions { MaxImagePixels = budget, Fonts = DefaultFonts.CreateRegistry() });
        return $"png={BulletinPng.RenderPages(layout, 96).Sum(page => page.Length)}";
    }

    private static void Chunk(Stream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> field = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(field, data.Length);
        output.Write(field);
        output.Write(type);
        output.Write(data);
        var crc = new Crc32();
        crc.Append(type);
        crc.Append(data);
        BinaryPrimitives.WriteUInt32BigEndian(field, crc.GetCurrentHashAsUInt32());
        output.Write(field);
    }
}
