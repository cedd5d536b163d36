using Bulletin.Docs.Model;

namespace Bulletin.Docs.Imaging;

/// <summary>How many pixels a picture keeps at its printed size under a resolution limit.</summary>
internal static class ImageResolution
{
    /// <summary>
    /// The upright pixel size an upright <paramref name="widthPx"/> × <paramref name="heightPx"/>
    /// picture keeps when printed <paramref name="widthPt"/> × <paramref name="heightPt"/> with at
    /// most <paramref name="maxDpi"/> pixels per inch along either side: its own size when that is
    /// within the limit, otherwise scaled down (aspect kept, rounded down, at least 1 px).
    /// </summary>
    public static (int WidthPx, int HeightPx) Limit(int widthPx, int heightPx, double widthPt, double heightPt, double maxDpi)
    {
        var scale = Math.Min((widthPt / 72 * maxDpi) / widthPx, (heightPt / 72 * maxDpi) / heightPx);
        if (scale >= 1)
        {
            return (widthPx, heightPx);
        }

        return (Math.Max(1, (int)Math.Floor(widthPx * scale)), Math.Max(1, (int)Math.Floor(heightPx * scale)));
    }

    /// <summary>
    /// <see cref="Limit"/> for <paramref name="header"/>, whose upright size is printed in the
    /// upright box, returned in the stored orientation (width and height swapped for EXIF 5–8).
    /// </summary>
    public static (int WidthPx, int HeightPx) StoredLimit(ImageHeader header, double widthPt, double heightPt, double maxDpi)
    {
        var (width, height) = Limit(header.WidthPx, header.HeightPx, widthPt, heightPt, maxDpi);
        return header.SwapsAxes ? (height, width) : (width, height);
    }
}
