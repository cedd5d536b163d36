using Bulletin.Docs.Imaging;
using Bulletin.Docs.Model;
using Bulletin.Docs.Pdf;
using SkiaSharp;

namespace Bulletin.Docs.Word;

/// <summary>
/// An upright copy of a picture whose EXIF orientation (tag 0x0112) is not 1, for the .docx:
/// Word and LibreOffice draw a picture's stored samples as they are, ignoring EXIF, so the
/// samples themselves are turned. PNG stays PNG (pixel for pixel); a JPEG becomes a JPEG at
/// <see cref="JpegQuality"/>.
/// </summary>
internal static class UprightPicture
{
    /// <summary>The quality an upright JPEG copy is encoded at.</summary>
    public const int JpegQuality = 92;

    /// <summary>
    /// The upright picture, at most <see cref="PdfOptions.DefaultMaxImageDpi"/> at the size of
    /// <paramref name="maxWidthPt"/> × <paramref name="maxHeightPt"/> (the largest it can be printed),
    /// decoded at that reduced scale, in the same format as the source.
    /// </summary>
    /// <exception cref="InvalidDataException">Skia cannot decode or encode the picture.</exception>
    public static byte[] Encode(ReadOnlyMemory<byte> bytes, ImageHeader header, double maxWidthPt, double maxHeightPt)
    {
        var (width, height) = ImageResolution.Limit(header.WidthPx, header.HeightPx, maxWidthPt, maxHeightPt, PdfOptions.DefaultMaxImageDpi);
        var (storedWidth, storedHeight) = header.SwapsAxes ? (height, width) : (width, height);
        using var stored = ScaledImageDecoder.Decode(bytes, storedWidth, storedHeight);
        using var upright = ExifOrientationMap.Of(header.Orientation).Upright(stored);
        using var pixmap = upright.PeekPixels();
        using var data = header.Format == ImageFormat.Jpeg
            ? pixmap.Encode(new SKJpegEncoderOptions(JpegQuality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore))
            : pixmap.Encode(SKPngEncoderOptions.Default);
        return data?.ToArray() ?? throw new InvalidDataException("Skia could not encode the upright picture.");
    }
}
