using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Composition;

/// <summary>
/// What the composition asks of the typesetter: where a heading breaks, how wide a line is, and
/// which face sets a character the role's face lacks. The page layout answers with the fonts (even
/// heading lines, phrase breaks first; the shaper's fallback faces); without fonts the model's lines
/// are kept for the writer's reader to wrap, widths are estimated from the characters, and no
/// fallback is known.
/// </summary>
internal interface ITextFacts
{
    /// <summary>The printed lines of <paramref name="text"/> set in <paramref name="role"/> at a measure of <paramref name="widthPt"/> points.</summary>
    IReadOnlyList<string> Lines(string text, TextRole role, double widthPt);

    /// <summary>The width in points of <paramref name="text"/> set on one line in <paramref name="role"/>.</summary>
    double WidthPt(string text, TextRole role);

    /// <summary>
    /// The runs of <paramref name="text"/> that <paramref name="role"/>'s face lacks, with the family
    /// the PDF sets each in instead (UTF-16 start and length), in order; empty when the face covers all.
    /// </summary>
    IReadOnlyList<(int Start, int Length, string Family)> Fallbacks(string text, TextRole role);
}

/// <summary>
/// Keeps each heading line as the model gives it and estimates widths from East Asian widths (as
/// <see cref="TableColumns"/> does): the text facts when no fonts are known.
/// </summary>
internal sealed class EstimatedTextFacts(BulletinTheme theme) : ITextFacts
{
    /// <inheritdoc />
    public IReadOnlyList<string> Lines(string text, TextRole role, double widthPt) => [text];

    /// <inheritdoc />
    public double WidthPt(string text, TextRole role) => TableColumns.Measure(text, theme[role]).PreferredPt;

    /// <inheritdoc />
    public IReadOnlyList<(int Start, int Length, string Family)> Fallbacks(string text, TextRole role) => [];
}
