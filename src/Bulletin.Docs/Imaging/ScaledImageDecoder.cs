using SkiaSharp;

namespace Bulletin.Docs.Imaging;

/// <summary>
/// Decodes a PNG or JPEG with Skia straight to the pixel size its output needs, without holding
/// the full-size picture when that is larger: rows are decoded a few at a time (JPEGs row by row
/// at the codec's own reduced scale, PNGs in strips, see <see cref="PngStrips"/>), averaged in
/// whole blocks of source pixels, and only the last step — from at most twice the target size
/// down to it — is a Skia resample.
/// </summary>
/// <remarks>
/// Pixels come out as 8-bit RGBA with unpremultiplied colour, in the stored orientation (EXIF
/// orientation is not applied), and with no colour-space conversion. Without downsampling they are
/// exactly the decoder's samples. Peak memory: a strip of source rows (one row for JPEG, 4 MB of
/// rows for a PNG; the whole picture only for an interlaced PNG) plus, when the target is smaller
/// than the source, at most (2 × target)² × 4 bytes for the block-averaged picture and target² × 4
/// for the resampled one. Thread-safe: nothing is shared between calls.
/// </remarks>
internal static class ScaledImageDecoder
{
    /// <summary>Receives decoded row <paramref name="y"/>: width × 4 bytes of unpremultiplied RGBA.</summary>
    public delegate void RowSink(ReadOnlySpan<byte> rgba, int y);

    /// <summary>The widest block averaged into one pixel: keeps a row's share of a block within an int.</summary>
    private const int MaxBlock = 30_000;

    /// <summary>Rows of RGBA a PNG strip holds at most (4 MB): bounds memory for PNGs of any size.</summary>
    private const int StripBytes = 4 << 20;

    /// <summary>
    /// Decodes every row of <paramref name="bytes"/> at the smallest scale the codec offers, a
    /// strip of rows in memory at a time, and returns what went wrong, or <c>null</c> when the body decodes.
    /// </summary>
    public static string? Problem(ReadOnlyMemory<byte> bytes)
    {
        using var data = SKData.CreateCopy(bytes.Span);
        using var stream = new SKMemoryStream(data);
        using var codec = SKCodec.Create(stream, out var created);
        if (codec is null)
        {
            return $"Skia: {created}";
        }

        try
        {
            ForEachRow(bytes, codec, codec.GetScaledDimensions(0.125f), (_, _) => { });
            return null;
        }
        catch (InvalidDataException exception)
        {
            return exception.Message;
        }
    }

