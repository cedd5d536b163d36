using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Flow;

/// <summary>The theme and the text layouter, with shortcuts to lay out text in a role.</summary>
internal sealed class FlowContext(BulletinTheme theme, IParagraphLayouter text)
{
    /// <summary>The theme.</summary>
    public BulletinTheme Theme { get; } = theme;

    /// <summary>The paragraph layouter.</summary>
    public IParagraphLayouter Text { get; } = text;

    /// <summary>The body paragraphs a page may set a line longer to end at its foot.</summary>
    public ParagraphLoosener Loosener { get; } = new(text);

    /// <summary>The structure elements of this layout run.</summary>
    public StructureTree Structure { get; } = new();

    /// <summary>A new text element of <paramref name="role"/> under <paramref name="slices"/>' container.</summary>
    public StructureNode TextElement(SliceList slices, TextRole role) => Structure.Add(KindOf(role), slices.Container);

    /// <summary>Baseline-to-baseline distance of body text.</summary>
    public double BodyLinePt => Theme[TextRole.Body].LineSpacing.ToPoints(Theme[TextRole.Body].SizePt);

    /// <summary>
    /// What in-column headings, figures and tables are rounded up to: the page's line grid when it
    /// has one (GB/T 9704 22 lines), else a body line (docs/typography.md §4: a heading occupies a whole
    /// number of body lines).
    /// </summary>
    public double LinePitchPt => Theme.Page.LineGridPitchPt ?? BodyLinePt;

    /// <summary>Plain text format of <paramref name="role"/>.</summary>
    public SpanFormat Format(TextRole role) => SpanFormat.Of(Theme[role]);

    /// <summary>Lays out <paramref name="paragraph"/> with the settings of <paramref name="role"/>.</summary>
    public LaidOutParagraph Layout(ParagraphText paragraph, double width, TextRole role, TextAlignment? alignment = null)
    {
        var settings = ParagraphSettings.Of(Theme[role]);
        if (alignment is { } align)
        {
            settings = settings with { Alignment = align };
        }

        return Text.Layout(paragraph, width, settings);
    }

    /// <summary>
    /// Lays out a plain string in <paramref name="role"/>; <paramref name="atomic"/> text never breaks;
    /// without <paramref name="closeUp"/> no line closes its characters up to fit (<see cref="ParagraphSettings.CloseUp"/>).
    /// </summary>
    public LaidOutParagraph Layout(string text, double width, TextRole role, TextAlignment? alignment = null, bool atomic = false, bool indent = true, bool closeUp = true)
    {
        var settings = ParagraphSettings.Of(Theme[role]) with { CloseUp = closeUp };
        if (alignment is { } align)
        {
            settings = settings with { Alignment = align };
        }

        if (!indent)
        {
            settings = settings with { FirstLineIndentPt = 0 };
        }

        var format = Format(role);
        if (HeadingLines.IsHeading(role) && settings.Alignment is TextAlignment.Center or TextAlignment.End)
        {
            settings = settings with { TrimOpeningBracketOnFirstLine = true };
            return HeadingLines.Layout(text, width, settings.Alignment, (part, measure) => Text.Layout(new ParagraphTextBuilder().Append(part, format, atomic).Build(), measure, settings));
        }

        return Text.Layout(new ParagraphTextBuilder().Append(text, format, atomic).Build(), width, settings);
    }

    /// <summary>The structure element a paragraph set in <paramref name="role"/> is.</summary>
    public static StructureKind KindOf(TextRole role) => role switch
    {
        TextRole.MastheadName or TextRole.MastheadIssue or TextRole.MastheadDetail or TextRole.MastheadMark => StructureKind.Paragraph,
        TextRole.SectionBanner => StructureKind.SectionBanner,
        TextRole.Kicker => StructureKind.Kicker,
        TextRole.Headline or TextRole.BoxedHeadline or TextRole.PictureTitle => StructureKind.Headline,
        TextRole.Subheadline => StructureKind.Deck,
        TextRole.ColumnLabel => StructureKind.ColumnLabel,
        TextRole.Byline or TextRole.TrailingByline => StructureKind.Byline,
        TextRole.Dateline or TextRole.Body or TextRole.Distribution or TextRole.Header or TextRole.Footer => StructureKind.Paragraph,
        TextRole.Subheading => StructureKind.Subheading,
        TextRole.Quote => StructureKind.BlockQuote,
        TextRole.Note => StructureKind.Note,
        TextRole.ListItem => StructureKind.ListBody,
        TextRole.TableCell => StructureKind.TableCell,
        TextRole.TableHeader => StructureKind.TableHeaderCell,
        TextRole.Caption or TextRole.Credit => StructureKind.Caption,
        TextRole.ContinuationNote => StructureKind.JumpLine,
        TextRole.Contents => StructureKind.ContentsEntry,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a text role."),
    };
}
