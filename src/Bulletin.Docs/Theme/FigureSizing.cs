namespace Bulletin.Docs.Theme;

/// <summary>How big a picture is set, the same in Word and PDF: the full width offered, never taller than a share of the type area.</summary>
internal static class FigureSizing
{
    /// <summary>A picture is at most this share of the type area's height, so a portrait photo does not fill a page.</summary>
    public const double MaxHeightShare = 0.4;

    /// <summary>
    /// The size of a <paramref name="widthPx"/> × <paramref name="heightPx"/> picture (its upright
    /// size, EXIF orientation applied: <c>ImageHeader.WidthPx</c> / <c>HeightPx</c>) set at
    /// <paramref name="maxWidthPt"/> wide, made smaller (aspect kept) where it would be taller than
    /// <paramref name="maxHeightPt"/>.
    /// </summary>
    public static (double Width, double Height) Fit(int widthPx, int heightPx, double maxWidthPt, double maxHeightPt)
    {
        var aspect = (double)heightPx / widthPx;
        var width = maxWidthPt;
        var height = width * aspect;
        if (height > maxHeightPt)
        {
            height = maxHeightPt;
            width = height / aspect;
        }

        return (width, height);
    }
}
