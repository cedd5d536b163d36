using Bulletin.Docs.Layout.Structure;

namespace Bulletin.Docs.Pdf.Structure;

/// <summary>
/// Where each structure element's content was drawn: the marked-content identifiers (14.7.4.2) of
/// every page, in drawing order, and where each element first appears (for bookmarks).
/// </summary>
internal sealed class MarkedContent
{
    private readonly Dictionary<StructureNode, List<(int Page, int Mcid)>> marks = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<StructureNode, (int Page, double TopPt)> firstSeen = new(ReferenceEqualityComparer.Instance);
    private readonly List<List<StructureNode>> byPage = [];

    /// <summary>For each page (0-based), the element of each MCID: the page's entry in the parent tree.</summary>
    public IReadOnlyList<IReadOnlyList<StructureNode>> ByPage => byPage;

    /// <summary>Opens page <paramref name="page"/> (0-based); pages come in order.</summary>
    public void StartPage(int page)
    {
        while (byPage.Count <= page)
        {
            byPage.Add([]);
        }
    }

    /// <summary>A new MCID on <paramref name="page"/> for content of <paramref name="element"/> whose top is at <paramref name="topPt"/> (PDF y).</summary>
    public int Mark(StructureNode element, int page, double topPt)
    {
        var list = byPage[page];
        var mcid = list.Count;
        list.Add(element);
        if (!marks.TryGetValue(element, out var own))
        {
            own = [];
            marks.Add(element, own);
        }

        own.Add((page, mcid));
        for (var node = element; node is not null && !firstSeen.ContainsKey(node); node = node.Parent)
        {
            firstSeen.Add(node, (page, topPt));
        }

        return mcid;
    }

    /// <summary>The marks of <paramref name="element"/> in drawing order; empty for a container.</summary>
    public IReadOnlyList<(int Page, int Mcid)> Of(StructureNode element) =>
        marks.TryGetValue(element, out var list) ? list : [];

    /// <summary>Where <paramref name="element"/> or its first descendant was drawn first, if anywhere.</summary>
    public (int Page, double TopPt)? FirstOf(StructureNode element) =>
        firstSeen.TryGetValue(element, out var first) ? first : null;
}
