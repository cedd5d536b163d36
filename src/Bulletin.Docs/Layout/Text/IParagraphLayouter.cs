
namespace Bulletin.Docs.Layout.Text;

/// <summary>
/// Breaks a paragraph's text into positioned lines. The page layout depends only on this, so its
/// tests can use a predictable layouter instead of real fonts; <see cref="TextLayouter"/> implements it.
/// </summary>
internal interface IParagraphLayouter
{
    /// <summary>Lays out <paramref name="text"/> in lines of <paramref name="width"/> points.</summary>
    LaidOutParagraph Layout(ParagraphText text, double width, ParagraphSettings settings);
}
