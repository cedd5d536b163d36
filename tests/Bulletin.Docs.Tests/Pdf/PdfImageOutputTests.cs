using System.Globalization;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Model;
using Bulletin.Docs.Pdf;
using Bulletin.Docs.Tests.Pdf.Images;
using Bulletin.Docs.Tests.Support;
using Bulletin.Docs.Theme;
using NUnit.Framework;
using SkiaSharp;

namespace Bulletin.Docs.Tests.Pdf;

/// <summary>
/// Pictures through the whole pipeline, checked with poppler: a PNG stays lossless, a JPEG's bytes
/// pass through, an EXIF-rotated JPEG stands upright with the upright aspect in the PDF and the
/// PNG preview, and no picture carries more pixels than the dpi limit at its printed size.
/// </summary>
public sealed class PdfImageOutputTests
{
    private static readonly Lazy<FontRegistry> Fonts = new(DefaultFonts.CreateRegistry);

    private DirectoryInfo folder = null!;

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("bulletin-images-");

    [TearDown]
    public void DeleteFolder() => folder.Delete(recursive: true);

    [Test]
    public void A_png_figure_is_embedded_losslessly()
    {
        // Line art: thin coloured strokes on white, what JPEG would smear.
        var png = TestPictures.Png(240, 120, (x, y) => (x % 7 == 0 || y % 5 == 0) ? new SKColor((byte)(x % 256), 40, (byte)(y * 2 % 256)) : SKColors.White);
        var pdf = Write(new ImageData(png, ImageFormat.Png));

        var list = ImageList(pdf).Single();
        Assert.That(list, Does.Not.Contain("jpeg"), "pdfimages -list: the PNG was not turned into a JPEG");
        var extracted = Extract(pdf, "-png").Single();
        using var original = SKBitmap.Decode(png);
        using var embedded = SKBitmap.Decode(extracted);
        Assert.That((embedded.Width, embedded.Height), Is.EqualTo((original.Width, original.Height)));
        Assert.That(embedded.Pixels.Select(Rgb), Is.EqualTo(original.Pixels.Select(Rgb)), "every pixel as in the PNG");
    }

    [Test]
    public void A_jpeg_figures_bytes_pass_through_unchanged()
    {
        var jpeg = TestPictures.Jpeg(300, 200, (x, y) => TestPictures.Quadrant(x, y, 300, 200));
        var pdf = Write(new ImageData(jpeg, ImageFormat.Jpeg));

        Assert.That(ImageList(pdf).Single(), Does.Contain("jpeg"));
        Assert.That(Extract(pdf, "-j").Single(), Is.EqualTo(jpeg));
    }

    [Test]
    public void An_orientation_6_jpeg_stands_upright_with_the_upright_aspect_in_pdf_and_png()
    {
        // Stored 200 × 100 (landscape); EXIF 6 says: turn 90° clockwise to view, 100 × 200 (portrait).
        var stored = TestPictures.Jpeg(200, 100, (x, y) => TestPictures.Quadrant(x, y, 200, 100));
        var jpeg = TestPictures.WithExifOrientation(stored, 6, littleEndian: true);
        var (layout, pdf) = LayOutAndWrite(new ImageData(jpeg, ImageFormat.Jpeg));
        var page = layout.Pages.Single(p => p.Elements.OfType<ImageElement>().Any());
        var image = page.Elements.OfType<ImageElement>().Single();
        Assert.That(image.Height / image.Width, Is.EqualTo(2).Within(0.01), "the box has the upright aspect");

        // Turned clockwise: stored top-left (red) is now top-right, bottom-left (blue) top-left.
        var expected = new Dictionary<(double, double), SKColor>
        {
            [(0.25, 0.25)] = TestPictures.Quadrant(0, 99, 200, 100),
            [(0.75, 0.25)] = TestPictures.Quadrant(0, 0, 200, 100),
            [(0.25, 0.75)] = TestPictures.Quadrant(199, 99, 200, 100),
            [(0.75, 0.75)] = TestPictures.Quadrant(199, 0, 200, 100),
        };
        const int dpi = 72;
        var prefix = Path.Combine(folder.FullName, "page");
        var number = page.Number.ToString(CultureInfo.InvariantCulture);
        ExternalTool.Run("pdftoppm", ["-r", "72", "-f", number, "-l", number, "-png", "-singlefile", pdf, prefix]);
        using var poppler = SKBitmap.Decode(prefix + ".png");
        using var ours = SKBitmap.Decode(BulletinPng.RenderPage(layout, page.Number, dpi));
        Assert.Multiple(() =>
        {
            foreach (var ((fx, fy), color) in expected)
            {
                var x = (int)(image.X + (fx * image.Width));
                var y = (int)(image.Y + (fy * image.Height));
                Assert.That(Near(poppler.GetPixel(x, y), color), Is.True, $"PDF at ({fx}, {fy}) is {poppler.GetPixel(x, y)}, expected {color}");
                Assert.That(Near(ours.GetPixel(x, y), color), Is.True, $"PNG at ({fx}, {fy}) is {ours.GetPixel(x, y)}, expected {color}");
            }
        });
    }

