using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Layout.Text;

namespace Bulletin.Docs.Layout.Flow;

/// <summary>
/// The body paragraphs of one layout run by their structure element, with what it takes to set
/// each again a line or two longer (TeX's \looseness): the page composer asks for that when a page
/// would otherwise end short of its foot. One instance per layout run; not shared between threads.
/// </summary>
internal sealed class ParagraphLoosener(IParagraphLayouter layouter)
{
    private readonly Dictionary<StructureNode, Entry> _paragraphs = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(StructureNode Element, int Looseness), LaidOutParagraph?> _loosened = new(new ByElement());

    /// <summary>Remembers how <paramref name="element"/>'s paragraph was laid out.</summary>
    public void Register(StructureNode element, ParagraphText text, double width, ParagraphSettings settings, LaidOutParagraph laid) =>
        _paragraphs[element] = new Entry(text, width, settings, laid);

    /// <summary>How <paramref name="element"/>'s paragraph was laid out, or <c>null</c> when it is not one that may be loosened.</summary>
    public LaidOutParagraph? Original(StructureNode element) => _paragraphs.TryGetValue(element, out var entry) ? entry.Laid : null;

    /// <summary>
    /// <paramref name="element"/>'s paragraph set <paramref name="looseness"/> lines longer (negative:
    /// shorter), every line within the layouter's rules (no line spread more than ⅛ em a gap, no 孤字),
    /// or <c>null</c> when it cannot be.
    /// </summary>
    public LaidOutParagraph? Loosen(StructureNode element, int looseness)
    {
        if (!_paragraphs.TryGetValue(element, out var entry))
        {
            return null;
        }

        if (!_loosened.TryGetValue((element, looseness), out var result))
        {
            var laid = layouter.Layout(entry.Text, entry.Width, entry.Settings with { Looseness = looseness });
            result = laid.Lines.Count == entry.Laid.Lines.Count + looseness ? laid : null;
            _loosened.Add((element, looseness), result);
        }

        return result;
    }

    /// <summary>Compares keys by the element's identity.</summary>
    private sealed class ByElement : IEqualityComparer<(StructureNode Element, int Looseness)>
    {
        public bool Equals((StructureNode Element, int Looseness) x, (StructureNode Element, int Looseness) y) =>
            ReferenceEquals(x.Element, y.Element) && x.Looseness == y.Looseness;

        public int GetHashCode((StructureNode Element, int Looseness) key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Element), key.Looseness);
    }

    private sealed record Entry(ParagraphText Text, double Width, ParagraphSettings Settings, LaidOutParagraph Laid);
}
