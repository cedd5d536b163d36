using System.Globalization;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Flow;

/// <summary>Turns body blocks into slices for a column of a given width.</summary>
internal static class BlockSlicer
{
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
                FigureSlicer.Add(context, slices, figure, width, maxHeight, path, maxImageHeight: context.Theme.Page.ContentHeightPt * FigureSizing.MaxHeightShare);
                slices.SnapToPitch(figureStart, context.LinePitchPt, centre: false);
                break;
            case Table table:
                var tableStart = slices.Count;
                TableSlicer.Add(context, slices, table, width, maxHeight, path);
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

}
