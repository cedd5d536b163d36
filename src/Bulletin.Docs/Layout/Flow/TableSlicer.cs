using System.Globalization;
using Bulletin.Docs.Composition;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Flow;

/// <summary>
/// Turns a table into one slice per row, the header row repeated after a break, on the column grid
/// the Word writer uses too (<see cref="TableColumns"/>).
/// </summary>
internal static class TableSlicer
{
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

        var narrowest = TableColumns.Narrowest(table, context.Theme).Sum();
        if (narrowest > width + 0.01)
        {
            throw new BulletinLayoutException(path, string.Create(
                CultureInfo.InvariantCulture,
                $"the table's {columns} columns cannot each hold one character in the {width:0} pt it stands in (they need {narrowest:0} pt with their padding); use fewer columns or split the table"));
        }

        var grid = TableColumns.Of(table, context.Theme, width);
        var edges = grid.EdgesPt;
        var padding = grid.PaddingPt;
        var identity = new object();
        var tableElement = context.Structure.Add(StructureKind.Table, slices.Container);
        Slice? header = null;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var isHeader = r == 0 && table.HasHeaderRow;
            var role = isHeader ? TextRole.TableHeader : TextRole.TableCell;
            var rowElement = context.Structure.Add(StructureKind.TableRow, tableElement);
            var cells = new List<(double, LaidOutParagraph, StructureNode?)>(columns);
            var textHeight = 0.0;
            for (var c = 0; c < table.Rows[r].Count; c++)
            {
                var laid = context.Layout(table.Rows[r][c], Math.Max(0, grid.WidthsPt[c] - 2 * padding), role, indent: false);
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

            var row = new TableRowSlice(identity, cells, edges, padding, rowHeight, context.Theme.Rules.TablePt)
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
