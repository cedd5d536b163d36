using Bulletin.Docs.Layout;
using SkiaSharp;

namespace Bulletin.Docs.Rendering;

/// <summary>Paints pages of a laid-out document as PNG images.</summary>
internal static class PngPainter
{
    public static byte[] Paint(LaidOutPage page, double dpi)
    {
        var drawer = new SkiaPageDrawer();
        try
        {
            return Paint(drawer, page, dpi);
        }
        finally
        {
            drawer.ReleaseImages();
        }
    }

    public static IReadOnlyList<byte[]> PaintAll(LaidOutDocument document, double dpi)
    {
        var drawer = new SkiaPageDrawer();
        try
        {
            return [.. document.Pages.Select(page => Paint(drawer, page, dpi))];
        }
        finally
        {
            drawer.ReleaseImages();
        }
    }

    private static byte[] Paint(SkiaPageDrawer drawer, LaidOutPage page, double dpi)
    {
        var scale = (float)(dpi / 72.0);
        var width = (int)Math.Ceiling(page.WidthPt * scale);
        var height = (int)Math.Ceiling(page.HeightPt * scale);
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info)
            ?? throw new InvalidOperationException($"Cannot allocate a {width}×{height} pixel page.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        drawer.Draw(canvas, page);
        canvas.Flush();
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
