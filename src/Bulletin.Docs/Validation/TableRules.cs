using Bulletin.Docs.Model;

namespace Bulletin.Docs.Validation;

/// <summary>
/// Rules for tables: at least one row, no empty or null rows, every row as long as the first, and
/// explicit column widths, when given, one positive finite share per column.
/// </summary>
internal static class TableRules
{
    /// <summary>Checks <paramref name="table"/> and its cells; the current position is the table.</summary>
    public static void Check(ValidationContext context, Table table)
    {
        var rows = table.Rows;
        if (rows is null)
        {
            context.Report("Rows", "rows are null");
            return;
        }

        if (rows.Count == 0)
        {
            context.Report("table has no rows");
            return;
        }

        int referenceRow;
        using (context.Path.Member("Rows"))
        {
            referenceRow = CheckRows(context, rows);
        }

        if (table.ColumnWidths is { } widths && referenceRow >= 0)
        {
            CheckColumnWidths(context, widths, rows[referenceRow].Count);
        }
    }

    // Checks every row and cell; returns the index of the first row with cells, or -1.
    private static int CheckRows(ValidationContext context, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var referenceRow = -1;
        for (var r = 0; r < rows.Count; r++)
        {
            using var rowScope = context.Path.Index(r);
            var row = rows[r];
            if (row is null)
            {
                context.Report("row is null");
                continue;
            }

            if (row.Count == 0)
            {
                context.Report("row has no cells");
                continue;
            }

            if (referenceRow < 0)
            {
                referenceRow = r;
            }
            else if (row.Count != rows[referenceRow].Count)
            {
                context.Report($"row {r} has {row.Count} cells, row {referenceRow} has {rows[referenceRow].Count}");
            }

            for (var c = 0; c < row.Count; c++)
            {
                using var cellScope = context.Path.Index(c);
                TextRules.NotNull(context, null, row[c], "cell is null; use an empty string for an empty cell", TextKind.SingleLine);
            }
        }

        return referenceRow;
    }

    private static void CheckColumnWidths(ValidationContext context, IReadOnlyList<double> widths, int columns)
    {
        if (widths.Count != columns)
        {
            context.Report("ColumnWidths", $"{widths.Count} column widths for {columns} columns; give one share per column, e.g. [1, 4, 6], or leave them out to size the columns from their text");
            return;
        }

        using var widthsScope = context.Path.Member("ColumnWidths");
        var total = 0.0;
        for (var c = 0; c < widths.Count; c++)
        {
            var width = widths[c];
            if (double.IsNaN(width) || double.IsInfinity(width))
            {
                using var _ = context.Path.Index(c);
                context.Report($"column width {ProblemText.Number(width)} is not a finite number; widths are relative shares such as 1 or 2.5");
            }
            else if (width <= 0)
            {
                using var _ = context.Path.Index(c);
                context.Report($"column width {ProblemText.Number(width)} is not positive; widths are relative shares such as 1 or 2.5");
            }
            else
            {
                total += width;
            }
        }

        if (double.IsInfinity(total))
        {
            context.Report("column widths add up to more than a double can hold; use smaller shares");
        }
    }
}
