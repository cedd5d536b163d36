using System.Globalization;
using System.Text;
using Bulletin.Docs.Pdf;
using Bulletin.Docs.Pdf.Images;
using Bulletin.Docs.Tests.Support;
using NUnit.Framework;
using SkiaSharp;

namespace Bulletin.Docs.Tests.Pdf.Images;

/// <summary>
/// A minimal one-page PDF (ISO 32000-1, 7.5) drawing one <see cref="PdfImage"/> with
/// <see cref="PdfImagePlacement.Matrix"/>, rendered by poppler: the check that the encoder's
/// samples, Decode array, soft mask and matrix mean to a real reader what they claim.
/// </summary>
internal static class OneImagePdf
{
    /// <summary>
    /// Renders <paramref name="image"/> drawn into the box at (<paramref name="x"/>, <paramref name="yBottom"/>)
    /// of <paramref name="widthPt"/> × <paramref name="heightPt"/> on a white page of
    /// <paramref name="pageWidthPt"/> × <paramref name="pageHeightPt"/>, at 72 dpi (one pixel per pt).
    /// </summary>
    public static SKBitmap Render(PdfImage image, double pageWidthPt, double pageHeightPt, double x, double yBottom, double widthPt, double heightPt)
    {
        var folder = Directory.CreateTempSubdirectory("bulletin-image-pdf-");
        try
        {
            var pdf = Path.Combine(folder.FullName, "image.pdf");
            File.WriteAllBytes(pdf, Write(image, pageWidthPt, pageHeightPt, PdfImagePlacement.Matrix(image.Orientation, x, yBottom, widthPt, heightPt)));
            var run = ExternalTool.Run("pdftoppm", ["-r", "72", "-png", "-singlefile", pdf, Path.Combine(folder.FullName, "page")]);
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            return TestPictures.Decode(File.ReadAllBytes(Path.Combine(folder.FullName, "page.png")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static byte[] Write(PdfImage image, double pageWidth, double pageHeight, double[] matrix)
    {
        var output = new MemoryStream();
        var offsets = new List<long>();
        void Text(string text) => output.Write(Encoding.ASCII.GetBytes(text));
        void Begin() { offsets.Add(output.Position); Text($"{offsets.Count} 0 obj\n"); }
        void Stream(string dictionary, ReadOnlySpan<byte> data)
        {
            Begin();
            Text($"<< {dictionary} /Length {data.Length} >>\nstream\n");
            output.Write(data);
            Text("\nendstream\nendobj\n");
        }

        string Image(PdfImage picture, int? mask) =>
            $"/Type /XObject /Subtype /Image /Width {picture.WidthPx} /Height {picture.HeightPx} /ColorSpace /{picture.ColorSpace} "
            + $"/BitsPerComponent {picture.BitsPerComponent} /Filter /{picture.Filter}"
            + (picture.Decode is { } decode ? " /Decode [" + string.Join(' ', decode.Select(N)) + "]" : "")
            + (mask is { } m ? $" /SMask {m} 0 R" : "");

        var content = $"q {string.Join(' ', matrix.Select(N))} cm /Im1 Do Q";
        Text("%PDF-1.7\n");
        Begin();
        Text("<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        Begin();
        Text("<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
        Begin();
        Text($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {N(pageWidth)} {N(pageHeight)}] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>\nendobj\n");
        Stream("", Encoding.ASCII.GetBytes(content));
        Stream(Image(image, image.SoftMask is null ? null : 6), image.Data.Span);
        if (image.SoftMask is { } softMask)
        {
            Stream(Image(softMask, null), softMask.Data.Span);
        }

        var xref = output.Position;
        Text($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Text(offset.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n");
        }

        Text($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    private static string N(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
