namespace Bulletin.Docs.Layout.Flow;

/// <summary>
/// Chooses the column height for the last fragment of a balanced band: the smallest height at which
/// every remaining slice fits in the columns honouring keeps, then, among a few taller heights one
/// body line apart, the one whose columns end most evenly (keeps can force a column short: a
/// taller height may move the heading to a column top instead).
/// </summary>
internal static class ColumnBalancer
{
    /// <summary>Taller heights tried above the smallest one, in body lines.</summary>
    private const int ExtraLinesTried = 3;

    /// <summary>Cost of a column holding a single line while the text goes on in the next one.</summary>
    private const double StrayLineCost = 100;

    /// <summary>
    /// The column height, or <c>null</c> when the slices do not all fit in <paramref name="maxHeight"/>.
    /// A column holds at least two body lines (clreq widows/orphans: 4 lines set as 2 + 2, never 1 + 1 + 1 + 1).
    /// </summary>
    public static double? Height(IReadOnlyList<Slice> slices, int start, int columns, double maxHeight, double bodyLine)
    {
        if (ColumnFiller.BalancedHeight(slices, start, columns, maxHeight) is not { } smallest)
        {
            return null;
        }

        if (bodyLine <= 0)
        {
            return smallest;
        }

        smallest = Math.Min(maxHeight, Math.Max(smallest, 2 * bodyLine));
        var best = smallest;
        var bestCost = Cost(slices, start, columns, smallest, smallest, bodyLine);
        for (var extra = 1; extra <= ExtraLinesTried; extra++)
        {
            var height = smallest + extra * bodyLine;
            if (height > maxHeight + ColumnFiller.Epsilon)
            {
                break;
            }

            var cost = Cost(slices, start, columns, height, smallest, bodyLine);
            if (cost < bestCost - ColumnFiller.Epsilon)
            {
                best = height;
                bestCost = cost;
            }
        }

        return best;
    }

    /// <summary>
    /// Raggedness of the columns filled at <paramref name="height"/>, in body lines: the squared
    /// shortfall of each column below the tallest (half weight for the last one, which may end
    /// short; a column left empty falls short by the whole height), plus one per extra line of band
    /// height in every column (white space spent).
    /// </summary>
    private static double Cost(IReadOnlyList<Slice> slices, int start, int columns, double height, double smallest, double bodyLine)
    {
        Span<double> heights = stackalloc double[columns];
        var used = 0;
        var position = start;
        for (var column = 0; column < columns && !ColumnFiller.IsDone(slices, position); column++)
        {
            var fill = ColumnFiller.Fill(slices, position, height, mustPlace: false);
            if (fill.IsEmpty)
            {
                return double.PositiveInfinity;
            }

            heights[used++] = fill.Height;
            position = fill.End;
        }

        if (!ColumnFiller.IsDone(slices, position))
        {
            return double.PositiveInfinity;
        }

        var tallest = 0.0;
        for (var i = 0; i < used; i++)
        {
            tallest = Math.Max(tallest, heights[i]);
        }

        var cost = columns * Math.Max(0, tallest - smallest) / bodyLine;
        for (var i = 0; i < used; i++)
        {
            if (i < used - 1 && heights[i] < (2 * bodyLine) - ColumnFiller.Epsilon)
            {
                // A column of one line beside others reads as a stray line (widows/orphans).
                cost += StrayLineCost;
            }

            var shortfall = (tallest - heights[i]) / bodyLine;
            cost += (i == used - 1 ? 0.5 : 1) * shortfall * shortfall;
        }

        // A column left empty is a hole in the band, short by the whole height: without this, a
        // taller height that empties the last column could look cheaper than a short last column.
        var empty = tallest / bodyLine;
        cost += (columns - used) * empty * empty;
        return cost;
    }
}
