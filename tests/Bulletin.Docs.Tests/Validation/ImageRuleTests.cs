using Bulletin.Docs.Model;
using NUnit.Framework;
using static Bulletin.Docs.Tests.Validation.SampleBulletins;
using static Bulletin.Docs.Tests.Validation.ValidationAssert;

namespace Bulletin.Docs.Tests.Validation;

public sealed class ImageRuleTests
{
    private static string[] ImageProblems(ImageData image) => Problems(WithBody(FigureOf(image)));

    [Test]
    public void Real_png_and_jpeg_are_valid()
    {
        Assert.That(ImageProblems(new ImageData(TestImages.Png, ImageFormat.Png)), Is.Empty);
        Assert.That(ImageProblems(new ImageData(TestImages.Jpeg, ImageFormat.Jpeg)), Is.Empty);
    }

    [Test]
    public void From_file_takes_the_format_from_the_bytes_when_the_extension_says_otherwise()
    {
        var folder = Directory.CreateTempSubdirectory("bulletin-image-");
        try
        {
            var jpegNamedPng = Path.Combine(folder.FullName, "photo.png");
            var pngNamedJpg = Path.Combine(folder.FullName, "photo.jpg");
            File.WriteAllBytes(jpegNamedPng, TestImages.Jpeg);
            File.WriteAllBytes(pngNamedJpg, TestImages.Png);

            Assert.That(ImageData.FromFile(jpegNamedPng).Format, Is.EqualTo(ImageFormat.Jpeg));
            Assert.That(ImageData.FromFile(pngNamedJpg).Format, Is.EqualTo(ImageFormat.Png));
            Assert.That(ImageProblems(ImageData.FromFile(jpegNamedPng)), Is.Empty);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void Empty_bytes_are_reported() =>
        Assert.That(ImageProblems(new ImageData(ReadOnlyMemory<byte>.Empty, ImageFormat.Png)), Is.EqualTo(new[] { "Items[0].Body[0].Image: image bytes are empty" }));

    [Test]
    public void Bytes_that_are_neither_png_nor_jpeg_are_reported() =>
        Assert.That(ImageProblems(new ImageData("GIF89a\u0001\u0000"u8.ToArray(), ImageFormat.Png)), Is.EqualTo(new[]
        {
            "Items[0].Body[0].Image: image bytes are neither PNG nor JPEG (they start with 47 49 46 38 39 61 01 00)",
        }));

    [Test]
    public void Signature_contradicting_the_claimed_format_is_reported()
    {
        Assert.That(ImageProblems(new ImageData(TestImages.Png, ImageFormat.Jpeg)), Is.EqualTo(new[] { "Items[0].Body[0].Image: image claims Jpeg but the bytes are PNG" }));
        Assert.That(ImageProblems(new ImageData(TestImages.Jpeg, ImageFormat.Png)), Is.EqualTo(new[] { "Items[0].Body[0].Image: image claims Png but the bytes are JPEG" }));
    }

    [Test]
    public void Header_cut_short_is_reported() =>
        Assert.That(ImageProblems(new ImageData(TestImages.Png.AsMemory(0, 20), ImageFormat.Png)), Is.EqualTo(new[]
        {
            "Items[0].Body[0].Image: the PNG header cannot be read (cut short, or a zero width or height)",
        }));

    [Test]
    public void Zero_size_is_reported()
    {
        var png = TestImages.Png.ToArray();
        png.AsSpan(16, 4).Clear(); // IHDR width
        Assert.That(ImageProblems(new ImageData(png, ImageFormat.Png)), Is.EqualTo(new[]
        {
            "Items[0].Body[0].Image: the PNG header cannot be read (cut short, or a zero width or height)",
        }));
    }

    [Test]
    public void Jpeg_without_frame_header_is_reported() =>
        Assert.That(ImageProblems(new ImageData(new byte[] { 0xFF, 0xD8, 0xFF, 0xD9 }, ImageFormat.Jpeg)), Is.EqualTo(new[]
        {
            "Items[0].Body[0].Image: the JPEG header cannot be read (cut short, or a zero width or height)",
        }));

    [TestCase(0)]
    [TestCase(-72)]
    [TestCase(double.NaN)]
    public void Non_positive_dpi_is_reported(double dpi) =>
        Assert.That(ImageProblems(new ImageData(TestImages.Png, ImageFormat.Png) { Dpi = dpi }), Is.EqualTo(new[]
        {
            $"Items[0].Body[0].Image.Dpi: Dpi must be a positive number, is {(double.IsNaN(dpi) ? "NaN" : dpi.ToString(System.Globalization.CultureInfo.InvariantCulture))}",
        }));

    [Test]
    public void Undefined_format_is_reported() =>
        Assert.That(ImageProblems(new ImageData(TestImages.Png, (ImageFormat)7)), Is.EqualTo(new[] { "Items[0].Body[0].Image.Format: format 7 is neither Png nor Jpeg" }));
}
