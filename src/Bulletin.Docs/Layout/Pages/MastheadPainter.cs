using Bulletin.Docs.Composition;
using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Pages;

/// <summary>Draws the composed masthead at the top of the first page's type area, one method per style.</summary>
internal sealed class MastheadPainter(FlowContext context, PageComposer composer, StructureNode element) : IComposedMastheadVisitor<double>
{
    /// <summary>Paints <paramref name="masthead"/> and moves the composer below it.</summary>
    public static void Paint(FlowContext context, ComposedMasthead masthead, PageComposer composer, StructureNode element) =>
        composer.Y = masthead.Accept(new MastheadPainter(context, composer, element));

    /// <inheritdoc />
    public double Newspaper(NewspaperMasthead masthead)
    {
        var top = composer.Y;
        var width = composer.Width;
        var name = context.Layout(masthead.Name, width * 0.6, TextRole.MastheadName, TextAlignment.Start, atomic: true);
        var nameHeight = Paint(name, composer.Left, top);
        // Under the name, as the Word writer sets it: the issue label, then the marks.
        if (masthead.Issue is { } issue)
        {
            nameHeight += Paint(context.Layout(issue, width * 0.6, TextRole.MastheadIssue, TextAlignment.Start), composer.Left, top + nameHeight);
        }

        if (masthead.Marks is { } marks)
        {
            nameHeight += Paint(context.Layout(marks, width * 0.6, TextRole.MastheadMark, TextAlignment.Start), composer.Left, top + nameHeight);
        }

        var y = top;
        foreach (var detail in masthead.Details)
        {
            y += Paint(context.Layout(detail, width * 0.4, TextRole.MastheadDetail, TextAlignment.End), composer.Left + width * 0.6, y);
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

        return y + 8;
    }

    /// <inheritdoc />
    public double RedHead(RedHeadMasthead masthead)
    {
        var left = composer.Left;
        var width = composer.Width;
        var y = composer.Y + Corners(masthead.SecrecyMark, masthead.SerialNumber, composer.Y);
        y += Paint(context.Layout(masthead.Name, width, TextRole.MastheadName, TextAlignment.Center), left, y);
        if (masthead.Issue is { } issue)
        {
            y += context.Theme[TextRole.MastheadIssue].SpaceBeforePt;
            y += Paint(context.Layout(issue, width, TextRole.MastheadIssue, TextAlignment.Center), left, y);
        }

        var unitHeight = 0.0;
        var dateLine = masthead.Date is { } date
            ? context.Layout(date, width, TextRole.MastheadDetail, TextAlignment.End, atomic: true)
            : null;
        var dateWidth = dateLine is { Lines.Count: > 0 } ? dateLine.Lines[0].Line.Width + context.Theme[TextRole.MastheadDetail].SizePt : 0;
        if (masthead.EditingUnit is { } unit)
        {
            unitHeight = Paint(context.Layout(unit, width - dateWidth, TextRole.MastheadDetail, TextAlignment.Start), left, y);
        }

        if (dateLine is not null)
        {
            unitHeight = Math.Max(unitHeight, Paint(dateLine, left, y));
        }

        y += unitHeight + RedHeadMasthead.RuleBelowTextPt;
        // The 红头 separator: a full-width red rule (practice: 1–2 pt).
        composer.Current.Add(new RuleElement(left, y, left + width, y, context.Theme.Rules.RedHeadPt, context.Theme.AccentColor));
        return y + RedHeadMasthead.SpaceBelowRulePt;
    }

    /// <inheritdoc />
    public double Plain(PlainMasthead masthead)
    {
        var y = composer.Y + Corners(masthead.SecrecyMark, masthead.SerialNumber, composer.Y);
        y += Paint(context.Layout(masthead.Name, composer.Width, TextRole.MastheadName, TextAlignment.Center), composer.Left, y);
        if (masthead.Issue is { } issue)
        {
            y += Paint(context.Layout(issue, composer.Width, TextRole.MastheadIssue, TextAlignment.Center), composer.Left, y);
        }

        if (masthead.Details is { } detail)
        {
            y += Paint(context.Layout(detail, composer.Width, TextRole.MastheadDetail, TextAlignment.Center), composer.Left, y);
            y += context.Theme[TextRole.MastheadDetail].SpaceAfterPt;
        }

        return y + PlainMasthead.SpaceBelowPt;
    }

    /// <summary>The secrecy mark at the top left and the serial number at the top right, as the Word file's right tab sets them; returns their height.</summary>
    private double Corners(string? secrecyMark, string? serialNumber, double y)
    {
        var width = composer.Width;
        var height = 0.0;
        if (secrecyMark is { } mark)
        {
            height = Paint(context.Layout(mark, width / 2, TextRole.MastheadMark, TextAlignment.Start, atomic: true), composer.Left, y);
        }

        if (serialNumber is { } serial)
        {
            height = Math.Max(height, Paint(context.Layout(serial, width / 2, TextRole.MastheadMark, TextAlignment.End, atomic: true), composer.Left + width / 2, y));
        }

        return height;
    }

    private double Paint(LaidOutParagraph paragraph, double x, double top) =>
        PaintParagraph(composer.Current, context.Structure.Add(StructureKind.Paragraph, element), paragraph, x, top);

    /// <summary>Paints every line of <paramref name="paragraph"/> from <paramref name="top"/> as <paramref name="structure"/>; returns its height.</summary>
    private static double PaintParagraph(List<PageElement> page, StructureNode structure, LaidOutParagraph paragraph, double x, double top)
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
