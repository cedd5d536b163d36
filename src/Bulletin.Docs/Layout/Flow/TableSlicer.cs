using System.Globalization;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Flow;

/// <summary>Turns a table into one slice per row, the header row repeated after a break.</summary>
internal static class TableSlicer
{
    /// <summary>Cell padding in em of the cell text.</summary>
    private const double CellPaddingEm = 0.3;

    public static void Add(FlowContext context, SliceList slices, Table table, double width, double maxHeight, string path)
    {
        if (table.Rows.Count == 0)
        {
            return;
        }

        var columns = table.Rows.Max(r => r.Count);
        if (columns == 0)
        {
            return;
        }

        var cellWidth = width / columns;
        var edges = Enumerable.Range(0, columns + 1).Select(i => i * cellWidth).ToArray();
        var identity = new object();
        var tableElement = context.Structure.Add(StructureKind.Table, slices.Container);
        Slice? header = null;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var isHeader = r == 0 && table.HasHeaderRow;
            var role = isHeader ? TextRole.TableHeader : TextRole.TableCell;
            var style = context.Theme[role];
            var padding = CellPaddingEm * style.SizePt;
            var rowElement = context.Structure.Add(StructureKind.TableRow, tableElement);
            var cells = new List<(double, LaidOutParagraph, StructureNode?)>(columns);
            var textHeight = 0.0;
            for (var c = 0; c < table.Rows[r].Count; c++)
            {
                var laid = context.Layout(table.Rows[r][c], cellWidth - 2 * padding, role, indent: false);
                cells.Add((edges[c] + padding, laid, context.Structure.Add(FlowContext.KindOf(role), rowElement)));
                textHeight = Math.Max(textHeight, laid.Height);
            }

            var rowHeight = textHeight + 2 * padding;
            if (rowHeight > maxHeight)
            {
                throw new BulletinLayoutException(path, string.Create(
                    CultureInfo.InvariantCulture,
                    $"table row {r + 1} is taller than a column ({rowHeight:0} pt > {maxHeight:0} pt)"));
            }

            var row = new TableRowSlice(identity, cells, edges, padding, rowHeight)
            {
                KeepWithNext = isHeader,
                RepeatHeader = isHeader ? null : header,
                Structure = rowElement,
            };
            if (isHeader)
            {
                header = row;
            }

            slices.Add(row);
        }

        slices.AddSpace(context.Theme[TextRole.Body].LineSpacing.ToPoints(context.Theme[TextRole.Body].SizePt) / 2);
    }
}
