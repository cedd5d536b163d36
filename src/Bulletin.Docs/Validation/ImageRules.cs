using Bulletin.Docs.Model;
using SkiaSharp;

namespace Bulletin.Docs.Validation;

/// <summary>
/// Rules for image data: bytes present, a PNG or JPEG signature that agrees with the claimed
/// format, a readable header with a non-zero size, a body Skia can decode, and a positive resolution.
/// </summary>
internal static class ImageRules
{
    /// <summary>Checks <paramref name="image"/>; the current position is the image itself.</summary>
    public static void Check(ValidationContext context, ImageData image)
    {
        var claimed = image.Format;
        var claimKnown = claimed is ImageFormat.Png or ImageFormat.Jpeg;
        if (!claimKnown)
        {
            context.Report("Format", $"format {(int)claimed} is neither Png nor Jpeg");
        }

        CheckBytes(context, image.Bytes.Span, claimKnown ? claimed : null);

        if (!double.IsFinite(image.Dpi) || image.Dpi <= 0)
        {
            context.Report("Dpi", $"Dpi must be a positive number, is {ProblemText.Number(image.Dpi)}");
        }
    }

    private static void CheckBytes(ValidationContext context, ReadOnlySpan<byte> bytes, ImageFormat? claimed)
    {
        if (bytes.IsEmpty)
        {
            context.Report("image bytes are empty");
            return;
        }

        if (ImageHeader.DetectFormat(bytes) is not { } actual)
        {
            context.Report($"image bytes are neither PNG nor JPEG (they start with {Hex(bytes)})");
            return;
        }

        if (claimed is { } claim && claim != actual)
        {
            context.Report($"image claims {claim} but the bytes are {Name(actual)}");
        }

        if (ImageHeader.TryRead(bytes) is null)
        {
            context.Report($"the {Name(actual)} header cannot be read (cut short, or a zero width or height)");
            return;
        }

        if (DecodeProblem(bytes) is { } problem)
        {
            context.Report($"the {Name(actual)} image cannot be decoded ({problem})");
        }
    }

    // The painters decode with Skia, so a corrupt body must be caught here, before any byte is
    // written. JPEG decodes at 1/8 scale, which keeps this cheap; PNG has no scaled decode.
    private static string? DecodeProblem(ReadOnlySpan<byte> bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var stream = new SKMemoryStream(data);
        using var codec = SKCodec.Create(stream, out var created);
        if (codec is null)
        {
            return $"Skia: {created}";
        }

        var size = codec.GetScaledDimensions(0.125f);
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        return result == SKCodecResult.Success ? null : $"Skia: {result}";
    }

    private static string Name(ImageFormat format) => format == ImageFormat.Png ? "PNG" : "JPEG";

    private static string Hex(ReadOnlySpan<byte> bytes) =>
        string.Join(' ', bytes[..Math.Min(bytes.Length, 8)].ToArray().Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
}
