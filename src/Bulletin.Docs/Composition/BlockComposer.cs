using System.Globalization;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Composition;

/// <summary>Composes body blocks and their inlines, one method per model kind.</summary>
internal sealed class BlockComposer(BulletinTheme theme, ITextFacts text, FallbackFaces faces)
    : IBlockVisitor<BlockComposer.Where, ComposedBlock>, IInlineVisitor<int, Span>
{
    /// <summary>
    /// The composed form of <paramref name="block"/>, set in columns of <paramref name="columnWidthPt"/>
    /// points; <paramref name="lead"/> is run in before a paragraph's text (the 电头).
    /// </summary>
    public ComposedBlock Compose(Block block, string path, double columnWidthPt, IReadOnlyList<Span>? lead = null) =>
        block.Accept(this, new Where(path, columnWidthPt, lead));

    /// <summary>A heading in <paramref name="role"/>: each of the model's lines broken by the balancer at <paramref name="widthPt"/>.</summary>
    public HeadingBlock Heading(string path, TextRole role, IReadOnlyList<string> lines, double widthPt) =>
        new(path, role, [.. lines.SelectMany(line => text.Lines(line, role, widthPt))]);

    /// <inheritdoc />
    public ComposedBlock Paragraph(Paragraph block, Where where) =>
        new TextBlock(where.Path, TextRole.Body, [.. where.Lead ?? [], .. Spans(block.Inlines, TextRole.Body)]);

    /// <inheritdoc />
    public ComposedBlock Subheading(Subheading block, Where where) =>
        Heading(where.Path, TextRole.Subheading, block.Lines, where.ColumnWidthPt);

    /// <inheritdoc />
    public ComposedBlock Quote(Quote block, Where where) => new TextBlock(where.Path, TextRole.Quote, Spans(block.Inlines, TextRole.Quote));

    /// <inheritdoc />
    public ComposedBlock Note(Note block, Where where) =>
        new TextBlock(where.Path, TextRole.Note, [new Span(PrintedForms.RunInLabel(block.Label), SpanStyle.Label, Atomic: true), .. Spans(block.Inlines, TextRole.Note)]);

    /// <inheritdoc />
    public ComposedBlock List(ListBlock block, Where where) =>
        new ComposedList(where.Path, block.Ordered, [.. block.Items.Select((item, i) => new ListItem(Marker(block.Ordered, i), Spans(item, TextRole.ListItem)))]);

    /// <inheritdoc />
    public ComposedBlock Table(Table block, Where where) => new TableBlock(where.Path, block);

    /// <inheritdoc />
    public ComposedBlock Figure(Figure block, Where where) => new FigureBlock(where.Path, block);

    /// <inheritdoc />
    public ComposedBlock Divider(Divider block, Where where) => new RuleBlock(where.Path, theme.Rules.DividerPt);

    /// <inheritdoc />
    public Span Text(Text inline, int state) => new(inline.Value);

    /// <inheritdoc />
    public Span Strong(Strong inline, int state) => new(inline.Value, SpanStyle.Strong);

    /// <inheritdoc />
    public Span Emphasis(Emphasis inline, int state) => new(inline.Value, SpanStyle.Emphasis);

    /// <inheritdoc />
    public Span Link(Link inline, int state) => new(inline.Value, LinkTarget: inline.Target);

    /// <inheritdoc />
    public Span LineBreak(LineBreak inline, int state) => Span.LineBreak;

    /// <summary>
    /// The spans of <paramref name="inlines"/> in <paramref name="role"/>, each split where the PDF
    /// sets characters in a fallback face (emphasis is set in the Quote role's face).
    /// </summary>
    private Span[] Spans(IReadOnlyList<Inline> inlines, TextRole role) =>
        [.. inlines.Select(inline => inline.Accept(this, 0)).SelectMany(span => faces.Split(span, span.Style == SpanStyle.Emphasis ? TextRole.Quote : role))];

    /// <summary>A list item's printed marker: "1. " for a numbered list, a bullet and a space otherwise.</summary>
    private static string Marker(bool ordered, int index) =>
        ordered ? (index + 1).ToString(CultureInfo.InvariantCulture) + ". " : "• ";

    /// <summary>Where a block is: its model path, the measure of its column in points, and what is run in before a paragraph.</summary>
    internal readonly record struct Where(string Path, double ColumnWidthPt, IReadOnlyList<Span>? Lead);
}
