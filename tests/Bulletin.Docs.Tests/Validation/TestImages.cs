using SkiaSharp;

namespace Bulletin.Docs.Tests.Validation;

/// <summary>Small real images, encoded at run time, for tests that need valid picture bytes.</summary>
internal static class TestImages
{
    private static readonly Lazy<byte[]> PngBytes = new(() => Encode(SKEncodedImageFormat.Png));
    private static readonly Lazy<byte[]> JpegBytes = new(() => Encode(SKEncodedImageFormat.Jpeg));

    /// <summary>A 4 × 3 PNG.</summary>
    public static byte[] Png => PngBytes.Value;

    /// <summary>A 4 × 3 JPEG.</summary>
    public static byte[] Jpeg => JpegBytes.Value;

    private static byte[] Encode(SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(4, 3);
        bitmap.Erase(new SKColor(0xE6, 0x00, 0x12));
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }
}
