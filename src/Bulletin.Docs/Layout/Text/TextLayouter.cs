using Bulletin.Docs.Fonts;

namespace Bulletin.Docs.Layout.Text;

/// <summary>
/// Lays out paragraphs: shaping, clreq line breaking, punctuation compression and justification.
/// One instance per document layout run (it caches shaped text); not shared between threads.
/// </summary>
internal sealed class TextLayouter : Flow.IParagraphLayouter
{
    public TextLayouter(FontRegistry fonts, LineBreaking.LineBreakStrictness strictness)
    {
        Fonts = fonts;
        Strictness = strictness;
    }

    public FontRegistry Fonts { get; }

    public LineBreaking.LineBreakStrictness Strictness { get; }

    /// <summary>Lays out <paramref name="text"/> in lines of <paramref name="width"/> points.</summary>
    public LaidOutParagraph Layout(ParagraphText text, double width, ParagraphSettings settings) =>
        throw new NotImplementedException("Being built: text engine integration (issue #3).");
}
