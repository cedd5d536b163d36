using Bulletin.Docs.Composition;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>Renders the composed masthead, one method per style.</summary>
internal sealed class MastheadRenderer(WordRenderContext context) : IComposedMastheadVisitor<IEnumerable<OpenXmlElement>>
{
    /// <summary>The elements of <paramref name="masthead"/>.</summary>
    public static IEnumerable<OpenXmlElement> Render(ComposedMasthead masthead, WordRenderContext context) =>
        masthead.Accept(new MastheadRenderer(context));

    /// <summary>
    /// 报头: the big red name at the left, edition label and date at the right, in a borderless
    /// two-cell table whose bottom border is the rule under the masthead.
    /// </summary>
    public IEnumerable<OpenXmlElement> Newspaper(NewspaperMasthead masthead)
    {
        var width = WordUnits.Twips(context.Page.ContentWidthPt);
        var leftWidth = width * 3 / 5;
        var rightWidth = width - leftWidth;

        var left = new List<OpenXmlElement> { WordParagraphs.Styled(TextRole.MastheadName, WordParagraphs.Run(masthead.Name)) };
        if (masthead.Issue is { } issue)
        {
            left.Add(WordParagraphs.Styled(TextRole.MastheadIssue, WordParagraphs.Run(issue)));
        }

        if (masthead.Marks is { } marks)
        {
            left.Add(WordParagraphs.Styled(TextRole.MastheadMark, WordParagraphs.Run(marks)));
        }

        var right = new List<OpenXmlElement>();
        foreach (var detail in masthead.Details)
        {
            right.Add(WordParagraphs.Styled(TextRole.MastheadDetail, WordParagraphs.Run(detail)));
        }

        if (right.Count == 0)
        {
            right.Add(WordParagraphs.Styled(TextRole.MastheadDetail));
        }

        var none = WordFormatting.TableBorders(bottom: WordFormatting.Border<W.BottomBorder>(context.Theme.AccentColor, context.Theme.Rules.MastheadPt, 0));
        yield return new W.Table(
            new W.TableProperties(
                new W.TableWidth { Width = WordUnits.Text(width), Type = W.TableWidthUnitValues.Dxa },
                none,
                new W.TableLayout { Type = W.TableLayoutValues.Fixed },
                new W.TableCellMarginDefault(
                    new W.TableCellLeftMargin { Width = 0, Type = W.TableWidthValues.Dxa },
                    new W.TableCellRightMargin { Width = 0, Type = W.TableWidthValues.Dxa })),
            new W.TableGrid(new W.GridColumn { Width = WordUnits.Text(leftWidth) }, new W.GridColumn { Width = WordUnits.Text(rightWidth) }),
            new W.TableRow(
                Cell(leftWidth, left),
                Cell(rightWidth, right)));
        // A table must be followed by a paragraph before the next table; this one also spaces the rule
        // from the first story, and its top border is the thin rule under the thick one, as the PDF draws them.
        var after = WordParagraphs.Styled(TextRole.MastheadMark);
        if (context.Theme.Rules.MastheadSecondPt > 0)
        {
            var properties = WordParagraphs.Properties(after);
            properties.ParagraphBorders = new W.ParagraphBorders(WordFormatting.Border<W.TopBorder>(context.Theme.AccentColor, context.Theme.Rules.MastheadSecondPt, 0));
            // 1¼ pt between the rules, as in the PDF (2.5 pt between their centres).
            properties.SpacingBetweenLines = new W.SpacingBetweenLines { Before = "25", After = "0" };
        }

        yield return after;
    }

