using Bulletin.Docs.Tests.Pdf;
using NUnit.Framework;
using SkiaSharp;

namespace Bulletin.Docs.Tests.PngPreviews;

/// <summary>The PNG previews of every sample: the right pixel size, real content, the red masthead where there is one.</summary>
public sealed class SamplePngTests
{
    private const double Dpi = BulletinPng.DefaultDpi;

    private static IEnumerable<string> SampleNames() => RenderedSample.Names();

    [TestCaseSource(nameof(SampleNames))]
    public void Every_page_has_the_pixel_size_of_its_paper_at_the_resolution(string name)
    {
        var rendered = RenderedSample.Of(name);
        var pages = BulletinPng.RenderPages(rendered.Layout, Dpi);
        Assert.That(pages, Has.Count.EqualTo(rendered.Layout.Pages.Count));
        Assert.Multiple(() =>
        {
            for (var i = 0; i < pages.Count; i++)
            {
                using var bitmap = Decode(pages[i]);
                var page = rendered.Layout.Pages[i];
                Assert.That(bitmap.Width, Is.EqualTo((int)Math.Ceiling(page.WidthPt * Dpi / 72)), $"page {i + 1} width");
                Assert.That(bitmap.Height, Is.EqualTo((int)Math.Ceiling(page.HeightPt * Dpi / 72)), $"page {i + 1} height");
            }
        });
    }

    [TestCaseSource(nameof(SampleNames))]
    public void Every_page_shows_ink_that_varies_across_the_type_area(string name)
    {
        var rendered = RenderedSample.Of(name);
        var margins = rendered.Sample.Theme.Page;
        var pages = BulletinPng.RenderPages(rendered.Layout, Dpi);
        Assert.Multiple(() =>
        {
            for (var i = 0; i < pages.Count; i++)
            {
                using var bitmap = Decode(pages[i]);
                var scale = Dpi / 72;
                var area = SKRectI.Round(new SKRect(
                    (float)(margins.MarginLeftPt * scale),
                    (float)(margins.MarginTopPt * scale),
                    (float)((margins.WidthPt - margins.MarginRightPt) * scale),
                    (float)((margins.HeightPt - margins.MarginBottomPt) * scale)));
                var inked = Share(bitmap, area, color => Luminance(color) < 200);

                // A blank page has no ink; the sparsest sample page (four lines run over) has about 0.7 %.
                Assert.That(inked, Is.GreaterThan(0.002), $"page {i + 1}: share of inked pixels in the type area");
                Assert.That(inked, Is.LessThan(0.6), $"page {i + 1}: share of inked pixels in the type area (a page drawn solid?)");
                Assert.That(RowInkSpread(bitmap, area), Is.GreaterThan(0.02), $"page {i + 1}: every row of the type area looks alike");
            }
        });
    }

    [Test]
    public void First_page_of_the_work_bulletin_shows_the_red_masthead_in_its_top_quarter()
    {
        var rendered = RenderedSample.Of("work-bulletin");
        using var bitmap = Decode(BulletinPng.RenderPage(rendered.Layout, 1, Dpi));
        var top = new SKRectI(0, 0, bitmap.Width, bitmap.Height / 4);
        var bottom = new SKRectI(0, bitmap.Height / 4, bitmap.Width, bitmap.Height);
        Assert.Multiple(() =>
        {
            Assert.That(Share(bitmap, top, IsRed), Is.GreaterThan(0.002), "red share of the top quarter");
            Assert.That(Share(bitmap, top, IsRed), Is.GreaterThan(Share(bitmap, bottom, IsRed)), "the red is in the masthead, not all over the page");
        });
    }

    [Test]
    public void Render_page_equals_the_matching_page_of_render_pages()
    {
        var rendered = RenderedSample.Of("press-release");
        var all = BulletinPng.RenderPages(rendered.Layout, 72);
        Assert.That(BulletinPng.RenderPage(rendered.Layout, all.Count, 72), Is.EqualTo(all[^1]));
    }

    private static SKBitmap Decode(byte[] png) =>
        SKBitmap.Decode(png) ?? throw new AssertionException("Skia cannot decode the PNG it wrote.");

    private static bool IsRed(SKColor color) => color.Red > 170 && color.Green < 90 && color.Blue < 90;

    private static double Luminance(SKColor color) => 0.299 * color.Red + 0.587 * color.Green + 0.114 * color.Blue;

    private static double Share(SKBitmap bitmap, SKRectI area, Func<SKColor, bool> test)
    {
        long hits = 0;
        for (var y = area.Top; y < area.Bottom; y++)
        {
            for (var x = area.Left; x < area.Right; x++)
            {
                if (test(bitmap.GetPixel(x, y)))
                {
                    hits++;
                }
            }
        }

        return (double)hits / ((long)area.Width * area.Height);
    }

    // Standard deviation of each row's inked share: lines of text alternate with leading, so rows differ.
    private static double RowInkSpread(SKBitmap bitmap, SKRectI area)
    {
        var shares = Enumerable.Range(area.Top, area.Height)
            .Select(y => Share(bitmap, new SKRectI(area.Left, y, area.Right, y + 1), color => Luminance(color) < 200))
            .ToList();
        var mean = shares.Average();
        return Math.Sqrt(shares.Average(share => (share - mean) * (share - mean)));
    }
}
