using System.Text.Json.Serialization;

namespace Bulletin.Docs.Model;

/// <summary>
/// A body block of an article. In JSON a block is an object whose <c>type</c> names the kind:
/// <c>paragraph</c>, <c>subheading</c>, <c>quote</c>, <c>note</c>, <c>list</c>, <c>table</c>,
/// <c>figure</c> or <c>divider</c>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(Paragraph), "paragraph")]
[JsonDerivedType(typeof(Subheading), "subheading")]
[JsonDerivedType(typeof(Quote), "quote")]
[JsonDerivedType(typeof(Note), "note")]
[JsonDerivedType(typeof(ListBlock), "list")]
[JsonDerivedType(typeof(Table), "table")]
[JsonDerivedType(typeof(Figure), "figure")]
[JsonDerivedType(typeof(Divider), "divider")]
public abstract record Block
{
    private protected Block()
    {
    }

    /// <summary>Hands this block to the <paramref name="visitor"/>'s method for its kind.</summary>
    internal abstract TResult Accept<TState, TResult>(IBlockVisitor<TState, TResult> visitor, TState state);

    /// <summary>
    /// A plain-text <see cref="Paragraph"/>, so a body reads as its text:
    /// <c>Body = ["第一段", new Subheading("小标题"), "第二段"]</c>.
    /// </summary>
    public static implicit operator Block(string text) => new Paragraph(text);
}

/// <summary>A body paragraph: justified, first line indented two characters.</summary>
public sealed record Paragraph : Block
{
    /// <inheritdoc />
    internal override TResult Accept<TState, TResult>(IBlockVisitor<TState, TResult> visitor, TState state) => visitor.Paragraph(this, state);

    /// <summary>The paragraph of <paramref name="inlines"/>; the constructor JSON uses.</summary>
    [JsonConstructor]
    public Paragraph(IReadOnlyList<Inline> inlines) => Inlines = inlines;

    /// <summary>The runs of text.</summary>
    public IReadOnlyList<Inline> Inlines { get; init; }

    /// <summary>Deconstructs into the runs, as a positional record would.</summary>
    public void Deconstruct(out IReadOnlyList<Inline> inlines) => inlines = Inlines;

    /// <summary>A paragraph of plain text.</summary>
    public Paragraph(string text) : this([new Text(text)])
    {
    }

    /// <summary>A paragraph of plain text.</summary>
    public static implicit operator Paragraph(string text) => new(text);
}

/// <summary>A 小标题 inside an article, one or two lines, kept with what follows.</summary>
public sealed record Subheading(params IReadOnlyList<string> Lines) : Block
{
    /// <inheritdoc />
    internal override TResult Accept<TState, TResult>(IBlockVisitor<TState, TResult> visitor, TState state) => visitor.Subheading(this, state);
}

/// <summary>A quoted passage set apart from the body.</summary>
public sealed record Quote : Block
{
    /// <inheritdoc />
    internal override TResult Accept<TState, TResult>(IBlockVisitor<TState, TResult> visitor, TState state) => visitor.Quote(this, state);

    /// <summary>The quote of <paramref name="inlines"/>; the constructor JSON uses.</summary>
    [JsonConstructor]
    public Quote(IReadOnlyList<Inline> inlines) => Inlines = inlines;

    /// <summary>The runs of text.</summary>
    public IReadOnlyList<Inline> Inlines { get; init; }

    /// <summary>Deconstructs into the runs, as a positional record would.</summary>
    public void Deconstruct(out IReadOnlyList<Inline> inlines) => inlines = Inlines;

    /// <summary>A quote of plain text.</summary>
    public Quote(string text) : this([new Text(text)])
    {
    }
}

/// <summary>An editor's note (编者按) or similar labelled note.</summary>
public sealed record Note : Block
{
    /// <inheritdoc />
    internal override TResult Accept<TState, TResult>(IBlockVisitor<TState, TResult> visitor, TState state) => visitor.Note(this, state);

    /// <summary>The note of <paramref name="inlines"/>; the constructor JSON uses.</summary>
    [JsonConstructor]
    public Note(IReadOnlyList<Inline> inlines) => Inlines = inlines;

    /// <summary>The runs of text.</summary>
    public IReadOnlyList<Inline> Inlines { get; init; }

