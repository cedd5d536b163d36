using System.Buffers.Binary;

namespace Bulletin.Docs.Model;

/// <summary>
/// What an image's own bytes say it is, read from its headers without decoding a pixel: the real
/// format, the stored pixel size, the EXIF orientation and the sample layout.
/// </summary>
/// <param name="Format">The format found from the signature (not the claimed one).</param>
/// <param name="StoredWidthPx">Width of the stored samples in pixels (before <see cref="Orientation"/>).</param>
/// <param name="StoredHeightPx">Height of the stored samples in pixels (before <see cref="Orientation"/>).</param>
internal readonly record struct ImageHeader(ImageFormat Format, int StoredWidthPx, int StoredHeightPx)
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];

    /// <summary>
    /// The EXIF orientation (tag 0x0112, EXIF 2.32 §4.6.4): 1 upright, 2 mirrored, 3 turned 180°,
    /// 4 flipped, 5 transposed, 6 to be turned 90° clockwise, 7 transversed, 8 to be turned 90°
    /// counter-clockwise. 1 when the image carries none or an unknown value.
    /// </summary>
    public int Orientation { get; init; } = 1;

    /// <summary>Colour components of the stored samples: 1 (gray), 3 (RGB / YCbCr) or 4 (CMYK / YCCK; JPEG only).</summary>
    public int Components { get; init; } = 3;

    /// <summary>Whether the samples carry an alpha channel or transparency (PNG colour types 4 and 6, or a tRNS chunk).</summary>
    public bool HasAlpha { get; init; }

    /// <summary>Bits per sample: PNG's bit depth, JPEG's sample precision.</summary>
    public int BitsPerSample { get; init; } = 8;

    /// <summary>The JPEG start-of-frame marker (0xC0 baseline, 0xC1 extended, 0xC2 progressive …); 0 for PNG.</summary>
    public byte JpegFrameMarker { get; init; }

    /// <summary>Whether a JPEG carries Adobe's APP14 marker (Adobe Technical Note 5116), which for four components means inverted CMYK.</summary>
    public bool HasAdobeMarker { get; init; }

    /// <summary>Whether the orientation turns the picture a quarter (5–8): upright width and height are the stored ones swapped.</summary>
    public bool SwapsAxes => Orientation >= 5;

    /// <summary>Width in pixels of the picture as it is meant to be seen (after <see cref="Orientation"/>).</summary>
    public int WidthPx => SwapsAxes ? StoredHeightPx : StoredWidthPx;

    /// <summary>Height in pixels of the picture as it is meant to be seen (after <see cref="Orientation"/>).</summary>
    public int HeightPx => SwapsAxes ? StoredWidthPx : StoredHeightPx;

    /// <summary>The number of stored pixels, without overflow.</summary>
    public long PixelCount => (long)StoredWidthPx * StoredHeightPx;

    /// <summary>
    /// Reads the signature and headers: PNG's IHDR (and tRNS / eXIf before the image data), or
    /// JPEG's markers up to the first SOFn (APP1 Exif, APP14 Adobe). Returns <c>null</c> when the
    /// bytes are neither a PNG nor a JPEG, or the header is cut short.
    /// </summary>
    public static ImageHeader? TryRead(ReadOnlySpan<byte> bytes) => DetectFormat(bytes) switch
    {
        ImageFormat.Png => TryReadPng(bytes),
        ImageFormat.Jpeg => TryReadJpeg(bytes),
        _ => null,
    };

    /// <summary>The format the signature announces, or <c>null</c> for neither PNG nor JPEG.</summary>
    public static ImageFormat? DetectFormat(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(PngSignature) ? ImageFormat.Png
        : bytes.StartsWith(JpegSignature) ? ImageFormat.Jpeg
        : null;

    private static ImageHeader? TryReadPng(ReadOnlySpan<byte> bytes)
    {
        // PNG (ISO/IEC 15948) §11.2.2: IHDR is the first chunk: width, height, bit depth, colour type, …
        const int ihdrData = 16;
        if (bytes.Length < ihdrData + 13 || !bytes.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            return null;
        }

        var width = BinaryPrimitives.ReadInt32BigEndian(bytes.Slice(ihdrData, 4));
        var height = BinaryPrimitives.ReadInt32BigEndian(bytes.Slice(ihdrData + 4, 4));
        if (width <= 0 || height <= 0)
        {
            return null;
        }

        var bitDepth = bytes[ihdrData + 8];
        var colourType = bytes[ihdrData + 9];
        var hasAlpha = colourType is 4 or 6;
        var orientation = 1;

        // tRNS and eXIf (PNG third edition §11.3.3.6) come before the first IDAT.
        var position = 8;
        while (position + 8 <= bytes.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes.Slice(position, 4));
            var type = bytes.Slice(position + 4, 4);
            if (type.SequenceEqual("IDAT"u8) || length > int.MaxValue || position + 12 + (long)length > bytes.Length)
            {
                break;
            }

            var data = bytes.Slice(position + 8, (int)length);
            if (type.SequenceEqual("tRNS"u8))
            {
                hasAlpha = true;
            }
            else if (type.SequenceEqual("eXIf"u8))
            {
                orientation = ExifOrientation(data);
            }

            position += 12 + (int)length;
        }

        return new ImageHeader(ImageFormat.Png, width, height)
        {
            Orientation = orientation,
            Components = colourType is 0 or 4 ? 1 : 3,
            HasAlpha = hasAlpha,
            BitsPerSample = bitDepth,
        };
    }

    private static ImageHeader? TryReadJpeg(ReadOnlySpan<byte> bytes)
    {
        var orientation = 1;
        var adobe = false;
        var position = 2;
        while (position + 4 <= bytes.Length)
        {
            if (bytes[position] != 0xFF)
            {
                return null;
            }

            var marker = bytes[position + 1];
            if (marker == 0xFF)
            {
                position++;
                continue;
            }

            // Markers without a length: TEM and RST0–RST7.
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7))
            {
                position += 2;
                continue;
            }

            // SOS or EOI before any frame header: no size to read.
            if (marker is 0xDA or 0xD9)
            {
                return null;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes.Slice(position + 2, 2));
            if (length < 2)
            {
                return null;
            }

            var segment = bytes.Slice(position + 4, Math.Min(length - 2, bytes.Length - position - 4));
            if (marker == 0xE1 && segment.StartsWith("Exif\0\0"u8))
            {
                orientation = ExifOrientation(segment[6..]);
            }
            else if (marker == 0xEE && segment.StartsWith("Adobe"u8))
            {
                adobe = true;
            }

            // ITU T.81 §B.2.2: SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame:
            // precision, height, width, number of components.
            var isStartOfFrame = marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
            if (isStartOfFrame)
            {
                if (segment.Length < 6)
                {
                    return null;
                }

                var height = BinaryPrimitives.ReadUInt16BigEndian(segment.Slice(1, 2));
                var width = BinaryPrimitives.ReadUInt16BigEndian(segment.Slice(3, 2));
                return width > 0 && height > 0
                    ? new ImageHeader(ImageFormat.Jpeg, width, height)
                    {
                        Orientation = orientation,
                        Components = segment[5],
                        BitsPerSample = segment[0],
                        JpegFrameMarker = marker,
                        HasAdobeMarker = adobe,
                    }
                    : null;
            }

            position += 2 + length;
        }

        return null;
    }

    /// <summary>
    /// The Orientation tag (0x0112, SHORT) of IFD0 in a TIFF-structured EXIF block (EXIF 2.32 §4.5.2:
    /// "II" little-endian or "MM" big-endian, 42, offset of IFD0). 1 when absent or out of range.
    /// </summary>
    private static int ExifOrientation(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8)
        {
            return 1;
        }

        bool little;
        if (tiff.StartsWith("II"u8))
        {
            little = true;
        }
        else if (tiff.StartsWith("MM"u8))
        {
            little = false;
        }
        else
        {
            return 1;
        }

        if (U16(tiff[2..], little) != 42)
        {
            return 1;
        }

        var ifd = U32(tiff[4..], little);
        if (ifd < 8 || ifd > tiff.Length - 2)
        {
            return 1;
        }

        var entries = U16(tiff[(int)ifd..], little);
        for (var i = 0; i < entries; i++)
        {
            var entry = (int)ifd + 2 + (12 * i);
            if (entry + 12 > tiff.Length)
            {
                return 1;
            }

            // Entry: tag, type (3 = SHORT), count, value (a SHORT sits in the first two bytes).
            if (U16(tiff[entry..], little) == 0x0112)
            {
                var type = U16(tiff[(entry + 2)..], little);
                var value = U16(tiff[(entry + 8)..], little);
                return type == 3 && value is >= 1 and <= 8 ? value : 1;
            }
        }

        return 1;
    }

    private static ushort U16(ReadOnlySpan<byte> bytes, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(bytes) : BinaryPrimitives.ReadUInt16BigEndian(bytes);

    private static uint U32(ReadOnlySpan<byte> bytes, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(bytes) : BinaryPrimitives.ReadUInt32BigEndian(bytes);
}
