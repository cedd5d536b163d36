using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>The header and footer parts of a document and its page numbering, as the first section states them.</summary>
internal sealed class HeaderFooterSet
{
    private readonly List<(bool IsHeader, W.HeaderFooterValues Kind, string RelationshipId)> references = [];

    /// <summary>The first page has its own (empty) header: the running head starts on the second page.</summary>
    public bool DifferentFirstPage { get; set; }

    /// <summary>The folio of the first page; other than 1, the first section restarts its numbering there (<c>w:pgNumType w:start</c>).</summary>
    public int FirstPageNumber { get; init; } = 1;

    /// <summary>The first section has something of this set to say.</summary>
    public bool IsNeeded => references.Count > 0 || DifferentFirstPage || FirstPageNumber != 1;

    public void Add(bool isHeader, W.HeaderFooterValues kind, string relationshipId) =>
        references.Add((isHeader, kind, relationshipId));

    /// <summary>Fresh reference elements (an element can have only one parent).</summary>
    public IEnumerable<OpenXmlElement> References()
    {
        foreach (var (isHeader, kind, id) in references.Where(reference => reference.IsHeader))
        {
            yield return new W.HeaderReference { Type = kind, Id = id };
        }

        foreach (var (_, kind, id) in references.Where(reference => !reference.IsHeader))
        {
            yield return new W.FooterReference { Type = kind, Id = id };
        }
    }
}
