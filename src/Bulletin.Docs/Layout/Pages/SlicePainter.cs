using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Pages;

/// <summary>Turns placed slices into page elements.</summary>
internal static class SlicePainter
{
    /// <summary>
    /// Paints the slices of <paramref name="fill"/> from (<paramref name="x"/>, <paramref name="top"/>)
    /// downwards; <paramref name="stretch"/> is shared evenly between the slices up to the last
    /// visible one (vertical justification of a column that keeps left short of its foot).
    /// </summary>
    public static void Paint(List<PageElement> page, IReadOnlyList<Slice> slices, ColumnFill fill, double x, double top, double stretch = 0)
    {
        var y = top;
        var lastVisible = fill.End - 1;
        while (lastVisible > fill.First && slices[lastVisible] is SpaceSlice)
        {
            lastVisible--;
        }

        var gap = stretch > 0 && lastVisible > fill.First ? stretch / (lastVisible - fill.First) : 0;
        Slice? previous = null;
        if (fill.RepeatsHeader && slices[fill.First].RepeatHeader is { } header)
        {
            // The repeated header row is furniture: its cells are already in the structure once.
            Paint(page, header with { Structure = null }, x, y, previous);
            y += header.Height;
            previous = header;
        }

        for (var i = fill.First; i < fill.End; i++)
        {
            var slice = slices[i];
            if (i > fill.First && i <= lastVisible)
            {
                y += gap;
            }

            Paint(page, slice, x, y, previous);
            y += slice.Height;
            if (!slice.Discardable)
            {
                previous = slice;
            }
        }
    }

    /// <summary>Paints one slice with its top-left corner at (<paramref name="x"/> + offset, <paramref name="top"/>).</summary>
    public static void Paint(List<PageElement> page, Slice slice, double x, double top, Slice? previous)
    {
        var left = x + slice.XOffset;
        switch (slice)
        {
            case LineSlice line:
                PaintLine(page, line.Line, line.LineHeight, left, top, slice.Structure);
                break;
            case RunInLineSlice runIn:
                PaintLine(page, runIn.Line, runIn.LineHeight, left, top - runIn.LineHeight, slice.Structure);
                break;
            case RuleSlice rule:
                var y = top + rule.Slot / 2;
                page.Add(new RuleElement(left, y, left + rule.Width, y, rule.ThicknessPt, rule.Color));
                break;
            case ImageSlice image:
                page.Add(new ImageElement(left, top, image.Width, image.ImageHeight, image.Image, image.AltText) { Structure = slice.Structure });
                break;
            case AnchorSlice anchor:
                page.Add(new AnchorElement(anchor.Name, left, top));
                break;
            case TableRowSlice row:
                PaintRow(page, row, left, top, previous);
                break;
            case SpaceSlice:
                break;
            default:
                throw new NotSupportedException($"Slice {slice.GetType().Name} cannot be painted.");
        }
    }

    /// <summary>
    /// Paints a line in a slot of <paramref name="lineHeight"/> whose top is <paramref name="top"/>:
    /// the glyphs' ascent-to-descent box is centred in the slot. Link runs also get a link area.
    /// The line shows part of <paramref name="structure"/> (<c>null</c>: furniture).
    /// </summary>
    public static void PaintLine(List<PageElement> page, PositionedLine positioned, double lineHeight, double x, double top, StructureNode? structure)
    {
        var line = positioned.Line;
        var baseline = top + (lineHeight + line.Ascent - line.Descent) / 2;
        var start = x + positioned.X;
        page.Add(new TextLineElement(start, baseline, line) { Structure = structure });
        for (var r = 0; r < line.Runs.Count; r++)
        {
            var run = line.Runs[r];
            if (run.LinkTarget is null || run.X.Length == 0)
            {
                continue;
            }

            var end = r + 1 < line.Runs.Count && line.Runs[r + 1].X.Length > 0 ? line.Runs[r + 1].X[0] : line.Width;
            page.Add(new LinkElement(start + run.X[0], baseline - line.Ascent, end - run.X[0], line.Ascent + line.Descent, run.LinkTarget) { Structure = structure });
        }
    }

    private static void PaintRow(List<PageElement> page, TableRowSlice row, double left, double top, Slice? previous)
    {
        var bottom = top + row.RowHeight;
        var right = left + row.Edges[^1];
        // The top line comes from the row above unless this row starts the table's part in this column.
        if (previous is not TableRowSlice above || !ReferenceEquals(above.Table, row.Table))
        {
            page.Add(new RuleElement(left, top, right, top, row.RulePt, RgbColor.Black));
        }

        foreach (var (cellX, text, structure) in row.Cells)
        {
            // Centred in the row, as the Word file's cells are (w:vAlign center, ECMA-376 Part 1
            // §17.4.84); the tallest cell's text starts one padding below the top.
            var y = top + ((row.RowHeight - text.Height) / 2);
            foreach (var line in text.Lines)
            {
                PaintLine(page, line, text.LineHeightPt, left + cellX, y, row.Structure is null ? null : structure);
                y += text.LineHeightPt;
            }
        }

        foreach (var edge in row.Edges)
        {
            page.Add(new RuleElement(left + edge, top, left + edge, bottom, row.RulePt, RgbColor.Black));
        }

        page.Add(new RuleElement(left, bottom, right, bottom, row.RulePt, RgbColor.Black));
    }
}
