using SkiaSharp;

namespace Bulletin.Docs.Imaging;

/// <summary>
/// Where a stored pixel of an image with EXIF orientation 1–8 is seen, as an affine map between
/// unit squares: a stored point (s, t) — s across the stored columns, t down the stored rows, both
/// 0…1 — is shown at X = A·s + C·t + E across and Y = B·s + D·t + F down the upright picture.
/// </summary>
/// <remarks>
/// EXIF 2.32 §4.6.4, tag 0x0112, names for each value where the stored 0th row and 0th column
/// are seen: 1 top/left, 2 top/right, 3 bottom/right, 4 bottom/left, 5 left/top, 6 right/top,
/// 7 right/bottom, 8 left/bottom.
/// </remarks>
internal readonly record struct ExifOrientationMap(double A, double B, double C, double D, double E, double F)
{
    /// <summary>The map for <paramref name="orientation"/>; values outside 1–8 are treated as 1 (upright).</summary>
    public static ExifOrientationMap Of(int orientation) => orientation switch
    {
        2 => new(-1, 0, 0, 1, 1, 0),
        3 => new(-1, 0, 0, -1, 1, 1),
        4 => new(1, 0, 0, -1, 0, 1),
        5 => new(0, 1, 1, 0, 0, 0),
        6 => new(0, 1, -1, 0, 1, 0),
        7 => new(0, -1, -1, 0, 1, 1),
        8 => new(0, -1, 1, 0, 0, 1),
        _ => new(1, 0, 0, 1, 0, 0),
    };

    /// <summary>Where the stored point (<paramref name="s"/>, <paramref name="t"/>) is seen in the upright unit square.</summary>
    public (double X, double Y) Apply(double s, double t) => ((A * s) + (C * t) + E, (B * s) + (D * t) + F);

    /// <summary>
    /// The Skia matrix that draws a <paramref name="storedWidth"/> × <paramref name="storedHeight"/>
    /// pixel bitmap of the stored samples upright into the box <paramref name="x"/>, <paramref name="y"/>
    /// (top-left, y down), <paramref name="width"/> × <paramref name="height"/>.
    /// </summary>
    public SKMatrix ToBox(int storedWidth, int storedHeight, double x, double y, double width, double height) => new(
        (float)(width * A / storedWidth),
        (float)(width * C / storedHeight),
        (float)(x + (width * E)),
        (float)(height * B / storedWidth),
        (float)(height * D / storedHeight),
        (float)(y + (height * F)),
        0,
        0,
        1);

    /// <summary>
    /// A new bitmap holding <paramref name="stored"/> (8-bit RGBA) turned and mirrored upright,
    /// pixel for pixel; the caller disposes it.
    /// </summary>
    public SKBitmap Upright(SKBitmap stored)
    {
        var swap = B != 0;
        var (width, height) = swap ? (stored.Height, stored.Width) : (stored.Width, stored.Height);
        var upright = new SKBitmap(new SKImageInfo(width, height, stored.ColorType, stored.AlphaType));
        var from = stored.GetPixelSpan();
        var to = upright.GetPixelSpan();
        // On pixel indices the unit-square map becomes X = A·sx + C·sy + E·(width − 1), and so on.
        for (var sy = 0; sy < stored.Height; sy++)
        {
            for (var sx = 0; sx < stored.Width; sx++)
            {
                var ux = (int)((A * sx) + (C * sy) + (E * (width - 1)));
                var uy = (int)((B * sx) + (D * sy) + (F * (height - 1)));
                from.Slice((sy * stored.RowBytes) + (sx * 4), 4).CopyTo(to.Slice((uy * upright.RowBytes) + (ux * 4), 4));
            }
        }

        upright.NotifyPixelsChanged();
        return upright;
    }
}
