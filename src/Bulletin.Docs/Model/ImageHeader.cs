using System.Buffers.Binary;

namespace Bulletin.Docs.Model;

/// <summary>What an image's own bytes say it is: its real format and its pixel size.</summary>
/// <param name="Format">The format found from the signature (not the claimed one).</param>
/// <param name="WidthPx">Width in pixels.</param>
/// <param name="HeightPx">Height in pixels.</param>
internal readonly record struct ImageHeader(ImageFormat Format, int WidthPx, int HeightPx)
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];

    /// <summary>
    /// Reads the signature and the pixel size: PNG's IHDR chunk, or JPEG's first SOFn marker.
    /// Returns <c>null</c> when the bytes are neither a PNG nor a JPEG, or the header is cut short.
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
        // PNG spec §11.2.2: IHDR is the first chunk; width and height are its first two 4-byte fields.
        const int ihdrData = 16;
        if (bytes.Length < ihdrData + 8 || !bytes.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            return null;
        }

        var width = BinaryPrimitives.ReadInt32BigEndian(bytes.Slice(ihdrData, 4));
        var height = BinaryPrimitives.ReadInt32BigEndian(bytes.Slice(ihdrData + 4, 4));
        return width > 0 && height > 0 ? new ImageHeader(ImageFormat.Png, width, height) : null;
    }

    private static ImageHeader? TryReadJpeg(ReadOnlySpan<byte> bytes)
    {
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

            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes.Slice(position + 2, 2));
            if (length < 2)
            {
                return null;
            }

            // ITU T.81 §B.2.2: SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
            var isStartOfFrame = marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
            if (isStartOfFrame)
            {
                if (position + 9 > bytes.Length)
                {
                    return null;
                }

                var height = BinaryPrimitives.ReadUInt16BigEndian(bytes.Slice(position + 5, 2));
                var width = BinaryPrimitives.ReadUInt16BigEndian(bytes.Slice(position + 7, 2));
                return width > 0 && height > 0 ? new ImageHeader(ImageFormat.Jpeg, width, height) : null;
            }

            position += 2 + length;
        }

        return null;
    }
}
