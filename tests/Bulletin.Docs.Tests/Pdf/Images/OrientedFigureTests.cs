using System.IO.Compression;
using System.Text.RegularExpressions;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Model;
using Bulletin.Docs.Tests.Support;
using Bulletin.Docs.Theme;
using NUnit.Framework;
using SkiaSharp;

namespace Bulletin.Docs.Tests.Pdf.Images;

/// <summary>
/// An EXIF orientation-6 JPEG (stored landscape 240 × 160, seen portrait 160 × 240) comes out
/// upright with the portrait aspect in the layout, the PNG preview and the .docx (also as
/// LibreOffice renders it).
/// </summary>
public sealed partial class OrientedFigureTests
{
    private const int UprightWidth = 160, UprightHeight = 240;

    private static readonly Lazy<FontRegistry> Fonts = new(DefaultFonts.CreateRegistry);

    private static BulletinOptions Options => new() { Theme = BulletinThemes.PressRelease, Fonts = Fonts.Value };

    private static BulletinDocument Document() => new()
    {
        Items = [new Article { Headline = "转图", Body = [new Paragraph("导语。"), new Figure { Image = new ImageData(OrientationSixJpeg(), ImageFormat.Jpeg), AltText = "竖图" }] }],
        Metadata = new DocumentMetadata { Title = "转图", Created = new DateTimeOffset(2025, 1, 7, 8, 0, 0, TimeSpan.FromHours(8)) },
    };

    [Test]
    public void Layout_box_has_the_upright_aspect_and_the_png_preview_shows_the_picture_upright()
    {
        var layout = BulletinLayoutEngine.Layout(Document(), Options);
        var (page, image) = layout.Pages.SelectMany(p => p.Elements.OfType<ImageElement>().Select(e => (p, e))).Single();
        Assert.That(image.Width / image.Height, Is.EqualTo((double)UprightWidth / UprightHeight).Within(0.5).Percent, "portrait box");

        const double dpi = 72;
        using var png = TestPictures.Decode(BulletinPng.RenderPage(layout, layout.Pages.ToList().IndexOf(page) + 1, dpi));
        AssertQuadrants(png, image.X, image.Y, image.Width, image.Height, dpi / 72);
    }

    [Test]
    public void Docx_holds_an_upright_picture_in_a_portrait_box_and_libre_office_shows_it_upright()
    {
        using var docx = new MemoryStream();
        BulletinDocx.Write(Document(), docx, Options);

        using (var zip = new ZipArchive(new MemoryStream(docx.ToArray()), ZipArchiveMode.Read))
        {
            var media = zip.Entries.Single(e => e.FullName.StartsWith("word/media/", StringComparison.Ordinal));
            using var mediaStream = new MemoryStream();
            media.Open().CopyTo(mediaStream);
            var header = ImageHeader.TryRead(mediaStream.ToArray())!.Value;
            using var xml = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
            var extent = ExtentPattern().Match(xml.ReadToEnd());
            Assert.Multiple(() =>
            {
                Assert.That((header.Orientation, header.StoredWidthPx, header.StoredHeightPx), Is.EqualTo((1, UprightWidth, UprightHeight)), "stored upright, no EXIF left to obey");
                Assert.That(extent.Success, Is.True, "wp:extent");
                Assert.That(long.Parse(extent.Groups[1].Value) / (double)long.Parse(extent.Groups[2].Value), Is.EqualTo((double)UprightWidth / UprightHeight).Within(0.5).Percent, "portrait extent");
            });
            using var picture = TestPictures.Decode(mediaStream.ToArray());
            AssertQuadrants(picture, 0, 0, UprightWidth, UprightHeight, 1);
        }

        var folder = Directory.CreateTempSubdirectory("bulletin-oriented-docx-");
        try
        {
            var path = Path.Combine(folder.FullName, "oriented.docx");
            File.WriteAllBytes(path, docx.ToArray());
            var pdf = ExternalTool.ConvertToPdf(path, folder.FullName);
            var run = ExternalTool.Run("pdftoppm", ["-r", "72", "-png", "-f", "1", "-l", "1", "-singlefile", pdf, Path.Combine(folder.FullName, "page")]);
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            using var page = TestPictures.Decode(File.ReadAllBytes(Path.Combine(folder.FullName, "page.png")));
            var box = PictureBox(page);
            Assert.That(box.Width / box.Height, Is.EqualTo((double)UprightWidth / UprightHeight).Within(3).Percent, $"LibreOffice's picture box {box}");
            AssertQuadrants(page, box.Left, box.Top, box.Width, box.Height, 1);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The upright picture's four quadrants, stored as orientation 6 wants: turned 90° counter-clockwise.</summary>
    private static byte[] OrientationSixJpeg()
    {
        // Orientation 6: stored row 0 is seen as the right column, stored column 0 as the top row,
        // so upright (X, Y) = (storedHeight − 1 − sy, sx).
        const int storedWidth = UprightHeight, storedHeight = UprightWidth;
        var jpeg = TestPictures.Jpeg(storedWidth, storedHeight, (sx, sy) => TestPictures.Quadrant(storedHeight - 1 - sy, sx, UprightWidth, UprightHeight));
        return TestPictures.WithExifOrientation(jpeg, 6, littleEndian: true);
    }

    /// <summary>Checks the middle of each quadrant of the box (pt) on a bitmap at <paramref name="scale"/> px per pt.</summary>
    private static void AssertQuadrants(SKBitmap bitmap, double x, double y, double width, double height, double scale)
    {
        Assert.Multiple(() =>
        {
            foreach (var (qx, qy, name) in new[] { (0, 0, "top-left"), (1, 0, "top-right"), (0, 1, "bottom-left"), (1, 1, "bottom-right") })
            {
                var px = (int)((x + (width * (0.25 + (0.5 * qx)))) * scale);
                var py = (int)((y + (height * (0.25 + (0.5 * qy)))) * scale);
                var actual = bitmap.GetPixel(px, py);
                var expected = TestPictures.Quadrant(qx, qy, 2, 2);
                var distance = Math.Max(Math.Abs(actual.Red - expected.Red), Math.Max(Math.Abs(actual.Green - expected.Green), Math.Abs(actual.Blue - expected.Blue)));
                Assert.That(distance, Is.LessThanOrEqualTo(40), $"{name} at {px},{py}: {actual}, expected near {expected}");
            }
        });
    }

    /// <summary>The bounding box of the strongly coloured (non-gray) pixels of a rendered page: the picture.</summary>
    private static SKRect PictureBox(SKBitmap page)
    {
        int left = int.MaxValue, top = int.MaxValue, right = -1, bottom = -1;
        for (var y = 0; y < page.Height; y++)
        {
            for (var x = 0; x < page.Width; x++)
            {
                var c = page.GetPixel(x, y);
                if (Math.Max(c.Red, Math.Max(c.Green, c.Blue)) - Math.Min(c.Red, Math.Min(c.Green, c.Blue)) > 120)
                {
                    (left, top, right, bottom) = (Math.Min(left, x), Math.Min(top, y), Math.Max(right, x), Math.Max(bottom, y));
                }
            }
        }

        Assert.That(right, Is.GreaterThanOrEqualTo(0), "no picture on the page");
        return new SKRect(left, top, right + 1, bottom + 1);
    }

    [GeneratedRegex("<wp:extent cx=\"(\\d+)\" cy=\"(\\d+)\"")]
    private static partial Regex ExtentPattern();
}