    /// <summary>
    /// 简报红头 (docs/typography.md §6): secrecy mark and serial number at the top corners, the red name
    /// centred, 第×期 under it, editing unit at the left and the date at the right on one line,
    /// then a full-width red rule.
    /// </summary>
    public IEnumerable<OpenXmlElement> RedHead(RedHeadMasthead masthead)
    {
        var rightTab = WordUnits.Twips(context.Page.ContentWidthPt);
        if (masthead.SecrecyMark is not null || masthead.SerialNumber is not null)
        {
            yield return Spread(TextRole.MastheadMark, masthead.SecrecyMark, masthead.SerialNumber, rightTab, rule: null);
        }

        yield return WordParagraphs.Styled(TextRole.MastheadName, WordParagraphs.Run(masthead.Name));
        if (masthead.Issue is { } issue)
        {
            yield return WordParagraphs.Styled(TextRole.MastheadIssue, WordParagraphs.Run(issue));
        }

        var weight = context.Theme.Rules.RedHeadPt;
        var rule = WordFormatting.Border<W.BottomBorder>(context.Theme.AccentColor, weight, (uint)RedHeadMasthead.RuleBelowTextPt);
        var details = Spread(TextRole.MastheadDetail, masthead.EditingUnit, masthead.Date, rightTab, rule);
        // The PDF draws the rule centred RuleBelowTextPt under the line and starts what follows
        // SpaceBelowRulePt under its centre (then on the line grid); Word stacks the border's
        // space, its weight and the space after (ECMA-376 Part 1 §17.3.1.5, §17.3.1.33), so what
        // follows starts where the PDF starts it and the rule stands half its weight lower.
        SpaceAfter(details, RedHeadMasthead.SpaceBelowRulePt - weight + context.Hints.MastheadGridPt);
        yield return details;
    }

    /// <summary>A plain title block: marks, the name centred, the issue, then the details on one line.</summary>
    public IEnumerable<OpenXmlElement> Plain(PlainMasthead masthead)
    {
        if (masthead.SecrecyMark is not null || masthead.SerialNumber is not null)
        {
            yield return Spread(TextRole.MastheadMark, masthead.SecrecyMark, masthead.SerialNumber, WordUnits.Twips(context.Page.ContentWidthPt), rule: null);
        }

        var last = WordParagraphs.Styled(TextRole.MastheadName, WordParagraphs.Run(masthead.Name));
        var lastSpaceAfter = 0.0;
        if (masthead.Issue is { } issue)
        {
            yield return last;
            last = WordParagraphs.Styled(TextRole.MastheadIssue, WordParagraphs.Run(issue));
        }

        if (masthead.Details is { } details)
        {
            yield return last;
            last = WordParagraphs.Styled(TextRole.MastheadDetail, WordParagraphs.Run(details));
            lastSpaceAfter = context.Theme[TextRole.MastheadDetail].SpaceAfterPt;
        }

        // The white the PDF leaves under the block (MastheadPainter), then on the line grid.
        SpaceAfter(last, lastSpaceAfter + PlainMasthead.SpaceBelowPt + context.Hints.MastheadGridPt);
        yield return last;
    }

    /// <summary>Sets <paramref name="paragraph"/>'s space after to <paramref name="points"/> pt, in twips (ECMA-376 Part 1 §17.3.1.33).</summary>
    private static void SpaceAfter(W.Paragraph paragraph, double points)
    {
        var properties = WordParagraphs.Properties(paragraph);
        properties.SpacingBetweenLines ??= new W.SpacingBetweenLines();
        properties.SpacingBetweenLines.After = WordUnits.Text(WordUnits.Twips(Math.Max(0, points)));
    }

    /// <summary>One line with text at the left and text at the right, through a right tab stop at the type area's width.</summary>
    private static W.Paragraph Spread(TextRole role, string? left, string? right, int rightTabTwips, W.BottomBorder? rule)
    {
        var paragraph = WordParagraphs.Styled(role);
        var properties = WordParagraphs.Properties(paragraph);
        if (rule is not null)
        {
            properties.ParagraphBorders = new W.ParagraphBorders(rule);
        }

        properties.Tabs = new W.Tabs(new W.TabStop { Val = W.TabStopValues.Right, Position = rightTabTwips });
        properties.Justification = new W.Justification { Val = W.JustificationValues.Left };
        if (!string.IsNullOrEmpty(left))
        {
            paragraph.Append(WordParagraphs.Run(left));
        }

        if (!string.IsNullOrEmpty(right))
        {
            paragraph.Append(new W.Run(new W.TabChar()), WordParagraphs.Run(right));
        }

        return paragraph;
    }

    private static W.TableCell Cell(int widthTwips, IEnumerable<OpenXmlElement> content)
    {
        var cell = new W.TableCell(new W.TableCellProperties(
            new W.TableCellWidth { Width = WordUnits.Text(widthTwips), Type = W.TableWidthUnitValues.Dxa },
            new W.TableCellVerticalAlignment { Val = W.TableVerticalAlignmentValues.Bottom }));
        cell.Append(content);
        return cell;
    }
}
