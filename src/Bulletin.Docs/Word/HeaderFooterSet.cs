using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>The header and footer parts of a document, as referenced from its first section.</summary>
internal sealed class HeaderFooterSet
{
    private readonly List<(bool IsHeader, W.HeaderFooterValues Kind, string RelationshipId)> references = [];

    /// <summary>The first page has its own (empty) header: the masthead stands there.</summary>
    public bool DifferentFirstPage { get; set; }

    public bool IsEmpty => references.Count == 0;

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
