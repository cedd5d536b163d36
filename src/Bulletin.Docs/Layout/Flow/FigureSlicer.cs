using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Flow;

/// <summary>Turns a figure (picture, caption, credit) into slices that never split.</summary>
internal static class FigureSlicer
{
    /// <summary>
    /// Adds a figure: the image scaled to the column width keeping its aspect (the newspaper norm,
    /// small images are enlarged too), then caption and credit. The group never splits. When it
    /// would be taller than a column the image is scaled down until the group fits the column.
    /// </summary>
    public static void Add(FlowContext context, SliceList slices, Figure figure, double width, double maxHeight, string path, double? imageWidth = null, double maxImageHeight = double.PositiveInfinity)
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
}
