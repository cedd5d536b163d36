using System.Globalization;
using Bulletin.Docs.Composition;
using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Pages;

/// <summary>Draws the masthead at the top of the first page's type area.</summary>
internal static class MastheadPainter
{
    /// <summary>Paints the masthead of <paramref name="document"/> in the theme's style and moves the composer below it.</summary>
    public static void Paint(FlowContext context, BulletinDocument document, Masthead masthead, PageComposer composer, StructureNode element)
    {
        switch (context.Theme.Masthead)
        {
            case MastheadStyle.Newspaper:
                PaintNewspaper(context, document, masthead, composer, element);
                break;
            case MastheadStyle.RedHead:
                PaintRedHead(context, masthead, composer, element);
                break;
            default:
                PaintPlain(context, document, masthead, composer, element);
                break;
        }
    }

    private static void PaintNewspaper(FlowContext context, BulletinDocument document, Masthead masthead, PageComposer composer, StructureNode element)
    {
        var top = composer.Y;
        var width = composer.Width;
        var name = context.Layout(masthead.Name, width * 0.6, TextRole.MastheadName, TextAlignment.Start, atomic: true);
        var nameHeight = PaintParagraph(composer.Current, context.Structure.Add(StructureKind.Paragraph, element), name, composer.Left, top);
        // Under the name, as the Word writer sets it: the issue label, then the marks.
        if (masthead.IssueLabel is { } issue)
        {
            nameHeight += PaintParagraph(composer.Current, context.Structure.Add(StructureKind.Paragraph, element), context.Layout(issue, width * 0.6, TextRole.MastheadIssue, TextAlignment.Start), composer.Left, top + nameHeight);
        }

        if (PrintedForms.Marks(masthead, " ") is { Length: > 0 } marks)
        {
            nameHeight += PaintParagraph(composer.Current, context.Structure.Add(StructureKind.Paragraph, element), context.Layout(marks, width * 0.6, TextRole.MastheadMark, TextAlignment.Start), composer.Left, top + nameHeight);
        }

        var y = top;
        foreach (var detail in PrintedForms.NewspaperDetails(masthead, PrintedForms.EditionLabel(document)))
        {
            y += PaintParagraph(composer.Current, context.Structure.Add(StructureKind.Paragraph, element), context.Layout(detail, width * 0.4, TextRole.MastheadDetail, TextAlignment.End), composer.Left + width * 0.6, y);
        }

        y = Math.Max(y, top + nameHeight) + 3;
        // A thick rule over a thin one, the usual 报头 underline.
        var rules = context.Theme.Rules;
        composer.Current.Add(new RuleElement(composer.Left, y, composer.Left + width, y, rules.MastheadPt, context.Theme.AccentColor));
        y += 2.5;
        if (rules.MastheadSecondPt > 0)
        {
            composer.Current.Add(new RuleElement(composer.Left, y, composer.Left + width, y, rules.MastheadSecondPt, context.Theme.AccentColor));
        }

        composer.Y = y + 8;
    }

    private static void PaintRedHead(FlowContext context, Masthead masthead, PageComposer composer, StructureNode element)
    {
        var left = composer.Left;
        var width = composer.Width;
        var y = composer.Y;
        if (masthead.SecrecyMark is not null || masthead.SerialNumber is not null)
        {
            var marks = 0.0;
            if (masthead.SecrecyMark is { } mark)
            {
                marks = PaintParagraph(composer.Current, context.Structure.Add(StructureKind.Paragraph, element), context.Layout(mark, width / 2, TextRole.MastheadMark, TextAlignment.Start, atomic: true), left, y);
            }

            if (masthead.SerialNumber is { } serial)
            {
                marks = Math.Max(marks, PaintParagraph(composer.Current, context.Structure.Add(StructureKind.Paragraph, element), context.Layout(serial, width / 2, TextRole.MastheadMark, TextAlignment.End, atomic: true), left + width / 2, y));
            }

            y += marks;
        }

        y += PaintParagraph(composer.Current, context.Structure.Add(StructureKind.Paragraph, element), context.Layout(masthead.Name, width, TextRole.MastheadName, TextAlignment.Center), left, y);
        if (masthead.IssueLabel is { } issue)
        {
            y += context.Theme[TextRole.MastheadIssue].SpaceBeforePt;
            y += PaintParagraph(composer.Current, context.Structure.Add(StructureKind.Paragraph, element), context.Layout(issue, width, TextRole.MastheadIssue, TextAlignment.Center), left, y);
        }

        var unitHeight = 0.0;
        var dateLine = masthead.Date is { } date
            ? context.Layout(PrintedForms.Date(date), width, TextRole.MastheadDetail, TextAlignment.End, atomic: true)
            : null;
        var dateWidth = dateLine is { Lines.Count: > 0 } ? dateLine.Lines[0].Line.Width + context.Theme[TextRole.MastheadDetail].SizePt : 0;
        if (masthead.EditingUnit is { } unit)
        {
            unitHeight = PaintParagraph(composer.Current, context.Structure.Add(StructureKind.Paragraph, element), context.Layout(unit, width - dateWidth, TextRole.MastheadDetail, TextAlignment.Start), left, y);
        }

        if (dateLine is not null)
        {
            unitHeight = Math.Max(unitHeight, PaintParagraph(composer.Current, context.Structure.Add(StructureKind.Paragraph, element), dateLine, left, y));
        }

        y += unitHeight + 2;
        // The 红头 separator: a full-width red rule (practice: 1–2 pt).
        composer.Current.Add(new RuleElement(left, y, left + width, y, context.Theme.Rules.RedHeadPt, context.Theme.AccentColor));
        composer.Y = y + 12;
    }

    private static void PaintPlain(FlowContext context, BulletinDocument document, Masthead masthead, PageComposer composer, StructureNode element)
    {
        var y = composer.Y;
        var marks = PrintedForms.Marks(masthead, "\u3000");
        if (marks.Length > 0)
        {
            y += PaintParagraph(composer.Current, context.Structure.Add(StructureKind.Paragraph, element), context.Layout(marks, composer.Width, TextRole.MastheadMark, TextAlignment.Start), composer.Left, y);
        }

        y += PaintParagraph(composer.Current, context.Structure.Add(StructureKind.Paragraph, element), context.Layout(masthead.Name, composer.Width, TextRole.MastheadName, TextAlignment.Center), composer.Left, y);
        if (masthead.IssueLabel is { } issue)
        {
            y += PaintParagraph(composer.Current, context.Structure.Add(StructureKind.Paragraph, element), context.Layout(issue, composer.Width, TextRole.MastheadIssue, TextAlignment.Center), composer.Left, y);
        }

        var detail = PrintedForms.PlainDetails(masthead, PrintedForms.EditionLabel(document));
        if (detail.Length > 0)
        {
            y += PaintParagraph(composer.Current, context.Structure.Add(StructureKind.Paragraph, element), context.Layout(detail, composer.Width, TextRole.MastheadDetail, TextAlignment.Center), composer.Left, y);
            y += context.Theme[TextRole.MastheadDetail].SpaceAfterPt;
        }

        composer.Y = y + 6;
    }

    /// <summary>Paints every line of <paramref name="paragraph"/> from <paramref name="top"/> as <paramref name="structure"/>; returns its height.</summary>
    public static double PaintParagraph(List<PageElement> page, StructureNode structure, LaidOutParagraph paragraph, double x, double top)
    {
        var y = top;
        foreach (var line in paragraph.Lines)
        {
            SlicePainter.PaintLine(page, line, paragraph.LineHeightPt, x, y, structure);
            y += paragraph.LineHeightPt;
        }

        return y - top;
    }
}