    [Test]
    public void A_20000_pixel_square_picture_is_embedded_at_no_more_than_300_dpi_of_its_printed_size()
    {
        // 400 megapixels: above the default budget, which a caller may raise (the decoder never holds it whole).
        var (layout, pdf) = LayOutAndWrite(new ImageData(TestPictures.SolidPng(20000, 20000), ImageFormat.Png), maxImagePixels: 400_000_000);
        var image = layout.Pages.SelectMany(p => p.Elements).OfType<ImageElement>().Single();
        var fields = ImageList(pdf).Single().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (width, height) = (int.Parse(fields[3], CultureInfo.InvariantCulture), int.Parse(fields[4], CultureInfo.InvariantCulture));
        Assert.That(width, Is.LessThanOrEqualTo(Math.Ceiling(image.Width / 72 * PdfOptions.DefaultMaxImageDpi)));
        Assert.That(height, Is.LessThanOrEqualTo(Math.Ceiling(image.Height / 72 * PdfOptions.DefaultMaxImageDpi)));
        Assert.That(width, Is.GreaterThan(image.Width / 72 * PdfOptions.DefaultMaxImageDpi * 0.9), "not downsampled further than needed");
    }

    [Test]
    public void A_cmyk_jpeg_passes_through_in_plain_pdf_and_becomes_rgb_in_pdf_a()
    {
        var image = new ImageData(TestPictures.CmykAdobeJpeg(), ImageFormat.Jpeg);
        var plain = Write(image);
        Assert.That(ImageList(plain).Single(), Does.Contain("cmyk").And.Contain("jpeg"));
        var archival = Write(image, PdfConformance.PdfA2b);
        Assert.That(ImageList(archival).Single(), Does.Contain("rgb").And.Not.Contain("cmyk"), "ISO 19005-2, 6.2.4.3: no DeviceCMYK under an RGB output intent");
    }

    [Test]
    public void A_picture_given_twice_as_copies_is_embedded_once()
    {
        var png = TestPictures.Png(120, 80, (x, y) => TestPictures.Quadrant(x, y, 120, 80));
        var document = new BulletinDocument
        {
            Items =
            [
                new Article
                {
                    Headline = "两张同样的图",
                    Body = ["导语。", new Figure { Image = new ImageData(png.ToArray(), ImageFormat.Png), AltText = "一" }, new Figure { Image = new ImageData(png.ToArray(), ImageFormat.Png), AltText = "二" }],
                },
            ],
        };
        var path = Path.Combine(folder.FullName, "twice.pdf");
        BulletinPdf.WriteFile(document, path, new BulletinOptions { Theme = BulletinThemes.PressRelease, Fonts = Fonts.Value });
        var rows = ImageList(path);
        Assert.That(rows, Has.Count.EqualTo(2), "drawn twice");
        Assert.That(rows.Select(row => row.Split(' ', StringSplitOptions.RemoveEmptyEntries)[10]).Distinct().Count(), Is.EqualTo(1), "one image object");
    }

    [TestCase(10)]
    [TestCase(0)]
    [TestCase(-300)]
    [TestCase(1e9)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    public void An_image_resolution_limit_outside_72_to_2400_dpi_is_refused_when_set(double dpi)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => _ = new PdfOptions { MaxImageDpi = dpi });
        Assert.That(exception!.ParamName, Is.EqualTo(nameof(PdfOptions.MaxImageDpi)));
    }

    private static uint Rgb(SKColor color) => (uint)((color.Red << 16) | (color.Green << 8) | color.Blue);

    private static bool Near(SKColor a, SKColor b) =>
        Math.Abs(a.Red - b.Red) < 40 && Math.Abs(a.Green - b.Green) < 40 && Math.Abs(a.Blue - b.Blue) < 40;

    private string Write(ImageData image, PdfConformance conformance = PdfConformance.None) => LayOutAndWrite(image, conformance).Pdf;

    private (LaidOutDocument Layout, string Pdf) LayOutAndWrite(ImageData image, PdfConformance conformance = PdfConformance.None, long maxImagePixels = BulletinOptions.DefaultMaxImagePixels)
    {
        var document = new BulletinDocument
        {
            Items =
            [
                new Article
                {
                    Headline = "图片测试",
                    Body = ["导语。", new Figure { Image = image, AltText = "测试图片", Caption = "图片说明。" }],
                },
            ],
        };
        var layout = BulletinLayoutEngine.Layout(document, new BulletinOptions { Theme = BulletinThemes.PressRelease, Fonts = Fonts.Value, MaxImagePixels = maxImagePixels });
        var path = Path.Combine(folder.FullName, $"figure-{conformance}.pdf");
        BulletinPdf.WriteFile(layout, path, new PdfOptions { Conformance = conformance });
        return (layout, path);
    }

    /// <summary>pdfimages -list's rows, one per image.</summary>
    private static List<string> ImageList(string pdf)
    {
        var run = ExternalTool.Run("pdfimages", ["-list", pdf]);
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        return [.. run.StandardOutput.Split('\n').Skip(2).Where(line => line.Trim().Length > 0)];
    }

    /// <summary>The images pdfimages extracts with <paramref name="mode"/> (-png, -j), as bytes, soft masks excluded.</summary>
    private List<byte[]> Extract(string pdf, string mode)
    {
        var prefix = Path.Combine(folder.FullName, "extracted");
        var run = ExternalTool.Run("pdfimages", [mode, pdf, prefix]);
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        return [.. Directory.GetFiles(folder.FullName, "extracted-*").Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];
    }
}
