using Bulletin.Docs.Layout.Structure;

namespace Bulletin.Docs.Layout.Flow;

/// <summary>
/// Creates the structure elements of one layout run in model order, and at the end links into the
/// tree those that hold content on the final pages. Elements are made as the model is sliced; some
/// are made twice (the contents box and the masthead are composed once per pass), and only what a
/// page element points at, with its ancestors, reaches the tree.
/// </summary>
internal sealed class StructureTree
{
    private int next;

    public StructureTree() => Root = new StructureNode(StructureKind.Document, null, next++, null, null);

    /// <summary>The document element.</summary>
    public StructureNode Root { get; }

    /// <summary>A new element under <paramref name="parent"/> (the document when <c>null</c>).</summary>
    public StructureNode Add(StructureKind kind, StructureNode? parent, string? title = null, string? altText = null) =>
        new(kind, parent ?? Root, next++, title, altText);

    /// <summary>Links every element some page element points at, and its ancestors, into the tree.</summary>
    public StructureNode Assemble(IEnumerable<LaidOutPage> pages)
    {
        var linked = new HashSet<StructureNode>(ReferenceEqualityComparer.Instance) { Root };
        foreach (var page in pages)
        {
            foreach (var element in page.Elements)
            {
                for (var node = element.Structure; node is not null && linked.Add(node); node = node.Parent)
                {
                    node.Parent?.AddChild(node);
                }
            }
        }

        foreach (var node in linked)
        {
            node.SortChildren();
        }

        return Root;
    }
}
