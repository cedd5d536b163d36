namespace Bulletin.Docs.Composition;

/// <summary>How a <see cref="Span"/> is set, beyond its block's role.</summary>
internal enum SpanStyle
{
    /// <summary>In the block's role.</summary>
    Plain,

    /// <summary>Bold (a model <c>Strong</c>).</summary>
    Strong,

    /// <summary>In the Kai face rather than italic (a model <c>Emphasis</c>).</summary>
    Emphasis,

    /// <summary>The 电头 run into a story's first paragraph, in the dateline role's face.</summary>
    Dateline,

    /// <summary>A run-in label such as 编者按：, in bold.</summary>
    Label,
}

/// <summary>
/// A run of printed text: what to print (printed forms already applied), how, and where it links.
/// A line break inside a paragraph is a span whose text is "\n".
/// </summary>
/// <param name="Text">The characters to print.</param>
/// <param name="Style">How they are set.</param>
/// <param name="LinkTarget">An absolute URL or <c>#id</c>, or <c>null</c>.</param>
/// <param name="Atomic">The span is never broken across lines (a dateline, a label, a byline in parentheses).</param>
internal sealed record Span(string Text, SpanStyle Style = SpanStyle.Plain, string? LinkTarget = null, bool Atomic = false)
{
    /// <summary>A line break.</summary>
    public static Span LineBreak { get; } = new("\n");

    /// <summary>
    /// The registered family the PDF sets these characters in because the role's own face lacks
    /// them (a fallback, e.g. a rare Han character of CJK Extension G), so the Word file names it
    /// too; <c>null</c> for the role's face.
    /// </summary>
    public string? FallbackFamily { get; init; }
}
