using Bulletin.Docs.Model;

namespace Bulletin.Docs.Validation;

/// <summary>Rules for tables: at least one row, no empty or null rows, every row as long as the first.</summary>
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

        var referenceRow = -1;
        using var rowsScope = context.Path.Member("Rows");
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
    }
}
