using Bulletin.Docs.Imaging;
using Bulletin.Docs.Model;
using Bulletin.Docs.Pdf;
using Bulletin.Docs.Pdf.Images;
using NUnit.Framework;
using SkiaSharp;

namespace Bulletin.Docs.Tests.Pdf.Images;

public sealed class PdfImageEncoderTests
{
    private const double Dpi = 300;

    // A varied opaque picture: every channel changes along x or y, so a swapped or shifted sample shows.
    private static SKColor Varied(int x, int y) => new((byte)(x * 7), (byte)(y * 11), (byte)((x * y) + 3));

    [Test]
    public void Png_within_the_limit_keeps_its_exact_pixels_as_flate_rgb()
    {
        var png = TestPictures.Png(64, 48, Varied);
        var image = PdfImageEncoder.Encode(new ImageData(png, ImageFormat.Png), 64, 48, Dpi);

        var samples = TestPictures.Inflate(image.Data);
        using var expected = TestPictures.Decode(png);
        Assert.Multiple(() =>
        {
            Assert.That((image.WidthPx, image.HeightPx), Is.EqualTo((64, 48)));
            Assert.That(image.ColorSpace, Is.EqualTo("DeviceRGB"));
            Assert.That(image.Filter, Is.EqualTo("FlateDecode"));
            Assert.That(image.SoftMask, Is.Null, "an opaque PNG needs no mask");
            Assert.That(image.Decode, Is.Null);
            Assert.That(samples, Is.EqualTo(Rgb(expected)), "the samples must be the PNG's, byte for byte");
        });
    }

    [TestCase("palette-2bit.png")]
    [TestCase("interlaced.png")]
    public void Palette_and_interlaced_pngs_keep_their_exact_pixels(string name)
    {
        // Made with ImageMagick 6.9.11: convert -size 30x20 gradient:red-blue, as a 2-bit palette
        // (-colors 4 -define png:bit-depth=2 -define png:color-type=3) and as 16-bit Adam7 (-interlace PNG).
        var png = File.ReadAllBytes(Path.Combine(TestContext.CurrentContext.TestDirectory, "Pdf", "Images", "TestData", name));
        var image = PdfImageEncoder.Encode(new ImageData(png, ImageFormat.Png), 30, 20, Dpi);
        using var expected = TestPictures.Decode(png);
        Assert.That(TestPictures.Inflate(image.Data), Is.EqualTo(Rgb(expected)));
    }

    [Test]
    public void Png_taller_than_one_strip_keeps_its_exact_pixels_across_strip_edges()
    {
        // 2100 px wide: a 4 MB strip holds 499 rows, so 1100 rows take three strips.
        var png = TestPictures.Png(2100, 1100, (x, y) => new SKColor((byte)(x ^ y), (byte)(x * 3), (byte)(y * 5)));
        var image = PdfImageEncoder.Encode(new ImageData(png, ImageFormat.Png), 2100, 1100, 72);
        using var expected = TestPictures.Decode(png);
        Assert.That(TestPictures.Inflate(image.Data), Is.EqualTo(Rgb(expected)));
    }

    [Test]
    public void Png_alpha_becomes_a_soft_mask_over_unpremultiplied_colour()
    {
        // Colour independent of alpha: a premultiplied store would darken the half-transparent pixels.
        var png = TestPictures.Png(32, 16, (x, y) => new SKColor((byte)(200 - x), (byte)(100 + y), 50, (byte)(x * 8)));
        var image = PdfImageEncoder.Encode(new ImageData(png, ImageFormat.Png), 32, 16, Dpi);

        var colour = TestPictures.Inflate(image.Data);
        Assert.That(image.SoftMask, Is.Not.Null);
        var alpha = TestPictures.Inflate(image.SoftMask!.Data);
        Assert.Multiple(() =>
        {
            Assert.That(image.SoftMask.ColorSpace, Is.EqualTo("DeviceGray"));
            Assert.That(image.SoftMask.Filter, Is.EqualTo("FlateDecode"));
            Assert.That((image.SoftMask.WidthPx, image.SoftMask.HeightPx), Is.EqualTo((32, 16)));
            for (var y = 0; y < 16; y++)
            {
                for (var x = 1; x < 32; x++)
                {
                    var i = (y * 32) + x;
                    Assert.That(alpha[i], Is.EqualTo(x * 8), $"alpha at {x},{y}");
                    Assert.That(colour.AsSpan(i * 3, 3).ToArray(), Is.EqualTo(new[] { (byte)(200 - x), (byte)(100 + y), (byte)50 }), $"colour at {x},{y}");
                }
            }
        });
    }