    /// <summary>Deconstructs into the runs, as a positional record would.</summary>
    public void Deconstruct(out IReadOnlyList<Inline> inlines) => inlines = Inlines;

    /// <summary>A note of plain text.</summary>
    public Note(string text) : this([new Text(text)])
    {
    }

    /// <summary>The label set in bold before the text, e.g. 编者按.</summary>
    public string Label { get; init; } = "编者按";
}

/// <summary>A bulleted or numbered list; each item is a run of inlines.</summary>
public sealed record ListBlock(IReadOnlyList<IReadOnlyList<Inline>> Items) : Block
{
    /// <inheritdoc />
    internal override TResult Accept<TState, TResult>(IBlockVisitor<TState, TResult> visitor, TState state) => visitor.List(this, state);

    /// <summary>Numbered (1. 2. 3.) rather than bulleted.</summary>
    public bool Ordered { get; init; }
}

/// <summary>
/// A simple grid of text cells; every row has the same number of cells. The page layout refuses
/// (<see cref="Layout.BulletinLayoutException"/> at the table's path) a table with more columns than
/// can each hold one character, with their padding, in the column or text block it stands in.
/// </summary>
public sealed record Table(IReadOnlyList<IReadOnlyList<string>> Rows) : Block
{
    /// <inheritdoc />
    internal override TResult Accept<TState, TResult>(IBlockVisitor<TState, TResult> visitor, TState state) => visitor.Table(this, state);

    /// <summary>The first row is a header, repeated when the table splits across columns or pages.</summary>
    public bool HasHeaderRow { get; init; } = true;

    /// <summary>
    /// The columns' widths as relative shares of the table's width, one positive number per column:
    /// <c>[1, 3, 6]</c> gives the columns 10 %, 30 % and 60 % of the width the table takes (the body
    /// column or text block it stands in), in Word and PDF alike, except that a column is never made
    /// narrower than its widest unbreakable word (a number with its unit or percent sign, a Latin
    /// word) with the cell padding, the others sharing the rest in proportion (as CSS table layout
    /// does), so a tiny share (<c>[0.001, 1, 1]</c>) still sets 序号 20 or 金额 1207 on one line;
    /// when those words cannot stand side by side, a column is never narrower than its widest character. <c>null</c>, the default, sizes the
    /// columns from their content as Word's and browsers' automatic table layout do: each column at
    /// least as wide as its longest unbreakable word, and the rest shared by how much text it holds.
    /// Validation reports a count other than the number of columns and a share that is not a positive
    /// finite number.
    /// </summary>
    public IReadOnlyList<double>? ColumnWidths { get; init; }
}

/// <summary>A picture with caption and credit, e.g. caption …美不胜收。 and credit 王韵菲 摄.</summary>
public sealed record Figure : Block
{
    /// <inheritdoc />
    internal override TResult Accept<TState, TResult>(IBlockVisitor<TState, TResult> visitor, TState state) => visitor.Figure(this, state);

    /// <summary>The encoded image.</summary>
    public required ImageData Image { get; init; }

    /// <summary>Alternative text for readers who cannot see the picture.</summary>
    public required string AltText { get; init; }

    /// <summary>The caption.</summary>
    public string? Caption { get; init; }

    /// <summary>The photo credit, kept whole on one line, e.g. 王韵菲 摄.</summary>
    public string? Credit { get; init; }
}

/// <summary>A horizontal rule between blocks.</summary>
public sealed record Divider : Block
{
    /// <inheritdoc />
    internal override TResult Accept<TState, TResult>(IBlockVisitor<TState, TResult> visitor, TState state) => visitor.Divider(this, state);
}

/// <summary>
/// One method per kind of body block. Every walker of the model (validation, composition)
/// implements it, so a new block kind is a build error until each one handles it.
/// </summary>
/// <typeparam name="TState">What the walker passes along (a path, nothing).</typeparam>
/// <typeparam name="TResult">What it makes of a block.</typeparam>
internal interface IBlockVisitor<in TState, out TResult>
{
    TResult Paragraph(Paragraph block, TState state);

    TResult Subheading(Subheading block, TState state);

    TResult Quote(Quote block, TState state);

    TResult Note(Note block, TState state);

    TResult List(ListBlock block, TState state);

    TResult Table(Table block, TState state);

    TResult Figure(Figure block, TState state);

    TResult Divider(Divider block, TState state);
}
