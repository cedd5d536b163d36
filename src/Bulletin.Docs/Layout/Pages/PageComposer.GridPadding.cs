using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Pages;

// The page composer, in part: frames on a line grid: padding that makes a frame whole grid lines tall.
internal sealed partial class PageComposer
{
    /// <summary>
    /// Padding above and below <paramref name="content"/> in a frame: on a line grid, what makes
    /// the frame a whole number of grid lines tall, as near the theme's padding as it can be and at
    /// least half of it, so what follows the frame stays on the grid (GB/T 9704-2012 §5.2.3: 22 lines
    /// a page); without a grid, the theme's padding.
    /// </summary>
    private double GridPadding(double content)
    {
        if (_setup.LineGridPitchPt is not { } pitch || pitch <= 0)
        {
            return FramePadding;
        }

        var lines = Math.Round((content + (2 * FramePadding)) / pitch);
        while ((lines * pitch) - content < FramePadding - ColumnFiller.Epsilon)
        {
            lines++;
        }

        return ((lines * pitch) - content) / 2;
    }

    /// <summary>
    /// Padding under a frame's content that already takes <paramref name="used"/> from the frame's
    /// top, padding above included: on a line grid, what ends the frame on a grid line, as near
    /// <paramref name="pad"/> as it can be and at least half of it; otherwise <paramref name="pad"/>.
    /// </summary>
    private double BottomPadding(double used, double pad)
    {
        if (_setup.LineGridPitchPt is not { } pitch || pitch <= 0)
        {
            return pad;
        }

        var lines = Math.Round((used + pad) / pitch);
        while ((lines * pitch) - used < (pad / 2) - ColumnFiller.Epsilon)
        {
            lines++;
        }

        return (lines * pitch) - used;
    }
}
