using System.IO.Compression;
using Bulletin.Docs.Imaging;
using Bulletin.Docs.Model;
using SkiaSharp;

namespace Bulletin.Docs.Pdf.Images;

/// <summary>
/// Turns an <see cref="ImageData"/> into the samples of an image XObject (ISO 32000-1, 8.9.5) at
/// no more pixels than a resolution limit allows at its printed size.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A JPEG within the limit passes through byte for byte (DCTDecode, 7.4.8), with the colour
/// space its frame header names (1 component gray, 3 RGB, 4 CMYK) and, for four components behind
/// Adobe's APP14 marker, the Decode array [1 0 1 0 1 0 1 0] that undoes its inverted CMYK.</item>
/// <item>A PNG within the limit keeps its exact samples: 8-bit RGB or gray, zlib-compressed
/// (FlateDecode, 7.4.4), alpha as a soft-mask image (11.6.5.3) over unpremultiplied colour.</item>
/// <item>A picture over the limit is decoded at reduced scale and resampled to the limit. A PNG
/// stays Flate (lossless after the resampling). A JPEG is re-encoded as a JPEG at quality
/// <see cref="DownsampledJpegQuality"/> without chroma subsampling: its source is already a
/// lossy photograph, which Flate would store about three times larger for no visible gain (the
/// winter-park sample at 600 × 400 px: 41 KB as JPEG, 117 KB as Flate).</item>
/// <item>The EXIF orientation is not applied to the samples: it comes back in
/// <see cref="PdfImage.Orientation"/>, and <see cref="PdfImagePlacement.Matrix"/> draws it upright.</item>
/// </list>
/// Thread-safe: nothing is shared between calls.
/// </remarks>
internal static class PdfImageEncoder
{
    /// <summary>The quality a JPEG is re-encoded at when it must be downsampled.</summary>
    public const int DownsampledJpegQuality = 90;

    /// <summary>
    /// Encodes <paramref name="image"/> printed upright <paramref name="widthPt"/> ×
    /// <paramref name="heightPt"/> (pt) with at most <paramref name="maxDpi"/> pixels per inch.
    /// </summary>
    /// <param name="image">The picture.</param>
    /// <param name="widthPt">Printed width of the upright picture, pt.</param>
    /// <param name="heightPt">Printed height of the upright picture, pt.</param>
    /// <param name="maxDpi">Most pixels per inch kept along either side.</param>
    /// <param name="rgbOnly">
    /// Re-encode a CMYK JPEG as an RGB JPEG (quality <see cref="DownsampledJpegQuality"/>) instead of
    /// passing it through as DeviceCMYK: PDF/A-2 (ISO 19005-2, 6.2.4.3) allows DeviceCMYK only under a
    /// CMYK output intent, so with an sRGB output intent it must not appear.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException">A size or the limit is not a positive finite number.</exception>
    /// <exception cref="InvalidDataException">The bytes are not a readable PNG or JPEG (validation reports this before any writer runs).</exception>
    public static PdfImage Encode(ImageData image, double widthPt, double heightPt, double maxDpi, bool rgbOnly = false)
    {
        ArgumentNullException.ThrowIfNull(image);
        Positive(widthPt, nameof(widthPt));
        Positive(heightPt, nameof(heightPt));
        Positive(maxDpi, nameof(maxDpi));
        var bytes = image.Bytes.Span;
        var header = ImageHeader.TryRead(bytes)
            ?? throw new InvalidDataException("The image is neither a readable PNG nor a readable JPEG.");
        var (width, height) = ImageResolution.StoredLimit(header, widthPt, heightPt, maxDpi);
        var keepsSize = width == header.StoredWidthPx && height == header.StoredHeightPx;
        return header.Format switch
        {
            ImageFormat.Jpeg when keepsSize && PassesThrough(header) && !(rgbOnly && header.Components == 4) => PassThrough(image.Bytes, header),
            ImageFormat.Jpeg when !keepsSize || header.Components == 4 => ReencodeJpeg(image.Bytes, header, width, height),
            ImageFormat.Jpeg or ImageFormat.Png => Flate(image.Bytes, header, width, height),
            _ => throw new InvalidDataException($"Image format {header.Format} is not supported."),
        };
    }

