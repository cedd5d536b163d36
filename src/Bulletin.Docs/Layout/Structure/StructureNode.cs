namespace Bulletin.Docs.Layout.Structure;

/// <summary>
/// One element of a laid-out document's logical structure. Page elements point at the leaf they
/// belong to (<see cref="PageElement.Structure"/>); elements that point at none are page furniture
/// (running heads, folios, rules, frames). Children are in model order, which is the reading order,
/// whatever columns and pages the content was set on.
/// </summary>
public sealed class StructureNode
{
    private readonly List<StructureNode> children = [];

    internal StructureNode(StructureKind kind, StructureNode? parent, int order, string? title, string? altText)
    {
        Kind = kind;
        Parent = parent;
        Order = order;
        Title = title;
        AltText = altText;
    }

    /// <summary>What this element is.</summary>
    public StructureKind Kind { get; }

    /// <summary>The enclosing element; <c>null</c> for the document.</summary>
    public StructureNode? Parent { get; }

    /// <summary>A title for navigation (the headline of an article, a section's banner), or <c>null</c>.</summary>
    public string? Title { get; }

    /// <summary>The alternative text of a figure, or <c>null</c>.</summary>
    public string? AltText { get; }

    /// <summary>The child elements that hold content on some page, in reading order.</summary>
    public IReadOnlyList<StructureNode> Children => children;

    /// <summary>Creation order within one layout run: model order, by which children are sorted.</summary>
    internal int Order { get; }

    /// <summary>The model item an article element shows (set once, by the band factory), so the Word writer can find an item's lines.</summary>
    internal Model.BulletinItem? Item { get; set; }

    /// <summary>A document element with no children: the structure of a layout made without one.</summary>
    internal static StructureNode EmptyDocument() => new(StructureKind.Document, null, 0, null, null);

    internal void AddChild(StructureNode child) => children.Add(child);

    internal void SortChildren() => children.Sort(static (a, b) => a.Order.CompareTo(b.Order));
}
