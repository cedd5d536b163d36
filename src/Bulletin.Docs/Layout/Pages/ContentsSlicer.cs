using System.Globalization;
using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Pages;

/// <summary>
/// The contents box (本期要目): one entry per article or titled picture news with its page number
/// at the right. The number is set apart from the title, so the box is as tall whatever the
/// numbers are: a first layout pass finds them, a second prints them on identical pages.
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
            if (numberLine.Lines.Count > 0 && entry.Lines.Count > 0)
            {
                // The page number shares the entry's first line: a slice taking no height of its own.
                slices.Add(new LineSlice(numberLine.Lines[0], entry.LineHeightPt) with { Height = 0, KeepWithNext = true, Structure = element });
            }

            slices.AddParagraph(entry, 0, 0, keepAll: true, element);
        }

        return slices.Slices;
    }

}