    [Test]
    public void Gray_png_stays_one_gray_sample_per_pixel()
    {
        var png = TestPictures.GrayPng(20, 10, (x, y) => (byte)((x * 12) + y));
        var image = PdfImageEncoder.Encode(new ImageData(png, ImageFormat.Png), 20, 10, Dpi);

        var samples = TestPictures.Inflate(image.Data);
        Assert.Multiple(() =>
        {
            Assert.That(image.ColorSpace, Is.EqualTo("DeviceGray"));
            Assert.That(samples, Has.Length.EqualTo(200));
            Assert.That(samples, Is.EqualTo(Enumerable.Range(0, 200).Select(i => (byte)(((i % 20) * 12) + (i / 20))).ToArray()));
        });
    }

    [Test]
    public void Jpeg_within_the_limit_passes_through_byte_for_byte()
    {
        var jpeg = TestPictures.Jpeg(40, 30, Varied);
        var image = PdfImageEncoder.Encode(new ImageData(jpeg, ImageFormat.Jpeg), 40, 30, Dpi);

        Assert.Multiple(() =>
        {
            Assert.That(image.Filter, Is.EqualTo("DCTDecode"));
            Assert.That(image.ColorSpace, Is.EqualTo("DeviceRGB"));
            Assert.That(image.Decode, Is.Null);
            Assert.That((image.WidthPx, image.HeightPx), Is.EqualTo((40, 30)));
            Assert.That(image.Data.ToArray(), Is.EqualTo(jpeg));
        });
    }

    [Test]
    public void Adobe_cmyk_jpeg_passes_through_with_the_inverting_decode_array_and_renders_in_its_colours()
    {
        var jpeg = TestPictures.CmykAdobeJpeg();
        var image = PdfImageEncoder.Encode(new ImageData(jpeg, ImageFormat.Jpeg), 16, 8, Dpi);
        Assert.Multiple(() =>
        {
            Assert.That(image.ColorSpace, Is.EqualTo("DeviceCMYK"));
            Assert.That(image.Filter, Is.EqualTo("DCTDecode"));
            Assert.That(image.Decode, Is.EqualTo(new double[] { 1, 0, 1, 0, 1, 0, 1, 0 }));
            Assert.That(image.Data.ToArray(), Is.EqualTo(jpeg));
        });

        // Poppler's CMYK → RGB is not Skia's, so the colours agree only roughly; without the Decode
        // array the inverted samples would come out near their complement (cyan for red).
        using var page = OneImagePdf.Render(image, 160, 80, 0, 0, 160, 80);
        AssertNear(page.GetPixel(40, 40), new SKColor(230, 0, 18), 60, "left half");
        AssertNear(page.GetPixel(120, 40), new SKColor(0, 90, 200), 60, "right half");
    }

