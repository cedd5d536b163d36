using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Pdf.Syntax;

namespace Bulletin.Docs.Pdf.Structure;

/// <summary>
/// Writes the structure tree (ISO 32000-1, 14.7.2): the StructTreeRoot with its role map, one
/// structure element per node in model order, each leaf's marked content by MCID, and the parent
/// tree (14.7.4.4) that leads from a page's MCIDs back to their elements.
/// </summary>
internal static class StructureTreeWriter
{
    /// <summary>Writes the tree under <paramref name="root"/>; returns the StructTreeRoot's object number.</summary>
    public static int Write(PdfOutput output, StructureNode root, MarkedContent marked, IReadOnlyList<int> pageObjects)
    {
        var objects = new Dictionary<StructureNode, int>(ReferenceEqualityComparer.Instance);
        Number(root, objects, output);
        var treeRoot = output.Allocate();
        var parentTree = output.Allocate();
        var body = new PdfBuffer();
        WriteElement(output, root, treeRoot, objects, marked, pageObjects, body);

        body.Clear();
        body.Raw("<</Type/StructTreeRoot/K "u8).Reference(objects[root])
            .Raw("/ParentTree "u8).Reference(parentTree)
            .Raw("/ParentTreeNextKey "u8).Integer(pageObjects.Count)
            .Raw("/RoleMap<<"u8);
        foreach (var (custom, standard) in StructureTypes.RoleMap)
        {
            body.Name(custom).Name(standard);
        }

        body.Raw(">>>>"u8);
        output.Write(treeRoot, body.Span);

        // A number tree with a single node (7.9.7): page i's /StructParents is i.
        body.Clear();
        body.Raw("<</Nums["u8);
        for (var page = 0; page < marked.ByPage.Count; page++)
        {
            body.Integer(page).Raw((byte)'[');
            foreach (var element in marked.ByPage[page])
            {
                body.Reference(objects[element]).Space();
            }

            body.Raw("]\n"u8);
        }

        body.Raw("]>>"u8);
        output.Write(parentTree, body.Span);
        return treeRoot;
    }

    private static void Number(StructureNode node, Dictionary<StructureNode, int> objects, PdfOutput output)
    {
        objects.Add(node, output.Allocate());
        foreach (var child in node.Children)
        {
            Number(child, objects, output);
        }
    }

    private static void WriteElement(PdfOutput output, StructureNode node, int parent, Dictionary<StructureNode, int> objects, MarkedContent marked, IReadOnlyList<int> pageObjects, PdfBuffer body)
    {
        var own = marked.Of(node);
        body.Clear();
        body.Raw("<</Type/StructElem/S"u8).Name(StructureTypes.Of(node.Kind)).Raw("/P "u8).Reference(parent);
        var page = own.Count > 0 ? own[0].Page : -1;
        if (page >= 0)
        {
            body.Raw("/Pg "u8).Reference(pageObjects[page]);
        }

        if (node.AltText is { } alt)
        {
            body.Raw("/Alt"u8).TextString(alt);
        }

        body.Raw("/K["u8);
        foreach (var (markPage, mcid) in own)
        {
            if (markPage == page)
            {
                body.Integer(mcid).Space();
            }
            else
            {
                // 14.7.4.2: content on another page than the element's /Pg names its page.
                body.Raw("<</Type/MCR/Pg "u8).Reference(pageObjects[markPage]).Raw("/MCID "u8).Integer(mcid).Raw(">>"u8);
            }
        }

        foreach (var child in node.Children)
        {
            body.Reference(objects[child]).Space();
        }

        body.Raw("]>>"u8);
        output.Write(objects[node], body.Span);
        foreach (var child in node.Children)
        {
            WriteElement(output, child, objects[node], objects, marked, pageObjects, body);
        }
    }
}
