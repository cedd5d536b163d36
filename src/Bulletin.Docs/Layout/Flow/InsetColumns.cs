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

    /// <summary>Taller heights tried above the smallest one, in body lines (as <see cref="ColumnBalancer"/> does).</summary>
    private const int ExtraLinesTried = 3;

    /// <summary>
    /// The band height for the last fragment: the smallest at which everything fits, or up to
    /// <see cref="ExtraLinesTried"/> body lines taller when that ends the columns more evenly — a
    /// column holding a single line while the text goes on costs most (widows/orphans), then the
    /// squared shortfall of each column below the band's foot, then every line of height added.
    /// <c>null</c> when the slices do not fit in <paramref name="maxHeight"/>.
    /// </summary>
    public static double? Height(IReadOnlyList<Slice> slices, int start, double[] reserved, double maxHeight, double bodyLine)
    {
        if (BalancedHeight(slices, start, reserved, maxHeight) is not { } smallest)
        {
            return null;
        }

        if (bodyLine <= 0)
        {
            return smallest;
        }

        var best = smallest;
        var bestCost = Cost(slices, start, reserved, smallest, smallest, bodyLine);
        for (var extra = 1; extra <= ExtraLinesTried && smallest + (extra * bodyLine) <= maxHeight + ColumnFiller.Epsilon; extra++)
        {
            var height = smallest + (extra * bodyLine);
            var cost = Cost(slices, start, reserved, height, smallest, bodyLine);
            if (cost < bestCost - ColumnFiller.Epsilon)
            {
                best = height;
                bestCost = cost;
            }
        }

        return best;
    }

    private static double Cost(IReadOnlyList<Slice> slices, int start, double[] reserved, double height, double smallest, double bodyLine)
    {
        var position = start;
        var cost = reserved.Length * (height - smallest) / bodyLine;
        var filled = new List<(double Shortfall, bool Stray)>();
        for (var column = 0; column < reserved.Length && !ColumnFiller.IsDone(slices, position); column++)
        {
            var room = height - reserved[column];
            if (room <= ColumnFiller.Epsilon)
            {
                continue;
            }

            var fill = ColumnFiller.Fill(slices, position, room, mustPlace: false);
            if (fill.IsEmpty)
            {
                continue;
            }

            filled.Add(((room - fill.Height) / bodyLine, fill.Height < (2 * bodyLine) - ColumnFiller.Epsilon));
            position = fill.End;
        }

        if (!ColumnFiller.IsDone(slices, position))
        {
            return double.PositiveInfinity;
        }

        for (var i = 0; i < filled.Count; i++)
        {
            var last = i == filled.Count - 1;
            cost += (filled[i].Stray && !last ? 100 : 0) + ((last ? 0.5 : 1) * filled[i].Shortfall * filled[i].Shortfall);
        }

        return cost;
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
