using SkiaSharp;

namespace Bulletin.Docs.Imaging;

/// <summary>
/// Decodes a PNG or JPEG with Skia straight to the pixel size its output needs, without holding
/// the full-size picture when that is larger: rows are decoded one at a time (at the JPEG codec's
/// own reduced scale where it has one), averaged in whole blocks of source pixels, and only the
/// last step — from at most twice the target size down to it — is a Skia resample.
/// </summary>
/// <remarks>
/// Pixels come out as 8-bit RGBA with unpremultiplied colour, in the stored orientation (EXIF
/// orientation is not applied), and with no colour-space conversion. Without downsampling they are
/// exactly the decoder's samples. Peak memory: one source row plus, when the target is smaller
/// than the source, at most (2 × target)² × 4 bytes for the block-averaged picture and target² × 4
/// for the resampled one. Thread-safe: nothing is shared between calls.
/// </remarks>
internal static class ScaledImageDecoder
{
    /// <summary>Receives decoded row <paramref name="y"/>: width × 4 bytes of unpremultiplied RGBA.</summary>
    public delegate void RowSink(ReadOnlySpan<byte> rgba, int y);

    /// <summary>
    /// Decodes every row of <paramref name="bytes"/> at the smallest scale the codec offers, one
    /// row in memory at a time, and returns what went wrong, or <c>null</c> when the body decodes.
    /// </summary>
    public static string? Problem(ReadOnlySpan<byte> bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var stream = new SKMemoryStream(data);
        using var codec = SKCodec.Create(stream, out var created);
        if (codec is null)
        {
            return $"Skia: {created}";
        }

        var size = codec.GetScaledDimensions(0.125f);
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var started = codec.StartScanlineDecode(info);
        if (started != SKCodecResult.Success)
        {
            return $"Skia: {started}";
        }

        var row = new byte[info.RowBytes];
        unsafe
        {
            fixed (byte* pointer = row)
            {
                for (var y = 0; y < size.Height; y++)
                {
                    if (codec.GetScanlines((IntPtr)pointer, 1, info.RowBytes) != 1)
                    {
                        return $"Skia: {SKCodecResult.IncompleteInput}";
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Decodes <paramref name="bytes"/> at <paramref name="targetWidth"/> × <paramref name="targetHeight"/>
    /// stored-orientation pixels (each at most the stored size; equal to it for the exact samples)
    /// and hands the rows, top to bottom, to <paramref name="sink"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">Skia cannot decode the bytes.</exception>
    public static void DecodeRows(ReadOnlySpan<byte> bytes, int targetWidth, int targetHeight, RowSink sink)
    {
        using var data = SKData.CreateCopy(bytes);
        using var stream = new SKMemoryStream(data);
        using var codec = SKCodec.Create(stream, out var created)
            ?? throw new InvalidDataException($"The image cannot be decoded (Skia: {created}).");
        var stored = codec.Info.Size;
        if (targetWidth < 1 || targetHeight < 1 || targetWidth > stored.Width || targetHeight > stored.Height)
        {
            throw new ArgumentOutOfRangeException(nameof(targetWidth), $"Target {targetWidth}×{targetHeight} px is outside 1…{stored.Width}×{stored.Height} px.");
        }

        var source = CodecScale(codec, targetWidth, targetHeight);
        // Whole source blocks of block × block pixels average into one; what is left (less than
        // a factor of two) is resampled by Skia.
        var block = Math.Max(1, Math.Min(source.Width / targetWidth, source.Height / targetHeight));
        var boxWidth = (source.Width + block - 1) / block;
        var boxHeight = (source.Height + block - 1) / block;
        if (boxWidth == targetWidth && boxHeight == targetHeight)
        {
            ReadRows(codec, source, block, sink);
            return;
        }

        using var boxed = new SKBitmap(new SKImageInfo(boxWidth, boxHeight, SKColorType.Rgba8888, SKAlphaType.Premul));
        ReadRows(codec, source, block, (row, y) => Premultiply(row, boxed.GetPixelSpan().Slice(y * boxed.RowBytes, boxWidth * 4)));
        using var resized = new SKBitmap(new SKImageInfo(targetWidth, targetHeight, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var from = boxed.PeekPixels())
        using (var to = resized.PeekPixels())
        {
            if (!from.ScalePixels(to, new SKSamplingOptions(SKCubicResampler.Mitchell)))
            {
                throw new InvalidDataException("Skia could not resample the image.");
            }
        }

        var pixels = resized.GetPixelSpan();
        var unpremultiplied = new byte[targetWidth * 4];
        for (var y = 0; y < targetHeight; y++)
        {
            Unpremultiply(pixels.Slice(y * resized.RowBytes, targetWidth * 4), unpremultiplied);
            sink(unpremultiplied, y);
        }
    }

    /// <summary>
    /// Decodes into a new bitmap of <paramref name="targetWidth"/> × <paramref name="targetHeight"/>
    /// unpremultiplied RGBA pixels in the stored orientation; the caller disposes it.
    /// </summary>
    /// <exception cref="InvalidDataException">Skia cannot decode the bytes.</exception>
    public static SKBitmap Decode(ReadOnlySpan<byte> bytes, int targetWidth, int targetHeight)
    {
        var bitmap = new SKBitmap(new SKImageInfo(targetWidth, targetHeight, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        try
        {
            var rowBytes = bitmap.RowBytes;
            DecodeRows(bytes, targetWidth, targetHeight, (row, y) => row.CopyTo(bitmap.GetPixelSpan().Slice(y * rowBytes, row.Length)));
            bitmap.NotifyPixelsChanged();
            return bitmap;
        }
        catch
        {
            bitmap.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The smallest size the codec decodes to directly (JPEG: n/8 scales, ITU T.81 DCT scaling in
    /// libjpeg-turbo; PNG: the full size only) that is still at least the target.
    /// </summary>
    private static SKSizeI CodecScale(SKCodec codec, int targetWidth, int targetHeight)
    {
        var full = codec.Info.Size;
        if (codec.EncodedFormat != SKEncodedImageFormat.Jpeg)
        {
            return full;
        }

        for (var eighths = 1; eighths < 8; eighths++)
        {
            var size = codec.GetScaledDimensions(eighths / 8f);
            if (size.Width >= targetWidth && size.Height >= targetHeight && size.Width < full.Width)
            {
                return size;
            }
        }

        return full;
    }

    /// <summary>
    /// Reads the rows at <paramref name="size"/> and averages each <paramref name="block"/> ×
    /// <paramref name="block"/> square (the last ones may be smaller) into one pixel, weighting
    /// colour by alpha so transparent pixels lend no colour.
    /// </summary>
    private static void ReadRows(SKCodec codec, SKSizeI size, int block, RowSink sink)
    {
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var row = new byte[info.RowBytes];
        var outWidth = (size.Width + block - 1) / block;
        var colour = block > 1 ? new long[outWidth * 3] : [];
        var alpha = block > 1 ? new long[outWidth] : [];
        var output = block > 1 ? new byte[outWidth * 4] : [];
        var rowsInBlock = 0;
        var outY = 0;

        var started = codec.StartScanlineDecode(info);
        byte[]? whole = null;
        if (started != SKCodecResult.Success)
        {
            // Codecs without scanline decoding: decode once in full (the pixel budget bounds it).
            whole = new byte[(long)info.RowBytes * size.Height];
            var result = codec.GetPixels(info, whole);
            if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
            {
                throw new InvalidDataException($"The image cannot be decoded (Skia: {result}).");
            }
        }

        for (var y = 0; y < size.Height; y++)
        {
            if (whole is null)
            {
                unsafe
                {
                    fixed (byte* pointer = row)
                    {
                        if (codec.GetScanlines((IntPtr)pointer, 1, info.RowBytes) != 1)
                        {
                            throw new InvalidDataException($"The image cannot be decoded (Skia: {SKCodecResult.IncompleteInput} at row {y}).");
                        }
                    }
                }
            }
            else
            {
                whole.AsSpan(y * info.RowBytes, info.RowBytes).CopyTo(row);
            }

            if (block == 1)
            {
                sink(row.AsSpan(0, size.Width * 4), y);
                continue;
            }

            for (var x = 0; x < size.Width; x++)
            {
                var o = x / block;
                long a = row[(x * 4) + 3];
                colour[o * 3] += row[x * 4] * a;
                colour[(o * 3) + 1] += row[(x * 4) + 1] * a;
                colour[(o * 3) + 2] += row[(x * 4) + 2] * a;
                alpha[o] += a;
            }

            rowsInBlock++;
            if (rowsInBlock == block || y == size.Height - 1)
            {
                for (var o = 0; o < outWidth; o++)
                {
                    var columns = Math.Min(block, size.Width - (o * block));
                    long count = columns * rowsInBlock;
                    var a = alpha[o];
                    for (var c = 0; c < 3; c++)
                    {
                        output[(o * 4) + c] = a == 0 ? (byte)0 : (byte)((colour[(o * 3) + c] + (a / 2)) / a);
                    }

                    output[(o * 4) + 3] = (byte)((a + (count / 2)) / count);
                }

                sink(output, outY++);
                Array.Clear(colour);
                Array.Clear(alpha);
                rowsInBlock = 0;
            }
        }
    }

    private static void Premultiply(ReadOnlySpan<byte> unpremultiplied, Span<byte> premultiplied)
    {
        for (var i = 0; i < unpremultiplied.Length; i += 4)
        {
            int a = unpremultiplied[i + 3];
            premultiplied[i] = (byte)(((unpremultiplied[i] * a) + 127) / 255);
            premultiplied[i + 1] = (byte)(((unpremultiplied[i + 1] * a) + 127) / 255);
            premultiplied[i + 2] = (byte)(((unpremultiplied[i + 2] * a) + 127) / 255);
            premultiplied[i + 3] = (byte)a;
        }
    }

    private static void Unpremultiply(ReadOnlySpan<byte> premultiplied, Span<byte> unpremultiplied)
    {
        for (var i = 0; i < premultiplied.Length; i += 4)
        {
            int a = premultiplied[i + 3];
            for (var c = 0; c < 3; c++)
            {
                unpremultiplied[i + c] = a == 0 ? (byte)0 : (byte)Math.Min(255, ((premultiplied[i + c] * 255) + (a / 2)) / a);
            }

            unpremultiplied[i + 3] = (byte)a;
        }
    }
}