    [Test]
    public void Cmyk_jpeg_becomes_an_rgb_jpeg_when_only_rgb_is_allowed()
    {
        var image = PdfImageEncoder.Encode(new ImageData(TestPictures.CmykAdobeJpeg(), ImageFormat.Jpeg), 16, 8, Dpi, rgbOnly: true);
        Assert.Multiple(() =>
        {
            Assert.That(image.ColorSpace, Is.EqualTo("DeviceRGB"));
            Assert.That(image.Filter, Is.EqualTo("DCTDecode"));
            Assert.That(image.Decode, Is.Null);
            Assert.That(ImageHeader.TryRead(image.Data.Span)?.Components, Is.EqualTo(3));
        });

        using var page = OneImagePdf.Render(image, 160, 80, 0, 0, 160, 80);
        AssertNear(page.GetPixel(40, 40), new SKColor(230, 0, 18), 60, "left half");
        AssertNear(page.GetPixel(120, 40), new SKColor(0, 90, 200), 60, "right half");
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    [TestCase(5)]
    [TestCase(6)]
    [TestCase(7)]
    [TestCase(8)]
    public void Matrix_puts_the_stored_corners_where_exif_says(int orientation)
    {
        // EXIF 2.32 §4.6.4: where the stored 0th row and 0th column are seen.
        var (rowSide, columnSide) = orientation switch
        {
            1 => ("top", "left"),
            2 => ("top", "right"),
            3 => ("bottom", "right"),
            4 => ("bottom", "left"),
            5 => ("left", "top"),
            6 => ("right", "top"),
            7 => ("right", "bottom"),
            _ => ("left", "bottom"),
        };
        const double x = 100, yBottom = 200, width = 50, height = 80;
        var m = PdfImagePlacement.Matrix(orientation, x, yBottom, width, height);

        // Unit square (ISO 32000-1, 8.9.5): stored row 0 at v = 1, column 0 at u = 0.
        foreach (var (onFirstRow, onFirstColumn) in new[] { (true, true), (true, false), (false, true), (false, false) })
        {
            var (u, v) = (onFirstColumn ? 0.0 : 1.0, onFirstRow ? 1.0 : 0.0);
            var seen = ((m[0] * u) + (m[2] * v) + m[4], (m[1] * u) + (m[3] * v) + m[5]);
            var rowEdge = onFirstRow ? rowSide : Opposite(rowSide);
            var columnEdge = onFirstColumn ? columnSide : Opposite(columnSide);
            var horizontal = rowEdge is "left" or "right" ? rowEdge : columnEdge;
            var vertical = rowEdge is "top" or "bottom" ? rowEdge : columnEdge;
            var expected = (horizontal == "left" ? x : x + width, vertical == "bottom" ? yBottom : yBottom + height);
            Assert.That(seen, Is.EqualTo(expected), $"stored corner row {(onFirstRow ? "first" : "last")}, column {(onFirstColumn ? "first" : "last")}");
        }
    }

    [TestCase(1)]
    [TestCase(3)]
    [TestCase(6)]
    [TestCase(8)]
    public void Exif_rotated_jpeg_is_drawn_upright_in_the_upright_box(int orientation)
    {
        // The picture as it should be seen: 40 × 60 quadrants. Store it as EXIF would have it.
        const int uprightWidth = 40, uprightHeight = 60;
        using var upright = TestPictures.Bitmap(uprightWidth, uprightHeight, (x, y) => TestPictures.Quadrant(x, y, uprightWidth, uprightHeight));
        var stored = StoreAs(upright, orientation);
        var jpeg = TestPictures.WithExifOrientation(TestPictures.Jpeg(stored.Width, stored.Height, (x, y) => stored.GetPixel(x, y)), orientation, littleEndian: orientation % 2 == 0);
        stored.Dispose();

        var header = ImageHeader.TryRead(jpeg)!.Value;
        Assert.That((header.WidthPx, header.HeightPx), Is.EqualTo((uprightWidth, uprightHeight)), "upright size from the header");
        var image = PdfImageEncoder.Encode(new ImageData(jpeg, ImageFormat.Jpeg), 120, 180, Dpi);
        Assert.That(image.Orientation, Is.EqualTo(orientation));
        Assert.That(image.Data.ToArray(), Is.EqualTo(jpeg), "the bytes still pass through");

        using var page = OneImagePdf.Render(image, 140, 200, 10, 10, 120, 180);
        // Page pixels are y-down: the box spans x 10…130, y 10…190. Sample each quadrant's middle.
        AssertNear(page.GetPixel(40, 55), TestPictures.Quadrant(0, 0, 2, 2), 40, "top-left");
        AssertNear(page.GetPixel(100, 55), TestPictures.Quadrant(1, 0, 2, 2), 40, "top-right");
        AssertNear(page.GetPixel(40, 145), TestPictures.Quadrant(0, 1, 2, 2), 40, "bottom-left");
        AssertNear(page.GetPixel(100, 145), TestPictures.Quadrant(1, 1, 2, 2), 40, "bottom-right");
    }

    [Test]
    public void Picture_with_too_many_pixels_is_downsampled_to_the_limit()
    {
        // 20000 × 20000 px printed 200 pt square: 300 dpi allows 833 px.
        var png = TestPictures.SolidPng(20000, 20000);
        var image = PdfImageEncoder.Encode(new ImageData(png, ImageFormat.Png), 200, 200, Dpi);

        var samples = TestPictures.Inflate(image.Data);
        Assert.Multiple(() =>
        {
            Assert.That((image.WidthPx, image.HeightPx), Is.EqualTo((833, 833)));
            Assert.That(image.WidthPx / (200 / 72.0), Is.LessThanOrEqualTo(Dpi));
            Assert.That(image.ColorSpace, Is.EqualTo("DeviceGray"));
            Assert.That(samples, Has.Length.EqualTo(833 * 833));
            Assert.That(samples, Has.All.EqualTo((byte)255));
        });
    }

    [Test]
    public void Downsampled_png_averages_whole_areas_and_stays_lossless_flate()
    {
        // 1200 × 600 px, left half red, right half transparent-blue-on-half-alpha, printed 144 × 72 pt
        // at 300 dpi: 600 × 300 px allowed, exactly a 2 × 2 average.
        var png = TestPictures.Png(1200, 600, (x, _) => x < 600 ? new SKColor(200, 10, 10) : new SKColor(10, 20, 240, 128));
        var image = PdfImageEncoder.Encode(new ImageData(png, ImageFormat.Png), 144, 72, Dpi);

        var colour = TestPictures.Inflate(image.Data);
        var alpha = TestPictures.Inflate(image.SoftMask!.Data);
        Assert.Multiple(() =>
        {
            Assert.That((image.WidthPx, image.HeightPx), Is.EqualTo((600, 300)));
            Assert.That(image.Filter, Is.EqualTo("FlateDecode"));
            Assert.That(colour.AsSpan(((150 * 600) + 100) * 3, 3).ToArray(), Is.EqualTo(new byte[] { 200, 10, 10 }));
            Assert.That(colour.AsSpan(((150 * 600) + 500) * 3, 3).ToArray(), Is.EqualTo(new byte[] { 10, 20, 240 }));
            Assert.That(alpha[(150 * 600) + 100], Is.EqualTo(255));
            Assert.That(alpha[(150 * 600) + 500], Is.EqualTo(128));
        });
    }

    [Test]
    public void Downsampled_jpeg_is_a_smaller_jpeg_within_the_limit()
    {
        var jpeg = TestPictures.Jpeg(1600, 1200, (x, y) => TestPictures.Quadrant(x, y, 1600, 1200));
        // 144 × 108 pt at 300 dpi allows 600 × 450 px.
        var image = PdfImageEncoder.Encode(new ImageData(jpeg, ImageFormat.Jpeg), 144, 108, Dpi);

        var header = ImageHeader.TryRead(image.Data.Span);
        Assert.Multiple(() =>
        {
            Assert.That((image.WidthPx, image.HeightPx), Is.EqualTo((600, 450)));
            Assert.That(image.Filter, Is.EqualTo("DCTDecode"));
            Assert.That(header?.Format, Is.EqualTo(ImageFormat.Jpeg));
            Assert.That((header?.StoredWidthPx, header?.StoredHeightPx), Is.EqualTo((600, 450)), "the JPEG's own frame says the same size");
        });
        using var decoded = TestPictures.Decode(image.Data.Span);
        AssertNear(decoded.GetPixel(150, 110), TestPictures.Quadrant(0, 0, 2, 2), 12, "top-left");
        AssertNear(decoded.GetPixel(450, 340), TestPictures.Quadrant(1, 1, 2, 2), 12, "bottom-right");
    }

    [Test]
    public void Orientation_swaps_the_axes_the_limit_applies_to()
    {
        // Stored 1200 × 400, orientation 6: seen 400 × 1200, printed 72 × 216 pt. 300 dpi allows 300 × 900 upright.
        var jpeg = TestPictures.WithExifOrientation(TestPictures.Jpeg(1200, 400, Varied), 6, littleEndian: false);
        var image = PdfImageEncoder.Encode(new ImageData(jpeg, ImageFormat.Jpeg), 72, 216, Dpi);
        Assert.Multiple(() =>
        {
            Assert.That((image.WidthPx, image.HeightPx), Is.EqualTo((900, 300)), "stored orientation");
            Assert.That(image.Orientation, Is.EqualTo(6));
        });
    }

    [Test]
    public void Limit_keeps_the_aspect_and_never_exceeds_the_dpi()
    {
        foreach (var (w, h, wPt, hPt, dpi) in new[] { (20000, 20000, 200.0, 200.0, 300.0), (3000, 2000, 283.5, 189.0, 300.0), (999, 1001, 33.3, 33.37, 150.0), (5, 5, 1.0, 1.0, 72.0) })
        {
            var (tw, th) = ImageResolution.Limit(w, h, wPt, hPt, dpi);
            Assert.That(tw / (wPt / 72), Is.LessThanOrEqualTo(dpi), $"{w}×{h} at {wPt} pt");
            Assert.That(th / (hPt / 72), Is.LessThanOrEqualTo(dpi), $"{w}×{h} at {hPt} pt");
            Assert.That(tw, Is.GreaterThan(0));
        }

        Assert.That(ImageResolution.Limit(800, 600, 288, 216, 300), Is.EqualTo((800, 600)), "within the limit nothing changes");
    }

    [Test]
    public void Unreadable_bytes_are_an_invalid_data_exception() =>
        Assert.That(() => PdfImageEncoder.Encode(new ImageData(new byte[] { 1, 2, 3 }, ImageFormat.Png), 10, 10, Dpi), Throws.InstanceOf<InvalidDataException>());

    private static byte[] Rgb(SKBitmap bitmap)
    {
        var rgb = new byte[bitmap.Width * bitmap.Height * 3];
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                var i = ((y * bitmap.Width) + x) * 3;
                (rgb[i], rgb[i + 1], rgb[i + 2]) = (c.Red, c.Green, c.Blue);
            }
        }

