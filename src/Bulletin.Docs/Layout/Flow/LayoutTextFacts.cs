using System.Text;
using Bulletin.Docs.Composition;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Flow;

/// <summary>
/// The composition's text facts as the page layout sets text: headings broken as it breaks them (a
/// centred heading in even lines, phrase breaks first, <see cref="HeadingLines"/>; other heading
/// roles where the line breaker ends their lines, every line fitting without closing its characters
/// up), widths as it measures them, and with <c>fonts</c> the fallback faces the shaper picks. Both
/// writers get the result, so Word breaks a heading where the PDF does and names the faces it uses.
/// </summary>
internal sealed class LayoutTextFacts(FlowContext context, FontRegistry? fonts) : ITextFacts
{
    private readonly Dictionary<TextRole, FontFace> _faces = [];

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

    /// <inheritdoc />
    /// <remarks>As the shaper chooses: the role's face where it covers a character, else the first face that does.</remarks>
    public IReadOnlyList<(int Start, int Length, string Family)> Fallbacks(string text, TextRole role)
    {
        if (fonts is null)
        {
            return [];
        }

        var style = context.Theme[role];
        var weight = style.Bold ? 700 : 400;
        if (!_faces.TryGetValue(role, out var face))
        {
            // Asked for every span of the document: the role's face is chosen once, as the shaper's is.
            face = fonts.Resolve(PdfFaces.Choose(style.Font, fonts).Family, weight, style.Italic).Face;
            _faces.Add(role, face);
        }

        var runs = new List<(int Start, int Length, string Family)>();
        for (var index = 0; index < text.Length;)
        {
            _ = Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var length);
            if (!UnicodeFacts.NeedsNoGlyph(rune.Value) && !face.Covers(rune.Value)
                && fonts.FindFaceFor(rune.Value, face, weight, style.Italic) is { } fallback && fallback.Family != face.Family)
            {
                if (runs.Count > 0 && runs[^1].Family == fallback.Family && runs[^1].Start + runs[^1].Length == index)
                {
                    runs[^1] = runs[^1] with { Length = runs[^1].Length + length };
                }
                else
                {
                    runs.Add((index, length, fallback.Family));
                }
            }

            index += length;
        }

        return runs;
    }
}
