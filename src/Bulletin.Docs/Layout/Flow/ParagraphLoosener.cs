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
    private readonly Dictionary<(StructureNode Element, int Skip, int Looseness), LaidOutParagraph?> _loosened = new(new ByElement());

    /// <summary>Remembers how <paramref name="element"/>'s paragraph was laid out.</summary>
    public void Register(StructureNode element, ParagraphText text, double width, ParagraphSettings settings, LaidOutParagraph laid) =>
        _paragraphs[element] = new Entry(text, width, settings, laid);

    /// <summary>How <paramref name="element"/>'s paragraph was laid out, or <c>null</c> when it is not one that may be loosened.</summary>
    public LaidOutParagraph? Original(StructureNode element) => _paragraphs.TryGetValue(element, out var entry) ? entry.Laid : null;

    /// <summary>
    /// <paramref name="element"/>'s paragraph set <paramref name="looseness"/> lines longer (negative:
    /// shorter), every line within the layouter's rules (no line spread more than ⅛ em a gap, no 孤字),
    /// or <c>null</c> when it cannot be. With <paramref name="skip"/>, only what follows its first
    /// <paramref name="skip"/> lines (those on the page before) is set again, as the lines that
    /// follow them: no indent, and <paramref name="looseness"/> lines more than it had.
    /// </summary>
    public LaidOutParagraph? Loosen(StructureNode element, int looseness, int skip = 0)
    {
        if (!_paragraphs.TryGetValue(element, out var entry) || skip < 0 || skip >= entry.Laid.Lines.Count)
        {
            return null;
        }

        if (!_loosened.TryGetValue((element, skip, looseness), out var result))
        {
            result = skip == 0 ? Layout(entry.Text, entry.Settings, entry.Laid.Lines.Count, entry.Laid.Lines.Count + looseness)
                : Rest(entry, skip) is { } rest && entry.Settings with { FirstLineIndentPt = 0 } is var settings
                    ? Layout(rest, settings, layouter.Layout(rest, entry.Width, settings).Lines.Count, entry.Laid.Lines.Count - skip + looseness)
                    : null;
            _loosened.Add((element, skip, looseness), result);
        }

        return result;

        LaidOutParagraph? Layout(ParagraphText text, ParagraphSettings settings, int best, int lines)
        {
            var laid = lines == best ? layouter.Layout(text, entry.Width, settings) : layouter.Layout(text, entry.Width, settings with { Looseness = lines - best });
            return laid.Lines.Count == lines ? laid : null;
        }
    }

    /// <summary>
    /// The text of <paramref name="entry"/>'s paragraph after its first <paramref name="skip"/>
    /// lines, or <c>null</c> when it cannot be set on its own as they were: a forced line break in
    /// it, or an opening bracket starting it (which loses its blank at a line start but not at a
    /// paragraph's).
    /// </summary>
    private static ParagraphText? Rest(Entry entry, int skip)
    {
        var text = entry.Text;
        var offset = 0;
        for (var k = 0; k < skip; k++)
        {
            offset += entry.Laid.Lines[k].Line.Text.Length;
        }

        if (offset <= 0 || offset >= text.Text.Length || text.Text.Contains('\n', StringComparison.Ordinal)
            || !string.Concat(entry.Laid.Lines.Select(l => l.Line.Text)).Equals(text.Text, StringComparison.Ordinal)
            || "（“‘《〈「『【〔［｛(".Contains(text.Text[offset], StringComparison.Ordinal))
        {
            return null;
        }

        var spans = new List<TextSpan>();
        foreach (var span in text.Spans)
        {
            var start = Math.Max(span.Start, offset);
            var end = Math.Min(span.Start + span.Length, text.Text.Length);
            if (end > start)
            {
                spans.Add(span with { Start = start - offset, Length = end - start });
            }
        }

        var atomic = new List<Range>();
        foreach (var range in text.AtomicRanges)
        {
            var start = Math.Max(range.Start.GetOffset(text.Text.Length), offset);
            var end = range.End.GetOffset(text.Text.Length);
            if (end > start)
            {
                atomic.Add(new Range(start - offset, end - offset));
            }
        }

        return new ParagraphText(text.Text[offset..], spans) { AtomicRanges = atomic };
    }

    /// <summary>Compares keys by the element's identity.</summary>
    private sealed class ByElement : IEqualityComparer<(StructureNode Element, int Skip, int Looseness)>
    {
        public bool Equals((StructureNode Element, int Skip, int Looseness) x, (StructureNode Element, int Skip, int Looseness) y) =>
            ReferenceEquals(x.Element, y.Element) && x.Skip == y.Skip && x.Looseness == y.Looseness;

        public int GetHashCode((StructureNode Element, int Skip, int Looseness) key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Element), key.Skip, key.Looseness);
    }

    private sealed record Entry(ParagraphText Text, double Width, ParagraphSettings Settings, LaidOutParagraph Laid);
}
