using Bulletin.Docs.Model;
using NUnit.Framework;
using SkiaSharp;

namespace Bulletin.Docs.Tests.Pdf.Images;

public sealed class ImageHeaderTests
{
    private static readonly byte[] Jpeg = TestPictures.Jpeg(40, 30, (x, y) => new SKColor((byte)x, (byte)y, 0));

    [TestCase(1, 40, 30)]
    [TestCase(2, 40, 30)]
    [TestCase(3, 40, 30)]
    [TestCase(4, 40, 30)]
    [TestCase(5, 30, 40)]
    [TestCase(6, 30, 40)]
    [TestCase(7, 30, 40)]
    [TestCase(8, 30, 40)]
    public void Jpeg_exif_orientation_is_read_in_both_byte_orders_and_gives_the_upright_size(int orientation, int width, int height)
    {
        foreach (var littleEndian in new[] { true, false })
        {
            var header = ImageHeader.TryRead(TestPictures.WithExifOrientation(Jpeg, orientation, littleEndian))!.Value;
            Assert.That(
                (header.Orientation, header.WidthPx, header.HeightPx, header.StoredWidthPx, header.StoredHeightPx),
                Is.EqualTo((orientation, width, height, 40, 30)),
                littleEndian ? "II" : "MM");
        }
    }

    [Test]
    public void Orientation_agrees_with_skias_own_exif_reader()
    {
        for (var orientation = 1; orientation <= 8; orientation++)
        {
            var jpeg = TestPictures.WithExifOrientation(Jpeg, orientation, littleEndian: orientation % 2 == 1);
            using var data = SKData.CreateCopy(jpeg);
            using var codec = SKCodec.Create(data)!;
            Assert.That(ImageHeader.TryRead(jpeg)!.Value.Orientation, Is.EqualTo((int)codec.EncodedOrigin), $"orientation {orientation}");
        }
    }

    [Test]
    public void Png_exif_chunk_orientation_is_read()
    {
        var png = TestPictures.PngWithExifOrientation(TestPictures.Png(40, 30, (x, _) => new SKColor((byte)x, 0, 0)), 6);
        var header = ImageHeader.TryRead(png)!.Value;
        Assert.That((header.Orientation, header.WidthPx, header.HeightPx), Is.EqualTo((6, 30, 40)));
    }

    [Test]
    public void Missing_or_unknown_orientation_is_upright()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ImageHeader.TryRead(Jpeg)!.Value.Orientation, Is.EqualTo(1));
            Assert.That(ImageHeader.TryRead(TestPictures.WithExifOrientation(Jpeg, 9, littleEndian: true))!.Value.Orientation, Is.EqualTo(1));
            Assert.That(ImageHeader.TryRead(TestPictures.WithExifOrientation(Jpeg, 0, littleEndian: false))!.Value.Orientation, Is.EqualTo(1));
        });
    }

    [Test]
    public void Exif_block_cut_short_is_ignored_not_a_crash()
    {
        var jpeg = TestPictures.WithExifOrientation(Jpeg, 6, littleEndian: true);
        // Point IFD0 far outside the block: the orientation is unknown, the frame is still found.
        jpeg[2 + 4 + 6 + 4] = 0xF0;
        var header = ImageHeader.TryRead(jpeg)!.Value;
        Assert.That((header.Orientation, header.WidthPx, header.HeightPx), Is.EqualTo((1, 40, 30)));
    }

    [Test]
    public void Jpeg_frame_and_adobe_marker_are_read()
    {
        var cmyk = ImageHeader.TryRead(TestPictures.CmykAdobeJpeg())!.Value;
        var rgb = ImageHeader.TryRead(Jpeg)!.Value;
        Assert.Multiple(() =>
        {
            Assert.That((cmyk.Components, cmyk.HasAdobeMarker, cmyk.BitsPerSample, cmyk.WidthPx, cmyk.HeightPx), Is.EqualTo((4, true, 8, 16, 8)));
            Assert.That((rgb.Components, rgb.HasAdobeMarker, rgb.JpegFrameMarker), Is.EqualTo((3, false, (byte)0xC0)));
        });
    }

    [Test]
    public void Png_alpha_and_gray_are_read()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ImageHeader.TryRead(TestPictures.GrayPng(3, 3, (_, _) => 9))!.Value.Components, Is.EqualTo(1));
            Assert.That(ImageHeader.TryRead(TestPictures.Png(3, 3, (_, _) => new SKColor(1, 2, 3, 4)))!.Value.HasAlpha, Is.True);
            Assert.That(ImageHeader.TryRead(TestPictures.SolidPng(3, 3))!.Value.HasAlpha, Is.False);
        });
    }
}
