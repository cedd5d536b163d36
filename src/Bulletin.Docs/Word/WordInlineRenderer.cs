using Bulletin.Docs.Composition;
using Bulletin.Docs.Theme;
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
            var linkRun = WordParagraphs.Run(span.Text, WordStyleIds.Hyperlink);
            return target.StartsWith('#')
                ? new W.Hyperlink(linkRun) { Anchor = context.Bookmarks.For(target[1..]), History = true }
                : new W.Hyperlink(linkRun) { Id = context.HyperlinkRelationship(target), History = true };
        }

        var run = WordParagraphs.Run(span.Text, span.Style switch
        {
            SpanStyle.Plain => null,
            SpanStyle.Strong or SpanStyle.Label => WordStyleIds.Strong,
            SpanStyle.Emphasis => WordStyleIds.Emphasis,
            SpanStyle.Dateline => WordStyleIds.DatelineChar,
            _ => throw new ArgumentOutOfRangeException(nameof(span), span.Style, "Not a span style."),
        });
        NameFallbackFace(run, span.FallbackFamily, context);
        return run;
    }

    /// <summary>
    /// Runs of plain <paramref name="printed"/> text in <paramref name="role"/> (a heading line, a
    /// caption, a credit, a table cell), split where the composition sets characters in a fallback face.
    /// </summary>
    public static IEnumerable<W.Run> Text(string printed, TextRole role, WordRenderContext context, string? characterStyle = null)
    {
        foreach (var span in context.Faces.Split(printed, role))
        {
            var run = WordParagraphs.Run(span.Text, characterStyle);
            NameFallbackFace(run, span.FallbackFamily, context);
            yield return run;
        }
    }

    /// <summary>
    /// Names <paramref name="family"/> on <paramref name="run"/> when its characters are set in a
    /// fallback face: by the font-table name that embeds that face when there is one, else by the
    /// family's own name.
    /// </summary>
    private static void NameFallbackFace(W.Run run, string? family, WordRenderContext context)
    {
        if (family is null)
        {
            return;
        }

        var name = context.Hints.EmbeddedFonts.FirstOrDefault(font => font.Family == family)?.WordName ?? family;
        var properties = run.RunProperties ??= new W.RunProperties();
        properties.RunFonts = new W.RunFonts { Ascii = name, HighAnsi = name, EastAsia = name, ComplexScript = name, Hint = W.FontTypeHintValues.EastAsia };
    }
}
