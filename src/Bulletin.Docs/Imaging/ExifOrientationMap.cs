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
}
