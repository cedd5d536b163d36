using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Pdf.Structure;
using Bulletin.Docs.Pdf.Syntax;

namespace Bulletin.Docs.Pdf.Navigation;

/// <summary>
/// The document outline (ISO 32000-1, 12.3.3): a bookmark per section banner and per article,
/// articles nested under their section, each opening its page at the element's top.
/// </summary>
internal static class OutlineWriter
{
    /// <summary>Writes the outline; returns its object number, or <c>null</c> when nothing has a title.</summary>
    public static int? Write(PdfOutput output, StructureNode root, MarkedContent marked, IReadOnlyList<int> pageObjects)
    {
        var items = Items(root, marked);
        if (items.Count == 0)
        {
            return null;
        }

        var outline = output.Allocate();
        var body = new PdfBuffer();
        var (first, last) = WriteLevel(output, items, outline, marked, pageObjects, body);
        body.Clear();
        body.Raw("<</Type/Outlines/First "u8).Reference(first).Raw("/Last "u8).Reference(last)
            .Raw("/Count "u8).Integer(Count(items)).Raw(">>"u8);
        output.Write(outline, body.Span);
        return outline;
    }

    private sealed record Item(StructureNode Node, List<Item> Children);

    /// <summary>Sections and articles that were drawn, nested as in the structure.</summary>
    private static List<Item> Items(StructureNode node, MarkedContent marked)
    {
        var items = new List<Item>();
        foreach (var child in node.Children)
        {
            if (child.Kind is StructureKind.Section or StructureKind.Article && child.Title is not null && marked.FirstOf(child) is not null)
            {
                items.Add(new Item(child, child.Kind == StructureKind.Section ? Items(child, marked) : []));
            }
            else if (child.Kind == StructureKind.Section)
            {
                items.AddRange(Items(child, marked));
            }
        }

        return items;
    }

    private static int Count(List<Item> items) => items.Count + items.Sum(i => Count(i.Children));

    private static (int First, int Last) WriteLevel(PdfOutput output, List<Item> items, int parent, MarkedContent marked, IReadOnlyList<int> pageObjects, PdfBuffer body)
    {
        var numbers = items.Select(_ => output.Allocate()).ToArray();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            (int First, int Last)? children = item.Children.Count > 0 ? WriteLevel(output, item.Children, numbers[i], marked, pageObjects, body) : null;
            var (page, top) = marked.FirstOf(item.Node)!.Value;
            body.Clear();
            body.Raw("<</Title"u8).TextString(item.Node.Title!).Raw("/Parent "u8).Reference(parent);
            if (i > 0)
            {
                body.Raw("/Prev "u8).Reference(numbers[i - 1]);
            }

            if (i + 1 < items.Count)
            {
                body.Raw("/Next "u8).Reference(numbers[i + 1]);
            }

            if (children is { } range)
            {
                // A positive count: the section's articles are shown open.
                body.Raw("/First "u8).Reference(range.First).Raw("/Last "u8).Reference(range.Last).Raw("/Count "u8).Integer(Count(item.Children));
            }

            // 12.3.2.2: [page /XYZ left top zoom], null keeping the reader's own left and zoom.
            body.Raw("/Dest["u8).Reference(pageObjects[page]).Raw("/XYZ null "u8).Number(top).Raw(" null]>>"u8);
            output.Write(numbers[i], body.Span);
        }

        return (numbers[0], numbers[^1]);
    }
}
