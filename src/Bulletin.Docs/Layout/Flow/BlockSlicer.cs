using Bulletin.Docs.Composition;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Flow;

/// <summary>
/// Turns composed blocks into slices for a column of <paramref name="width"/> points, one method per
/// block kind; <paramref name="maxHeight"/> is the tallest a column can be.
/// </summary>
internal sealed class BlockSlicer(FlowContext context, SliceList slices, double width, double maxHeight) : IComposedBlockVisitor<SliceList>
{
    /// <summary>Adds <paramref name="blocks"/> in order; a story's tail keeps with the story's last two lines.</summary>
    public SliceList AddAll(IEnumerable<ComposedBlock> blocks)
    {
        var inTail = false;
        foreach (var block in blocks)
        {
            if (block is TextBlock { StoryTail: true } && !inTail)
            {
                // A story's tail — its byline, its jump line — never opens a column on its own: it
                // keeps with the story's last two lines, as a last line does with the one before it
                // (孤行, docs/typography.md §4).
                slices.KeepLastLinesWithNext(2);
                inTail = true;
            }

            block.Accept(this);
        }

        return slices;
    }

    /// <inheritdoc />
    public SliceList Text(TextBlock block)
    {
        var style = context.Theme[block.Role];
        var text = new ParagraphTextBuilder().AppendSpans(block.Spans, context.Format(block.Role), context.Theme).Build();
        var laid = context.Layout(text, width, block.Role, block.AlignEnd ? TextAlignment.End : null);
        var element = context.TextElement(slices, block.Role);
        if (block.Role == TextRole.Body && !block.AlignEnd)
        {
            context.Loosener.Register(element, text, width, ParagraphSettings.Of(style), laid);
        }

        slices.AddParagraph(laid, style.SpaceBeforePt, style.SpaceAfterPt, block.KeepWithNext || style.KeepWithNext, element);
        return slices;
    }

    /// <inheritdoc />
    public SliceList Heading(HeadingBlock block)
    {
        var start = slices.Count;
        AddLines(context, slices, block.Lines, width, block.Role);
        if (block.Role == TextRole.Subheading)
        {
            slices.SnapToPitch(start, context.LinePitchPt);
        }

        return slices;
    }

    /// <inheritdoc />
    public SliceList List(ComposedList block)
    {
        var style = context.Theme[TextRole.ListItem];
        var format = SpanFormat.Of(style);
        // The marker hangs in a gutter in front of the turned lines; the first line starts at the marker.
        var settings = ParagraphSettings.Of(style) with { StartIndentPt = ListIndent.StartChars(style) * style.SizePt, FirstLineIndentPt = ListIndent.FirstLineChars(style) * style.SizePt };
        var list = context.Structure.Add(StructureKind.List, slices.Container);
        foreach (var item in block.Items)
        {
            var body = context.Structure.Add(StructureKind.ListBody, context.Structure.Add(StructureKind.ListItem, list));
            var text = new ParagraphTextBuilder().Append(item.Marker, format, atomic: true).AppendSpans(item.Spans, format, context.Theme).Build();
            slices.AddParagraph(context.Text.Layout(text, width, settings), style.SpaceBeforePt, style.SpaceAfterPt, keepAll: false, body);
        }

        return slices;
    }

    /// <inheritdoc />
    public SliceList Table(TableBlock block)
    {
        var start = slices.Count;
        TableSlicer.Add(context, slices, block.Table, width, maxHeight, block.Path);
        slices.SnapToPitch(start, context.LinePitchPt, centre: false);
        return slices;
    }

    /// <inheritdoc />
    public SliceList Figure(FigureBlock block)
    {
        var start = slices.Count;
        // A figure that opens a story keeps with the headline stack above it: it is sized to share a column with it.
        var room = block.OpensStory ? Math.Max(maxHeight - slices.Slices.Sum(slice => slice.Height), maxHeight / 4) : maxHeight;
        // As in the Word file: a picture in the text is at most a share of the type area's height.
        FigureSlicer.Add(context, slices, block.Figure, width, room, block.Path, maxImageHeight: context.Theme.Page.ContentHeightPt * FigureSizing.MaxHeightShare);
        slices.SnapToPitch(start, context.LinePitchPt, centre: false);
        return slices;
    }

    /// <inheritdoc />
    public SliceList Rule(RuleBlock block)
    {
        slices.Add(new RuleSlice(width, block.WeightPt, RgbColor.Black, context.BodyLinePt));
        return slices;
    }

    /// <summary>Adds explicit lines of a heading role, each laid out on its own, all kept together and with what follows.</summary>
    private static void AddLines(FlowContext context, SliceList slices, IReadOnlyList<string> lines, double width, TextRole role, double xOffset = 0)
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
}