    /// <summary>
    /// Decodes <paramref name="bytes"/> at <paramref name="targetWidth"/> × <paramref name="targetHeight"/>
    /// stored-orientation pixels (each at most the stored size; equal to it for the exact samples)
    /// and hands the rows, top to bottom, to <paramref name="sink"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">Skia cannot decode the bytes.</exception>
    public static void DecodeRows(ReadOnlyMemory<byte> bytes, int targetWidth, int targetHeight, RowSink sink)
    {
        using var data = SKData.CreateCopy(bytes.Span);
        using var stream = new SKMemoryStream(data);
        using var codec = SKCodec.Create(stream, out var created)
            ?? throw new InvalidDataException($"Skia: {created}");
        var stored = codec.Info.Size;
        if (targetWidth < 1 || targetHeight < 1 || targetWidth > stored.Width || targetHeight > stored.Height)
        {
            throw new ArgumentOutOfRangeException(nameof(targetWidth), $"Target {targetWidth}×{targetHeight} px is outside 1…{stored.Width}×{stored.Height} px.");
        }

        var source = CodecScale(codec, targetWidth, targetHeight);
        // Whole source blocks of block × block pixels average into one; what is left (less than
        // a factor of two) is resampled by Skia.
        var block = Math.Clamp(Math.Min(source.Width / targetWidth, source.Height / targetHeight), 1, MaxBlock);
        var boxWidth = (source.Width + block - 1) / block;
        var boxHeight = (source.Height + block - 1) / block;
        if (boxWidth == targetWidth && boxHeight == targetHeight)
        {
            ForEachRow(bytes, codec, source, Averaging(source, block, sink));
            return;
        }

        using var boxed = new SKBitmap(new SKImageInfo(boxWidth, boxHeight, SKColorType.Rgba8888, SKAlphaType.Premul));
        var boxedRowBytes = boxed.RowBytes;
        ForEachRow(bytes, codec, source, Averaging(source, block, (row, y) => Premultiply(row, boxed.GetPixelSpan().Slice(y * boxedRowBytes, boxWidth * 4))));
        using var resized = new SKBitmap(new SKImageInfo(targetWidth, targetHeight, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var from = boxed.PeekPixels())
        using (var to = resized.PeekPixels())
        {
            if (!from.ScalePixels(to, new SKSamplingOptions(SKCubicResampler.Mitchell)))
            {
                throw new InvalidDataException("Skia could not resample the image.");
            }
        }

        var unpremultiplied = new byte[targetWidth * 4];
        for (var y = 0; y < targetHeight; y++)
        {
            Unpremultiply(resized.GetPixelSpan().Slice(y * resized.RowBytes, targetWidth * 4), unpremultiplied);
            sink(unpremultiplied, y);
        }
    }

    /// <summary>
    /// Decodes into a new bitmap of <paramref name="targetWidth"/> × <paramref name="targetHeight"/>
    /// unpremultiplied RGBA pixels in the stored orientation; the caller disposes it.
    /// </summary>
    /// <exception cref="InvalidDataException">Skia cannot decode the bytes.</exception>
    public static SKBitmap Decode(ReadOnlyMemory<byte> bytes, int targetWidth, int targetHeight)
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
    /// Hands every row of the picture decoded at <paramref name="size"/> to <paramref name="sink"/>:
    /// row by row where the codec can (JPEG), in strips for a non-interlaced PNG, and in one piece
    /// otherwise (an interlaced PNG; the pixel budget bounds it).
    /// </summary>
    private static void ForEachRow(ReadOnlyMemory<byte> bytes, SKCodec codec, SKSizeI size, RowSink sink)
    {
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        if (codec.StartScanlineDecode(info) == SKCodecResult.Success)
        {
            var row = new byte[info.RowBytes];
            for (var y = 0; y < size.Height; y++)
            {
                unsafe
                {
                    fixed (byte* pointer = row)
                    {
                        if (codec.GetScanlines((IntPtr)pointer, 1, info.RowBytes) != 1)
                        {
                            throw new InvalidDataException($"Skia: {SKCodecResult.IncompleteInput} at row {y}");
                        }
                    }
                }

                sink(row.AsSpan(0, size.Width * 4), y);
            }

            return;
        }

        if (codec.EncodedFormat == SKEncodedImageFormat.Png && size == codec.Info.Size)
        {
            byte[]? strip = null;
            var split = PngStrips.TrySplit(bytes, StripBytes, (png, firstRow, rows) =>
            {
                strip ??= new byte[(long)size.Width * 4 * rows];
                DecodeWhole(png, new SKSizeI(size.Width, rows), firstRow, strip, sink);
            });
            if (split)
            {
                return;
            }
        }

        DecodeWhole(bytes.Span, size, 0, new byte[(long)size.Width * 4 * size.Height], sink);
    }

    /// <summary>Decodes <paramref name="bytes"/> at <paramref name="size"/> in one piece into <paramref name="pixels"/> and hands on its rows.</summary>
    private static void DecodeWhole(ReadOnlySpan<byte> bytes, SKSizeI size, int firstRow, byte[] pixels, RowSink sink)
    {
        using var data = SKData.CreateCopy(bytes);
        using var stream = new SKMemoryStream(data);
        using var codec = SKCodec.Create(stream, out var created)
            ?? throw new InvalidDataException($"Skia: {created}");
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        SKCodecResult result;
        unsafe
        {
            fixed (byte* pointer = pixels)
            {
                result = codec.GetPixels(info, (IntPtr)pointer, info.RowBytes, new SKCodecOptions());
            }
        }

        if (result != SKCodecResult.Success)
        {
            throw new InvalidDataException($"Skia: {result}");
        }

        for (var y = 0; y < size.Height; y++)
        {
            sink(pixels.AsSpan(y * info.RowBytes, size.Width * 4), firstRow + y);
        }
    }

    /// <summary>
    /// A sink that averages each <paramref name="block"/> × <paramref name="block"/> square of the
    /// <paramref name="size"/> rows it receives (the last ones may be smaller) into one pixel,
    /// weighting colour by alpha so transparent pixels lend no colour, and passes the result on.
    /// </summary>
    private static RowSink Averaging(SKSizeI size, int block, RowSink sink)
    {
        if (block == 1)
        {
            return sink;
        }

        var outWidth = (size.Width + block - 1) / block;
        var colour = new long[outWidth * 3];
        var alpha = new long[outWidth];
        var output = new byte[outWidth * 4];
        var rowsInBlock = 0;
        var outY = 0;
        return (row, y) =>
        {
            for (var o = 0; o < outWidth; o++)
            {
                // One row's share of a block fits an int: at most block × 255 × 255.
                int r = 0, g = 0, b = 0, a = 0;
                var end = Math.Min(size.Width, (o + 1) * block) * 4;
                for (var i = o * block * 4; i < end; i += 4)
                {
                    int pixelAlpha = row[i + 3];
                    r += row[i] * pixelAlpha;
                    g += row[i + 1] * pixelAlpha;
                    b += row[i + 2] * pixelAlpha;
                    a += pixelAlpha;
                }

                colour[o * 3] += r;
                colour[(o * 3) + 1] += g;
                colour[(o * 3) + 2] += b;
                alpha[o] += a;
            }

            rowsInBlock++;
            if (rowsInBlock < block && y < size.Height - 1)
            {
                return;
            }

            for (var o = 0; o < outWidth; o++)
            {
                long count = Math.Min(block, size.Width - (o * block)) * rowsInBlock;
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
        };
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
