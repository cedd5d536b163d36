using System.Globalization;
using Bulletin.Docs.Imaging;
using Bulletin.Docs.Model;

namespace Bulletin.Docs.Validation;

/// <summary>
/// Rules for image data: bytes present, a PNG or JPEG signature that agrees with the claimed
/// format, a readable header with a non-zero size, no more pixels than the budget
/// (BulletinOptions.MaxImagePixels), a body Skia can decode, and a positive resolution.
/// </summary>
/// <remarks>
/// Only headers are read before the budget check, so a small file claiming a huge picture is
/// rejected without decoding anything. The body check then decodes one row at a time (JPEG at
/// 1/8 scale), so it never holds the picture's pixels.
/// </remarks>
internal static class ImageRules
{
    /// <summary>The default pixel budget: 50 megapixels, about 200 MB decoded at 4 bytes a pixel.</summary>
    public const long DefaultMaxPixels = 50_000_000;

    /// <summary>Checks <paramref name="image"/>; the current position is the image itself.</summary>
    public static void Check(ValidationContext context, ImageData image)
    {
        var claimed = image.Format;
        var claimKnown = claimed is ImageFormat.Png or ImageFormat.Jpeg;
        if (!claimKnown)
        {
            context.Report("Format", $"format {(int)claimed} is neither Png nor Jpeg");
        }

        CheckBytes(context, image.Bytes, claimKnown ? claimed : null);

        if (!double.IsFinite(image.Dpi) || image.Dpi <= 0)
        {
            context.Report("Dpi", $"Dpi must be a positive number, is {ProblemText.Number(image.Dpi)}");
        }
    }

    private static void CheckBytes(ValidationContext context, ReadOnlyMemory<byte> memory, ImageFormat? claimed)
    {
        var bytes = memory.Span;
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

        if (ImageHeader.TryRead(bytes) is not { } header)
        {
            context.Report($"the {Name(actual)} header cannot be read (cut short, or a zero width or height)");
            return;
        }

        if (header.PixelCount > context.MaxImagePixels)
        {
            context.Report(string.Create(
                CultureInfo.InvariantCulture,
                $"the {Name(actual)} image is {header.StoredWidthPx} × {header.StoredHeightPx} px ({header.PixelCount:N0} pixels), more than the budget of {context.MaxImagePixels:N0} pixels (BulletinOptions.MaxImagePixels)"));
            return;
        }

        // The writers decode with Skia, so a corrupt body must be caught here, before any byte is written.
        if (ScaledImageDecoder.Problem(memory) is { } problem)
        {
            context.Report($"the {Name(actual)} image cannot be decoded ({problem})");
        }
    }

    private static string Name(ImageFormat format) => format == ImageFormat.Png ? "PNG" : "JPEG";

    private static string Hex(ReadOnlySpan<byte> bytes) =>
        string.Join(' ', bytes[..Math.Min(bytes.Length, 8)].ToArray().Select(b => b.ToString("X2", CultureInfo.InvariantCulture)));
}
