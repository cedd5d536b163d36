using System.Globalization;
using Bulletin.Docs.Layout;

namespace Bulletin.Docs;

/// <summary>
/// Checks a layout given to the PDF and PNG writers, which take layouts made by hand as well as by
/// <see cref="BulletinLayoutEngine.Layout"/>, so that one no reader could open is refused with an
/// <see cref="ArgumentException"/> before any byte is written.
/// </summary>
internal static class LayoutArguments
{
    // ISO 32000-1 Annex C.2, Table C.1: page sizes from 3 × 3 to 14,400 × 14,400 default user space units (pt).
    private const double SmallestPagePt = 3;
    private const double LargestPagePt = 14_400;

    /// <summary>Throws unless <paramref name="layout"/> has at least one page and every page a size a PDF can hold.</summary>
    /// <exception cref="ArgumentException">The layout has no pages, or a page's width or height is outside 3–14400 pt.</exception>
    public static void ThrowIfNotWritableAsPdf(LaidOutDocument layout, string paramName)
    {
        if (layout.Pages.Count == 0)
        {
            throw new ArgumentException("The layout has no pages; a PDF needs at least one.", paramName);
        }

        for (var index = 0; index < layout.Pages.Count; index++)
        {
            ThrowIfBadSize(layout.Pages[index], index, paramName);
        }
    }

    /// <summary>Throws unless page <paramref name="index"/> (0-based) of <paramref name="layout"/> has a size a PDF can hold.</summary>
    /// <exception cref="ArgumentException">The page's width or height is outside 3–14400 pt.</exception>
    public static void ThrowIfBadSize(LaidOutDocument layout, int index, string paramName) => ThrowIfBadSize(layout.Pages[index], index, paramName);

    private static void ThrowIfBadSize(LaidOutPage page, int index, string paramName)
    {
        if (!(page.WidthPt is >= SmallestPagePt and <= LargestPagePt) || !(page.HeightPt is >= SmallestPagePt and <= LargestPagePt))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Pages[{index}]: the page is {page.WidthPt} × {page.HeightPt} pt; width and height must be between {SmallestPagePt} and {LargestPagePt} pt."),
                paramName);
        }
    }
}
