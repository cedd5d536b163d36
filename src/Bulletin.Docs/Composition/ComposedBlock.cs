using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Composition;

/// <summary>
/// What a writer does with each kind of composed block. Adding a kind adds a method here, so every
/// writer that does not handle it fails to build.
/// </summary>
/// <typeparam name="T">What the writer makes of a block.</typeparam>
internal interface IComposedBlockVisitor<out T>
{
    /// <summary>A paragraph of spans in a role.</summary>
    T Text(TextBlock block);

    /// <summary>A heading whose lines are decided.</summary>
    T Heading(HeadingBlock block);

    /// <summary>A bulleted or numbered list.</summary>
    T List(ComposedList block);

    /// <summary>A table.</summary>
    T Table(TableBlock block);

    /// <summary>A picture with caption and credit.</summary>
    T Figure(FigureBlock block);

    /// <summary>A horizontal rule.</summary>
    T Rule(RuleBlock block);
}

/// <summary>
/// A block as both writers print it: role resolved, printed forms applied, heading lines decided.
/// <see cref="Path"/> names the model node it comes from, for error messages.
/// </summary>
internal abstract record ComposedBlock(string Path)
{
    /// <summary>Hands this block to the <paramref name="visitor"/>'s method for its kind.</summary>
    public abstract T Accept<T>(IComposedBlockVisitor<T> visitor);
}

/// <summary>A paragraph: body text, a quote, a note, a byline, a jump line, a column label.</summary>
/// <param name="Path">The model node.</param>
/// <param name="Role">The role whose style sets it.</param>
/// <param name="Spans">Its runs in order.</param>
internal sealed record TextBlock(string Path, TextRole Role, IReadOnlyList<Span> Spans) : ComposedBlock(Path)
{
    /// <summary>Set flush to the end of the line (a trailing byline, a continued-on note) rather than as the role says.</summary>
    public bool AlignEnd { get; init; }

    /// <summary>Kept on the same page (and column) as what follows: part of a headline stack.</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>
    /// A story's tail (trailing byline, jump line): never opens a column alone; it keeps with the
    /// story's last two lines, as a paragraph's last line keeps with the one before it (孤行, docs/typography.md §4).
    /// </summary>
    public bool StoryTail { get; init; }

    /// <inheritdoc />
    public override T Accept<T>(IComposedBlockVisitor<T> visitor) => visitor.Text(this);
}

/// <summary>
/// A heading — 引题, 主题, 副题, 小标题, a picture's title, a section banner — whose printed lines are
/// decided once (by the heading balancer when fonts are known), so both writers break it alike.
/// Always kept with what follows.
/// </summary>
/// <param name="Path">The model node.</param>
/// <param name="Role">The heading's role.</param>
/// <param name="Lines">The printed lines, each set on a line of its own.</param>
internal sealed record HeadingBlock(string Path, TextRole Role, IReadOnlyList<string> Lines) : ComposedBlock(Path)
{
    /// <inheritdoc />
    public override T Accept<T>(IComposedBlockVisitor<T> visitor) => visitor.Heading(this);
}

/// <summary>One list item: its printed marker ("1. ", "• ") and its runs.</summary>
internal sealed record ListItem(string Marker, IReadOnlyList<Span> Spans);

/// <summary>A bulleted or numbered list.</summary>
internal sealed record ComposedList(string Path, bool Ordered, IReadOnlyList<ListItem> Items) : ComposedBlock(Path)
{
    /// <inheritdoc />
    public override T Accept<T>(IComposedBlockVisitor<T> visitor) => visitor.List(this);
}

/// <summary>A table of plain cells.</summary>
/// <param name="Path">The model node.</param>
/// <param name="Table">The rows, the header flag and any explicit column widths.</param>
internal sealed record TableBlock(string Path, Table Table) : ComposedBlock(Path)
{
    /// <inheritdoc />
    public override T Accept<T>(IComposedBlockVisitor<T> visitor) => visitor.Table(this);
}

/// <summary>A picture with its caption and credit, which never part.</summary>
/// <param name="Path">The model node.</param>
/// <param name="Figure">The picture, its alternative text, caption and credit.</param>
internal sealed record FigureBlock(string Path, Figure Figure) : ComposedBlock(Path)
{
    /// <summary>
    /// The story's first block: it keeps with the headline stack above it, so it is made small
    /// enough to share a column with the stack.
    /// </summary>
    public bool OpensStory { get; init; }

    /// <inheritdoc />
    public override T Accept<T>(IComposedBlockVisitor<T> visitor) => visitor.Figure(this);
}

/// <summary>A horizontal rule between blocks.</summary>
/// <param name="Path">The model node.</param>
/// <param name="WeightPt">The rule's weight in points, from the theme.</param>
internal sealed record RuleBlock(string Path, double WeightPt) : ComposedBlock(Path)
{
    /// <inheritdoc />
    public override T Accept<T>(IComposedBlockVisitor<T> visitor) => visitor.Rule(this);
}
