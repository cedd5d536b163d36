namespace Bulletin.Docs.Layout.Text;

/// <summary>
/// Compares paragraphs by content (text, spans, atomic ranges) so a paragraph built again from the
/// same model text finds its cached shaping. <see cref="ParagraphText"/>'s own equality compares its
/// lists by reference.
/// </summary>
internal sealed class ParagraphTextComparer : IEqualityComparer<ParagraphText>
{
    /// <summary>The one instance.</summary>
    public static ParagraphTextComparer Instance { get; } = new();

    /// <inheritdoc />
    public bool Equals(ParagraphText? x, ParagraphText? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null || !string.Equals(x.Text, y.Text, StringComparison.Ordinal)
            || x.Spans.Count != y.Spans.Count || x.AtomicRanges.Count != y.AtomicRanges.Count)
        {
            return false;
        }

        for (int i = 0; i < x.Spans.Count; i++)
        {
            if (!x.Spans[i].Equals(y.Spans[i]))
            {
                return false;
            }
        }

        for (int i = 0; i < x.AtomicRanges.Count; i++)
        {
            if (!x.AtomicRanges[i].Equals(y.AtomicRanges[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public int GetHashCode(ParagraphText obj) => HashCode.Combine(string.GetHashCode(obj.Text, StringComparison.Ordinal), obj.Spans.Count);
}
