namespace Bulletin.Docs.Layout.Flow;

/// <summary>
/// Fills and balances columns of which some start lower than the others, because a picture is set
/// into their top (picture news beside the flow: the text runs down the columns beside the picture
/// and on under it).
/// </summary>
internal static class InsetColumns
{
    /// <summary>
    /// Fills the columns from <paramref name="start"/>, column <c>c</c> holding
    /// <paramref name="height"/> − <paramref name="reserved"/>[c]; a column with room for none of
    /// what comes next is left empty and the next one tried. Returns where the slices stop.
    /// </summary>
    public static int Fill(IReadOnlyList<Slice> slices, int start, ReadOnlySpan<double> reserved, double height)
    {
        var position = start;
        for (var column = 0; column < reserved.Length && !ColumnFiller.IsDone(slices, position); column++)
        {
            var room = height - reserved[column];
            if (room <= ColumnFiller.Epsilon)
            {
                continue;
            }

            var fill = ColumnFiller.Fill(slices, position, room, mustPlace: false);
            position = fill.IsEmpty ? position : fill.End;
        }

        return position;
    }

    /// <summary>
    /// The smallest band height, at least the tallest reservation and at most
    /// <paramref name="maxHeight"/>, at which every remaining slice fits (binary search to 0.01 pt),
    /// or <c>null</c> when even <paramref name="maxHeight"/> is not enough.
    /// </summary>
    public static double? BalancedHeight(IReadOnlyList<Slice> slices, int start, ReadOnlySpan<double> reserved, double maxHeight)
    {
        if (!ColumnFiller.IsDone(slices, Fill(slices, start, reserved, maxHeight)))
        {
            return null;
        }

        var low = 0.0;
        foreach (var r in reserved)
        {
            low = Math.Max(low, r);
        }

        if (ColumnFiller.IsDone(slices, Fill(slices, start, reserved, low)))
        {
            return low;
        }

        var high = maxHeight;
        for (var step = 0; step < 40 && high - low > 0.01; step++)
        {
            var middle = (low + high) / 2;
            if (ColumnFiller.IsDone(slices, Fill(slices, start, reserved, middle)))
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
