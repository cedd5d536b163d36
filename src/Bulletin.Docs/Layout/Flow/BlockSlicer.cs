using System.Globalization;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Flow;

/// <summary>Turns body blocks into slices for a column of a given width.</summary>
internal static class BlockSlicer
{
    /// <summary>Cell padding in em of the cell text.</summary>
    private const double CellPaddingEm = 0.3;

    /// <summary>Thickness of table grid lines and dividers.</summary>

    /// <summary>
    /// Adds <paramref name="block"/>. <paramref name="lead"/> is text run in at the start of a
    /// paragraph (the dateline); <paramref name="maxHeight"/> is the tallest a column can be.
    /// </summary>
    public static void Add(FlowContext context, SliceList slices, Block block, double width, double maxHeight, string path, ParagraphTextBuilder? lead = null)
    {
        var theme = context.Theme;
        switch (block)
        {
            case Paragraph paragraph:
                var text = (lead ?? new ParagraphTextBuilder()).AppendInlines(paragraph.Inlines, context.Format(TextRole.Body), theme).Build();
                context.AddText(slices, text, width, TextRole.Body);
                break;
            case Subheading subheading:
                var headingStart = slices.Count;
                AddLines(context, slices, subheading.Lines, width, TextRole.Subheading);
                slices.SnapToPitch(headingStart, context.LinePitchPt);
                break;
            case Quote quote:
                context.AddText(slices, new ParagraphTextBuilder().AppendInlines(quote.Inlines, context.Format(TextRole.Quote), theme).Build(), width, TextRole.Quote);
                break;
            case Note note:
                var noteFormat = context.Format(TextRole.Note);
                var noteText = new ParagraphTextBuilder()
                    .Append(PrintedForms.RunInLabel(note.Label), noteFormat with { Bold = true }, atomic: true)
                    .AppendInlines(note.Inlines, noteFormat, theme)
                    .Build();
                context.AddText(slices, noteText, width, TextRole.Note);
                break;
            case ListBlock list:
                AddList(context, slices, list, width);
                break;
            case Figure figure:
                var figureStart = slices.Count;
                // As in the Word file: a picture in the text is at most a share of the type area's height.
                AddFigure(context, slices, figure, width, maxHeight, path, maxImageHeight: context.Theme.Page.ContentHeightPt * FigureSizing.MaxHeightShare);
                slices.SnapToPitch(figureStart, context.LinePitchPt, centre: false);
                break;
            case Table table:
                var tableStart = slices.Count;
                AddTable(context, slices, table, width, maxHeight, path);
                slices.SnapToPitch(tableStart, context.LinePitchPt, centre: false);
                break;
            case Divider:
                var lineHeight = theme[TextRole.Body].LineSpacing.ToPoints(theme[TextRole.Body].SizePt);
                slices.Add(new RuleSlice(width, context.Theme.Rules.DividerPt, RgbColor.Black, lineHeight));
                break;
            default:
                throw new NotSupportedException($"{path}: block {block.GetType().Name} is not supported by the page layout.");
        }
    }

    /// <summary>Adds explicit lines of a heading role, each laid out on its own, all kept together and with what follows.</summary>
    public static void AddLines(FlowContext context, SliceList slices, IReadOnlyList<string> lines, double width, TextRole role, double xOffset = 0)
    {
        var style = context.Theme[role];
        var structure = context.TextElement(slices, role);
        slices.AddSpace(style.SpaceBeforePt);
        foreach (var line in lines)
        {
            slices.AddParagraph(context.Layout(line, width, role), 0, 0, keepAll: true, structure, xOffset);
        }

        slices.AddSpace(style.SpaceAfterPt);
    }

    private static void AddList(FlowContext context, SliceList slices, ListBlock list, double width)
    {
        var style = context.Theme[TextRole.ListItem];
        var format = SpanFormat.Of(style);
        // The marker hangs in a 2 em gutter: every line starts after it, the first line starts at the marker.
        var hang = 2 * style.SizePt;
        var settings = ParagraphSettings.Of(style);
        settings = settings with { StartIndentPt = settings.StartIndentPt + hang, FirstLineIndentPt = settings.FirstLineIndentPt - hang };
        var listElement = context.Structure.Add(StructureKind.List, slices.Container);
        for (var i = 0; i < list.Items.Count; i++)
        {
            var body = context.Structure.Add(StructureKind.ListBody, context.Structure.Add(StructureKind.ListItem, listElement));
            var marker = list.Ordered ? (i + 1).ToString(CultureInfo.InvariantCulture) + ". " : "• ";
            var text = new ParagraphTextBuilder().Append(marker, format, atomic: true).AppendInlines(list.Items[i], format, context.Theme).Build();
            slices.AddParagraph(context.Text.Layout(text, width, settings), style.SpaceBeforePt, style.SpaceAfterPt, keepAll: false, body);
        }
    }

