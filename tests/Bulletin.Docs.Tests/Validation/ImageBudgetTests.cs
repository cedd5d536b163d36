using Bulletin.Docs.Model;
using Bulletin.Docs.Tests.Pdf.Images;
using Bulletin.Docs.Theme;
using Bulletin.Docs.Validation;
using NUnit.Framework;
using static Bulletin.Docs.Tests.Validation.SampleBulletins;

namespace Bulletin.Docs.Tests.Validation;

/// <summary>The image pixel budget (<see cref="BulletinOptions.MaxImagePixels"/>) and header-only reading.</summary>
public sealed class ImageBudgetTests
{
    private static BulletinDocument WithPicture(byte[] png) => WithBody(FigureOf(new ImageData(png, ImageFormat.Png)));

    private static string[] Problems(BulletinDocument document, long budget = BulletinOptions.DefaultMaxImagePixels) =>
        [.. BulletinValidator.Validate(document, BulletinThemes.Newspaper, fonts: null, budget).Select(p => p.ToString())];

    [Test]
    public void Png_claiming_100000_by_100000_pixels_is_a_validation_problem_at_its_path_from_every_writer()
    {
        var document = WithPicture(TestPictures.PngClaiming(100_000, 100_000));
        const string expected = "Items[0].Body[0].Image: the PNG image is 100000 × 100000 px (10,000,000,000 pixels), more than the budget of 50,000,000 pixels (BulletinOptions.MaxImagePixels)";

        Assert.That(Problems(document), Is.EqualTo(new[] { expected }));
        var docx = Assert.Throws<BulletinValidationException>(() => BulletinDocx.Write(document, new MemoryStream()));
        var layout = Assert.Throws<BulletinValidationException>(() => BulletinLayoutEngine.Layout(document));
        Assert.Multiple(() =>
        {
            Assert.That(docx!.Problems.Select(p => p.ToString()), Is.EqualTo(new[] { expected }));
            Assert.That(layout!.Problems.Select(p => p.ToString()), Does.Contain(expected));
        });
    }

    [Test]
    public void Real_20000_by_20000_png_is_over_the_default_budget()
    {
        var png = TestPictures.SolidPng(20_000, 20_000);
        Assert.That(png, Has.Length.LessThan(100 * 1024), "a small file holding a huge picture");

        Assert.That(Problems(WithPicture(png)), Is.EqualTo(new[]
        {
            "Items[0].Body[0].Image: the PNG image is 20000 × 20000 px (400,000,000 pixels), more than the budget of 50,000,000 pixels (BulletinOptions.MaxImagePixels)",
        }));
    }

    [Test]
    public void Raised_budget_lets_a_large_picture_through_and_its_body_is_still_checked()
    {
        var document = WithPicture(TestPictures.SolidPng(10_000, 6_000));
        Assert.Multiple(() =>
        {
            Assert.That(Problems(document), Has.Length.EqualTo(1), "60 megapixels are over the default budget");
            Assert.That(Problems(document, budget: 60_000_000), Is.Empty);
        });

        var cut = TestPictures.SolidPng(10_000, 6_000);
        Array.Resize(ref cut, cut.Length - 40); // lose the end of IDAT and IEND
        Assert.That(Problems(WithPicture(cut), budget: 60_000_000), Is.EqualTo(new[] { "Items[0].Body[0].Image: the PNG image cannot be decoded (a chunk at byte 33 runs past the end of the file)" }));
    }

    [Test]
    public void Budget_is_inclusive()
    {
        var document = WithPicture(TestImages.Png); // 4 × 3 px
        Assert.Multiple(() =>
        {
            Assert.That(Problems(document, budget: 12), Is.Empty);
            Assert.That(Problems(document, budget: 11), Is.EqualTo(new[]
            {
                "Items[0].Body[0].Image: the PNG image is 4 × 3 px (12 pixels), more than the budget of 11 pixels (BulletinOptions.MaxImagePixels)",
            }));
        });
    }

    [Test]
    public void Cmyk_and_exif_rotated_jpegs_are_valid()
    {
        var rotated = TestPictures.WithExifOrientation(TestPictures.Jpeg(40, 30, (x, y) => new SkiaSharp.SKColor((byte)x, (byte)y, 9)), 6, littleEndian: true);
        Assert.Multiple(() =>
        {
            Assert.That(Problems(WithBody(FigureOf(new ImageData(TestPictures.CmykAdobeJpeg(), ImageFormat.Jpeg)))), Is.Empty);
            Assert.That(Problems(WithBody(FigureOf(new ImageData(rotated, ImageFormat.Jpeg)))), Is.Empty);
        });
    }

    [Test]
    public void Jpeg_over_the_budget_is_reported_from_its_frame_header()
    {
        var jpeg = TestPictures.Jpeg(40, 30, (x, y) => new SkiaSharp.SKColor((byte)x, (byte)y, 9));
        Assert.That(Problems(WithBody(FigureOf(new ImageData(jpeg, ImageFormat.Jpeg))), budget: 1000), Is.EqualTo(new[]
        {
            "Items[0].Body[0].Image: the JPEG image is 40 × 30 px (1,200 pixels), more than the budget of 1,000 pixels (BulletinOptions.MaxImagePixels)",
        }));
    }

    [TestCase(0)]
    [TestCase(-1)]
    public void Budget_below_one_pixel_is_refused(long budget) =>
        Assert.That(() => new BulletinOptions { MaxImagePixels = budget }, Throws.InstanceOf<ArgumentOutOfRangeException>());

    [Test]
    public void Interlaced_sixteen_bit_png_is_valid_and_stays_lossless_at_eight_bits()
    {
        var png = File.ReadAllBytes(Path.Combine(TestContext.CurrentContext.TestDirectory, "Pdf", "Images", "TestData", "interlaced.png"));
        Assert.That(Problems(WithPicture(png)), Is.Empty);

        var image = Bulletin.Docs.Pdf.Images.PdfImageEncoder.Encode(new ImageData(png, ImageFormat.Png), 30, 20, 300);
        using var expected = TestPictures.Decode(png);
        var samples = TestPictures.Inflate(image.Data);
        Assert.That(samples, Has.Length.EqualTo(30 * 20 * 3));
        for (var i = 0; i < 30 * 20; i++)
        {
            var c = expected.GetPixel(i % 30, i / 30);
            Assert.That(samples.AsSpan(i * 3, 3).ToArray(), Is.EqualTo(new[] { c.Red, c.Green, c.Blue }), $"pixel {i}");
        }
    }
}