        return rgb;
    }

    /// <summary>The stored pixels that orientation <paramref name="orientation"/> turns into <paramref name="upright"/>.</summary>
    private static SKBitmap StoreAs(SKBitmap upright, int orientation)
    {
        var swap = orientation >= 5;
        var (w, h) = swap ? (upright.Height, upright.Width) : (upright.Width, upright.Height);
        // Inverse of the EXIF map written out per value: stored (sx, sy) is seen at (X, Y).
        return TestPictures.Bitmap(w, h, (sx, sy) =>
        {
            var (X, Y) = orientation switch
            {
                1 => (sx, sy),
                3 => (w - 1 - sx, h - 1 - sy),
                6 => (h - 1 - sy, sx),   // row 0 on the right, column 0 at the top
                8 => (sy, w - 1 - sx),   // row 0 on the left, column 0 at the bottom
                _ => throw new ArgumentOutOfRangeException(nameof(orientation)),
            };
            return upright.GetPixel(X, Y);
        });
    }

    private static string Opposite(string side) => side switch
    {
        "top" => "bottom",
        "bottom" => "top",
        "left" => "right",
        _ => "left",
    };

    private static void AssertNear(SKColor actual, SKColor expected, int tolerance, string where) =>
        Assert.That(
            Math.Max(Math.Abs(actual.Red - expected.Red), Math.Max(Math.Abs(actual.Green - expected.Green), Math.Abs(actual.Blue - expected.Blue))),
            Is.LessThanOrEqualTo(tolerance),
            $"{where}: {actual} is not near {expected}");
}
