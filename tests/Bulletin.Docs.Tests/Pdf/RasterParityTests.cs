using System.Globalization;
using Bulletin.Docs.Tests.Support;
using NUnit.Framework;
using SkiaSharp;

namespace Bulletin.Docs.Tests.Pdf;

/// <summary>
/// The PDF and the PNG preview show the same page: poppler's rendering of each sample page and our
/// own PNG of it at the same resolution agree, but for anti-aliasing. A pixel agrees when the other
/// image has a pixel within <see cref="Tolerance"/> at the same place or one pixel away: the two
/// rasterisers place glyph edges up to half a pixel apart, while a missing, moved or different
/// glyph (strokes are 2 px or wider at 96 dpi) still disagrees.
/// </summary>
public sealed class RasterParityTests
{
    private const int Dpi = 144;

    /// <summary>Largest channel difference (of 255) still counted as agreeing.</summary>
    private const int Tolerance = 48;

    private const double RequiredShare = 0.99;

    private static IEnumerable<TestCaseData> Pages() =>
        RenderedSample.Names().SelectMany(name => Enumerable.Range(1, RenderedSample.Of(name).Layout.Pages.Count)
            .Select(page => new TestCaseData(name, page)));

    [TestCaseSource(nameof(Pages))]
    public void Poppler_and_our_preview_agree_on_at_least_99_percent_of_pixels(string name, int page)
    {
        var rendered = RenderedSample.Of(name);
        var folder = Directory.CreateTempSubdirectory("bulletin-parity-");
        try
        {
            var prefix = Path.Combine(folder.FullName, "p");
            var number = page.ToString(CultureInfo.InvariantCulture);
            var run = ExternalTool.Run("pdftoppm", ["-r", Dpi.ToString(CultureInfo.InvariantCulture), "-f", number, "-l", number, "-png", "-singlefile", rendered.PdfPath, prefix]);
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            using var poppler = SKBitmap.Decode(prefix + ".png");
            using var ours = SKBitmap.Decode(BulletinPng.RenderPage(rendered.Layout, page, Dpi));
            Assert.That(Math.Abs(poppler.Width - ours.Width), Is.LessThanOrEqualTo(1), "width in pixels");
            Assert.That(Math.Abs(poppler.Height - ours.Height), Is.LessThanOrEqualTo(1), "height in pixels");

            var share = Math.Min(Agreement(poppler, ours), Agreement(ours, poppler));
            TestContext.Out.WriteLine($"{name} p{page}: {share:P2} of the pixels agree");
            Assert.That(share, Is.GreaterThanOrEqualTo(RequiredShare));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The share of <paramref name="a"/>'s pixels that <paramref name="b"/> has within a pixel.</summary>
    private static double Agreement(SKBitmap a, SKBitmap b)
    {
        var width = Math.Min(a.Width, b.Width);
        var height = Math.Min(a.Height, b.Height);
        var pixelsA = a.Pixels;
        var pixelsB = b.Pixels;
        long agreeing = 0;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var pixel = pixelsA[(y * a.Width) + x];
                var found = false;
                for (var dy = -1; dy <= 1 && !found; dy++)
                {
                    for (var dx = -1; dx <= 1 && !found; dx++)
                    {
                        var (nx, ny) = (x + dx, y + dy);
                        found = nx >= 0 && ny >= 0 && nx < width && ny < height && Close(pixel, pixelsB[(ny * b.Width) + nx]);
                    }
                }

                agreeing += found ? 1 : 0;
            }
        }

        return agreeing / (double)(width * height);
    }

    private static bool Close(SKColor a, SKColor b) =>
        Math.Abs(a.Red - b.Red) <= Tolerance && Math.Abs(a.Green - b.Green) <= Tolerance && Math.Abs(a.Blue - b.Blue) <= Tolerance;
}
