using Bulletin.Docs.Composition;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Flow;

/// <summary>
/// Breaks headings for the composition as the page layout sets them: a centred heading in even
/// lines, phrase breaks first (<see cref="HeadingLines"/>); other heading roles where the line
/// breaker ends their lines, every line fitting without closing its characters up. The lines go to
/// both writers, so Word breaks a heading where the PDF does.
/// </summary>
internal sealed class HeadingBalancer(FlowContext context) : IHeadingBalancer
{
    /// <inheritdoc />
    public IReadOnlyList<string> Lines(string text, TextRole role, double widthPt)
    {
        if (!HeadingLines.IsHeading(role))
        {
            return [text];
        }

        // Word and LibreOffice set each of these lines again and never close Han characters up, so a
        // line must fit at its natural width or it wraps there, one character alone on a line. Every
        // line is set again as a paragraph of its own, with the first-line indent (the Word file
        // indents every line of a broken heading), so each must fit the first line's measure.
        var style = context.Theme[role];
        var measure = Math.Max(widthPt - (style.FirstLineIndentChars * style.SizePt), style.SizePt);
        var laid = context.Layout(text, measure, role, indent: false, closeUp: false);
        if (laid.Lines.Count <= 1)
        {
            return [text];
        }

        // A line's text leaves out the space it broke at; a U+3000 between phrases goes with the break too.
        return [.. laid.Lines.Select(line => line.Line.Text.Trim())];
    }

    /// <inheritdoc />
    public double WidthPt(string text, TextRole role) =>
        context.Layout(text, double.MaxValue / 4, role, TextAlignment.Start).Lines.Sum(line => line.Line.Width);
}
