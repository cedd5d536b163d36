using Bulletin.Docs.Imaging;

namespace Bulletin.Docs.Pdf.Images;

/// <summary>Where an image XObject is drawn: the <c>cm</c> operand that puts it upright into a box.</summary>
internal static class PdfImagePlacement
{
    /// <summary>
    /// The six numbers [a b c d e f] of the <c>cm</c> operator (ISO 32000-1, 8.3.3 and 8.3.4) that
    /// map the unit square an image is drawn in (8.9.5: its first stored row at the top, v = 1) onto
    /// the box <paramref name="x"/>, <paramref name="yBottom"/>, <paramref name="width"/> ×
    /// <paramref name="height"/> (PDF user space, pt, y up), turning and mirroring the stored
    /// samples by their EXIF <paramref name="orientation"/> (1–8, tag 0x0112) so the picture is seen
    /// upright. Draw with <c>q a b c d e f cm /ImN Do Q</c>.
    /// </summary>
    public static double[] Matrix(int orientation, double x, double yBottom, double width, double height)
    {
        // A stored point (s, t) — t down the rows — sits at u = s, v = 1 − t in the unit square and
        // is seen at (X, Y) of the upright box, Y down: page x = x + w·X, page y = yBottom + h·(1 − Y).
        var map = ExifOrientationMap.Of(orientation);
        return
        [
            width * map.A,
            -height * map.B,
            -width * map.C,
            height * map.D,
            x + (width * (map.C + map.E)),
            yBottom + (height * (1 - map.D - map.F)),
        ];
    }
}