    /// <summary>
    /// Whether PDF readers take the JPEG as it is: Huffman-coded baseline, extended or progressive
    /// (SOF0–SOF2; 7.4.8 allows no arithmetic or lossless coding), 8-bit samples, 1, 3 or 4 components.
    /// </summary>
    private static bool PassesThrough(ImageHeader header) =>
        header.JpegFrameMarker is 0xC0 or 0xC1 or 0xC2
        && header.BitsPerSample == 8
        && header.Components is 1 or 3 or 4;

    private static PdfImage PassThrough(ReadOnlyMemory<byte> bytes, ImageHeader header) => new(
        header.StoredWidthPx,
        header.StoredHeightPx,
        ColorSpaceOf(header.Components),
        "DCTDecode",
        bytes,
        header.Components == 4 && header.HasAdobeMarker ? [1, 0, 1, 0, 1, 0, 1, 0] : null,
        SoftMask: null,
        header.Orientation);

    private static PdfImage ReencodeJpeg(ReadOnlyMemory<byte> bytes, ImageHeader header, int width, int height)
    {
        using var decoded = ScaledImageDecoder.Decode(bytes, width, height);
        var gray = header.Components == 1;
        SKData? encoded;
        var options = new SKJpegEncoderOptions(DownsampledJpegQuality, SKJpegEncoderDownsample.Downsample444, SKJpegEncoderAlphaOption.Ignore);
        if (gray)
        {
            using var grayBitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Gray8, SKAlphaType.Opaque));
            var from = decoded.GetPixelSpan();
            var to = grayBitmap.GetPixelSpan();
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < width; x++)
                {
                    to[(y * grayBitmap.RowBytes) + x] = from[(y * decoded.RowBytes) + (x * 4)];
                }
            }

            using var pixmap = grayBitmap.PeekPixels();
            encoded = pixmap.Encode(options);
        }
        else
        {
            using var pixmap = decoded.PeekPixels();
            encoded = pixmap.Encode(options);
        }

        using (encoded)
        {
            if (encoded is null)
            {
                throw new InvalidDataException("Skia could not re-encode the downsampled JPEG.");
            }

            return new PdfImage(width, height, gray ? "DeviceGray" : "DeviceRGB", "DCTDecode", encoded.ToArray(), null, null, header.Orientation);
        }
    }

    private static PdfImage Flate(ReadOnlyMemory<byte> bytes, ImageHeader header, int width, int height)
    {
        var gray = header.Components == 1;
        var samples = new byte[width * (gray ? 1 : 3)];
        var alphaRow = header.HasAlpha ? new byte[width] : null;
        var colourData = new MemoryStream();
        var alphaData = header.HasAlpha ? new MemoryStream() : null;
        var opaque = true;
        using (var colour = new ZLibStream(colourData, CompressionLevel.Optimal, leaveOpen: true))
        using (var alpha = alphaData is null ? null : new ZLibStream(alphaData, CompressionLevel.Optimal, leaveOpen: true))
        {
            ScaledImageDecoder.DecodeRows(bytes, width, height, (row, _) =>
            {
                for (var x = 0; x < width; x++)
                {
                    if (gray)
                    {
                        samples[x] = row[x * 4];
                    }
                    else
                    {
                        samples[x * 3] = row[x * 4];
                        samples[(x * 3) + 1] = row[(x * 4) + 1];
                        samples[(x * 3) + 2] = row[(x * 4) + 2];
                    }

                    if (alphaRow is not null)
                    {
                        alphaRow[x] = row[(x * 4) + 3];
                        opaque &= alphaRow[x] == 255;
                    }
                }

                colour.Write(samples);
                alpha?.Write(alphaRow);
            });
        }

        var mask = alphaData is null || opaque
            ? null
            : new PdfImage(width, height, "DeviceGray", "FlateDecode", Contents(alphaData), null, null, header.Orientation);
        return new PdfImage(width, height, gray ? "DeviceGray" : "DeviceRGB", "FlateDecode", Contents(colourData), null, mask, header.Orientation);
    }

    private static ReadOnlyMemory<byte> Contents(MemoryStream stream) => stream.GetBuffer().AsMemory(0, (int)stream.Length);

    private static string ColorSpaceOf(int components) => components switch
    {
        1 => "DeviceGray",
        4 => "DeviceCMYK",
        _ => "DeviceRGB",
    };

    private static void Positive(double value, string name)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be a positive finite number.");
        }
    }
}
