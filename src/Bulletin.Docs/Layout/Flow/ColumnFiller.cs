namespace Bulletin.Docs.Layout.Flow;

/// <summary>
/// Fills a column with slices: how far a sequence of slices goes in a given height, ending only
/// where keep rules allow. Pure and linear in the slices it looks at.
/// </summary>
internal static class ColumnFiller
{
    /// <summary>Tolerance for floating-point sums of line heights.</summary>
    public const double Epsilon = 1e-6;

    /// <summary>
    /// Fills a column of <paramref name="height"/> from <paramref name="start"/>. When no legal break
    /// fits and <paramref name="mustPlace"/> is set (a full, empty column: moving on cannot help),
    /// it places as many slices as fit, at least one; otherwise it places nothing.
    /// </summary>
    public static ColumnFill Fill(IReadOnlyList<Slice> slices, int start, double height, bool mustPlace)
    {
        var first = start;
        while (first < slices.Count && slices[first].Discardable)
        {
            first++;
        }

        if (first >= slices.Count)
        {
            return new ColumnFill(first, first, 0, false);
        }

        var header = slices[first].RepeatHeader;
        var used = header?.Height ?? 0;
        var content = used;
        var lastBreak = -1;
        var heightAtBreak = 0.0;
        var index = first;
        for (; index < slices.Count; index++)
        {
            var slice = slices[index];
            if (used + slice.Height > height + Epsilon)
            {
                break;
            }

            used += slice.Height;
            if (!slice.Discardable)
            {
                content = used;
            }

            if (!slice.KeepWithNext)
            {
                lastBreak = index + 1;
                heightAtBreak = content;
            }
        }

        if (index >= slices.Count)
        {
            return new ColumnFill(first, slices.Count, content, header is not null);
        }

        if (lastBreak > first)
        {
            return new ColumnFill(first, lastBreak, heightAtBreak, header is not null);
        }

        if (!mustPlace)
        {
            return new ColumnFill(start, start, 0, false);
        }

        // A keep chain longer than the column: break it at its last soft keep that fits, else
        // where the column is full (at least one slice).
        var end = Math.Max(index, first + 1);
        for (var i = index - 1; i >= first; i--)
        {
            if (!slices[i].Glued)
            {
                end = i + 1;
                break;
            }
        }

        var forced = header?.Height ?? 0;
        for (var i = first; i < end; i++)
        {
            forced += slices[i].Height;
        }

        return new ColumnFill(first, end, forced, header is not null);
    }

    /// <summary>True when every slice from <paramref name="position"/> on is discardable space.</summary>
    public static bool IsDone(IReadOnlyList<Slice> slices, int position)
    {
        for (var i = position; i < slices.Count; i++)
        {
            if (!slices[i].Discardable)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Fills <paramref name="columns"/> columns of <paramref name="height"/> and returns where the
    /// slices stop.
    /// </summary>
    public static int FillColumns(IReadOnlyList<Slice> slices, int start, int columns, double height)
    {
        var position = start;
        for (var column = 0; column < columns && position < slices.Count; column++)
        {
            var fill = Fill(slices, position, height, mustPlace: false);
            if (fill.IsEmpty)
            {
                return position;
            }

            position = fill.End;
        }

        return position;
    }

    /// <summary>
    /// The smallest column height up to <paramref name="maxHeight"/> that holds every remaining slice
    /// in <paramref name="columns"/> columns (binary search), or <c>null</c> when even
    /// <paramref name="maxHeight"/> is not enough.
    /// </summary>
    public static double? BalancedHeight(IReadOnlyList<Slice> slices, int start, int columns, double maxHeight)
    {
        if (!IsDone(slices, FillColumns(slices, start, columns, maxHeight)))
        {
            return null;
        }

        if (columns == 1)
        {
            return Fill(slices, start, maxHeight, mustPlace: false).Height;
        }

        double low = 0, high = maxHeight;
        for (var step = 0; step < 40 && high - low > 0.01; step++)
        {
            var middle = (low + high) / 2;
            if (IsDone(slices, FillColumns(slices, start, columns, middle)))
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return high;
    }
}
