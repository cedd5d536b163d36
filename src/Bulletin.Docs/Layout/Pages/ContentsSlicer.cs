using System.Globalization;
using Bulletin.Docs.Composition;
using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Pages;

/// <summary>
/// The contents box (本期要目): one entry per article or titled picture news with its page number
/// at the right, joined to it by a dot leader as the Word file's right tab with dot leader draws
/// it. The number is set apart from the title, so the box is as tall whatever the numbers are: a
/// first layout pass finds them, a second prints them on identical pages.
/// </summary>
internal static class ContentsSlicer
{
    /// <summary>
    /// The box's slices at <paramref name="width"/>; <paramref name="pageOf"/> gives an entry's page,
    /// 0 when not known yet. Its text goes under <paramref name="contents"/>.
    /// </summary>
    public static IReadOnlyList<Slice> Slices(FlowContext context, BulletinDocument document, double width, Func<BulletinItem, int> pageOf, StructureNode contents)
    {
        var slices = new SliceList { Container = contents };
        var titleText = new ParagraphTextBuilder().Append(PrintedForms.ContentsTitle, context.Format(TextRole.Contents) with { Bold = true }, atomic: true).Build();
        slices.AddParagraph(context.Layout(titleText, width, TextRole.Contents, TextAlignment.Center), 0, 0, keepAll: true, context.Structure.Add(StructureKind.ContentsTitle, contents));
        var size = context.Theme[TextRole.Contents].SizePt;
        foreach (var (item, text) in PrintedForms.ContentsEntries(document))
        {
            var number = pageOf(item).ToString(CultureInfo.InvariantCulture);
            var numberLine = context.Layout(number, width, TextRole.Contents, TextAlignment.End, atomic: true);
            var entry = context.Layout(text, width - 3 * size, TextRole.Contents, TextAlignment.Start, indent: false);
            var element = context.TextElement(slices, TextRole.Contents);
            slices.AddParagraph(entry, 0, 0, keepAll: true, element);
            if (numberLine.Lines.Count > 0 && entry.Lines.Count > 0)
            {
                // The leader and the page number are set at the end of the entry's last line, as
                // Word's tab leader sets them; run in after the entry, so the number follows the
                // title in reading order. The leader only leads the eye: furniture, not text.
                if (Leader(context, entry.Lines[^1], numberLine.Lines[0], size) is { } leader)
                {
                    slices.Add(new RunInLineSlice(leader, entry.LineHeightPt) { KeepWithNext = true });
                }

                slices.Add(new RunInLineSlice(numberLine.Lines[0], entry.LineHeightPt) { KeepWithNext = true, Structure = element });
            }
        }

        return slices.Slices;
    }

    /// <summary>
    /// Periods filling the room between the end of <paramref name="entry"/> and the start of
    /// <paramref name="number"/>, a quarter em clear of each; <c>null</c> when there is no room.
    /// </summary>
    private static PositionedLine? Leader(FlowContext context, PositionedLine entry, PositionedLine number, double size)
    {
        var start = entry.X + entry.Line.Width + size / 4;
        var end = number.X - size / 4;
        var dot = context.Layout(".", 4 * size, TextRole.Contents, TextAlignment.Start, atomic: true, indent: false);
        if (dot.Lines.Count == 0 || dot.Lines[0].Line.Width <= 0)
        {
            return null;
        }

        var count = (int)Math.Floor((end - start) / dot.Lines[0].Line.Width);
        if (count < 2)
        {
            return null;
        }

        var dots = context.Layout(new string('.', count), end - start + size, TextRole.Contents, TextAlignment.Start, atomic: true, indent: false);
        return dots.Lines.Count == 1 ? dots.Lines[0] with { X = end - dots.Lines[0].Line.Width } : null;
    }

}
