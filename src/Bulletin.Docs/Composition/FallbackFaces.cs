using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Composition;

/// <summary>
/// Which characters a role's face lacks and which registered family the PDF sets them in instead,
/// as the composition decides it for every printed text (body spans, heading lines, captions,
/// credits, table cells), so that the Word file names the same face for them.
/// </summary>
internal sealed class FallbackFaces(ITextFacts text)
{
    /// <summary><paramref name="span"/> split where <paramref name="role"/>'s face lacks characters; the split-off spans carry <see cref="Span.FallbackFamily"/>.</summary>
    public IEnumerable<Span> Split(Span span, TextRole role)
    {
        var fallbacks = text.Fallbacks(span.Text, role);
        if (fallbacks.Count == 0)
        {
            yield return span;
            yield break;
        }

        var at = 0;
        foreach (var (start, length, family) in fallbacks)
        {
            if (start > at)
            {
                yield return span with { Text = span.Text[at..start] };
            }

            yield return span with { Text = span.Text.Substring(start, length), FallbackFamily = family };
            at = start + length;
        }

        if (at < span.Text.Length)
        {
            yield return span with { Text = span.Text[at..] };
        }
    }

    /// <summary>Plain <paramref name="printed"/> text in <paramref name="role"/>, split as <see cref="Split(Span, TextRole)"/> does.</summary>
    public IEnumerable<Span> Split(string printed, TextRole role) => Split(new Span(printed), role);
}
