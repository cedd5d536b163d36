using Bulletin.Docs.Composition;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>
/// Renders composed spans as runs: strong text and run-in labels through the Strong character
/// style, emphasis through Emphasis (楷, not italic), the 电头 through the dateline's character
/// style; a link as <c>w:hyperlink</c> to a URL relationship or to a bookmark for <c>#id</c>.
/// </summary>
internal static class WordInlineRenderer
{
    public static IEnumerable<OpenXmlElement> Render(IEnumerable<Span> spans, WordRenderContext context) =>
        spans.Select(span => Render(span, context));

    public static OpenXmlElement Render(Span span, WordRenderContext context)
    {
        if (span.LinkTarget is { } target)
        {
            var run = WordParagraphs.Run(span.Text, WordStyleIds.Hyperlink);
            return target.StartsWith('#')
                ? new W.Hyperlink(run) { Anchor = context.Bookmarks.For(target[1..]), History = true }
                : new W.Hyperlink(run) { Id = context.HyperlinkRelationship(target), History = true };
        }

        return WordParagraphs.Run(span.Text, span.Style switch
        {
            SpanStyle.Plain => null,
            SpanStyle.Strong or SpanStyle.Label => WordStyleIds.Strong,
            SpanStyle.Emphasis => WordStyleIds.Emphasis,
            SpanStyle.Dateline => WordStyleIds.DatelineChar,
            _ => throw new ArgumentOutOfRangeException(nameof(span), span.Style, "Not a span style."),
        });
    }
}
