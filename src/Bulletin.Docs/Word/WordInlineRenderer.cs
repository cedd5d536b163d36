using Bulletin.Docs.Model;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>
/// Renders inlines as runs: strong and emphasis through character styles (emphasis is 楷, not
/// italic), links as <c>w:hyperlink</c> to a URL relationship or to a bookmark for <c>#id</c>.
/// </summary>
internal static class WordInlineRenderer
{
    public static IEnumerable<OpenXmlElement> Render(IReadOnlyList<Inline> inlines, WordRenderContext context)
    {
        foreach (var inline in inlines)
        {
            yield return Render(inline, context);
        }
    }

    public static OpenXmlElement Render(Inline inline, WordRenderContext context) => inline switch
    {
        Text text => WordParagraphs.Run(text.Value),
        Strong strong => WordParagraphs.Run(strong.Value, WordStyleIds.Strong),
        Emphasis emphasis => WordParagraphs.Run(emphasis.Value, WordStyleIds.Emphasis),
        Link link => Hyperlink(link, context),
        LineBreak => new W.Run(new W.Break()),
        _ => throw new NotSupportedException($"Inline {inline.GetType().Name} is not supported by the Word writer."),
    };

    private static W.Hyperlink Hyperlink(Link link, WordRenderContext context)
    {
        var run = WordParagraphs.Run(link.Value, WordStyleIds.Hyperlink);
        if (link.Target.StartsWith('#'))
        {
            return new W.Hyperlink(run) { Anchor = context.Bookmarks.For(link.Target[1..]), History = true };
        }

        return new W.Hyperlink(run) { Id = context.HyperlinkRelationship(link.Target), History = true };
    }
}