    /// <summary>
    /// Adds a figure: the image scaled to the column width keeping its aspect (the newspaper norm,
    /// small images are enlarged too), then caption and credit. The group never splits. When it
    /// would be taller than a column the image is scaled down until the group fits the column.
    /// </summary>
    public static void AddFigure(FlowContext context, SliceList slices, Figure figure, double width, double maxHeight, string path, double? imageWidth = null, double maxImageHeight = double.PositiveInfinity)
    {
        var header = ImageHeader.TryRead(figure.Image.Bytes.Span)
            ?? throw new BulletinLayoutException(path, "the image is neither a readable PNG nor JPEG");
        var group = new SliceList();
        // The figure element first, so it precedes its caption in reading order.
        var figureElement = context.Structure.Add(StructureKind.Figure, slices.Container, altText: figure.AltText);
        var caption = context.Structure.Add(StructureKind.Caption, slices.Container);
        var targetWidth = imageWidth ?? width;
        var captionWidth = targetWidth;
        var captionOffset = (width - captionWidth) / 2;
        var captionText = figure.Caption is { } captionString ? context.Layout(captionString, captionWidth, TextRole.Caption) : null;
        var creditText = figure.Credit is { } credit ? context.Layout(credit, captionWidth, TextRole.Credit, TextAlignment.End, atomic: true) : null;
        if (captionText is not null)
        {
            group.AddParagraph(captionText, context.Theme[TextRole.Caption].SpaceBeforePt, 0, keepAll: true, caption, captionOffset);
        }

        if (creditText is not null)
        {
            if (captionText is not null && FitsAfterLastLine(captionText, creditText, captionWidth, context.Theme[TextRole.Caption].SizePt))
            {
                group.Add(new RunInLineSlice(creditText.Lines[0], captionText.LineHeightPt) { XOffset = captionOffset, Structure = caption });
            }
            else
            {
                group.AddParagraph(creditText, context.Theme[TextRole.Credit].SpaceBeforePt, 0, keepAll: true, caption, captionOffset);
            }
        }

        // The whole group stays within a column, the picture within maxImageHeight.
        var textHeight = group.Slices.Sum(s => s.Height);
        var (fittedWidth, imageHeight) = FigureSizing.Fit(header.WidthPx, header.HeightPx, targetWidth, Math.Max(Math.Min(maxHeight - textHeight, maxImageHeight), 1));
        targetWidth = fittedWidth;

        slices.Add(new ImageSlice(figure.Image, figure.AltText, targetWidth, imageHeight) { KeepWithNext = group.Count > 0, Glued = group.Count > 0, XOffset = (width - targetWidth) / 2, Structure = figureElement });
        slices.AddRange(group.Slices.Select((s, i) => i < group.Count - 1 ? s with { KeepWithNext = true, Glued = true, Discardable = false } : s with { KeepWithNext = false, Discardable = false }));
        var spaceAfter = figure.Credit is not null ? context.Theme[TextRole.Credit].SpaceAfterPt : 0;
        slices.AddSpace(spaceAfter);
    }

    /// <summary>
    /// Whether a one-line credit fits at the right of the caption's last line with at least two em
    /// between them (docs/typography.md §5: the credit follows the caption on its line when there is room).
    /// </summary>
    private static bool FitsAfterLastLine(LaidOutParagraph caption, LaidOutParagraph credit, double width, double emPt)
    {
        if (caption.Lines.Count == 0 || credit.Lines.Count != 1 || Math.Abs(caption.LineHeightPt - credit.LineHeightPt) > ColumnFiller.Epsilon)
        {
            return false;
        }

        var last = caption.Lines[^1];
        return last.X + last.Line.Width + (2 * emPt) + credit.Lines[0].Line.Width <= width + ColumnFiller.Epsilon;
    }

    private static void AddTable(FlowContext context, SliceList slices, Table table, double width, double maxHeight, string path)
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
