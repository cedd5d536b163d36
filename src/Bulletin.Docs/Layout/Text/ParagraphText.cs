using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Layout.Text;

/// <summary>How a span of a paragraph's text is set.</summary>
/// <param name="Font">Fonts of the span; the PDF uses <see cref="FontSpec.PdfFamily"/>.</param>
/// <param name="SizePt">Font size in points.</param>
/// <param name="Bold">Bold weight (700).</param>
/// <param name="Italic">Italic.</param>
/// <param name="Color">Fill colour.</param>
/// <param name="LinkTarget">URL or <c>#id</c> when the span is a link.</param>
internal sealed record SpanFormat(FontSpec Font, double SizePt, bool Bold, bool Italic, RgbColor Color, string? LinkTarget = null)
{
    /// <summary>Extra space after every character in points, as Word's <c>w:spacing</c> adds it (0 for none).</summary>
    public double LetterSpacingPt { get; init; }

    /// <summary>The format of plain text in <paramref name="style"/>.</summary>
    public static SpanFormat Of(TextStyle style) =>
        new(style.Font, style.SizePt, style.Bold, style.Italic, style.Color) { LetterSpacingPt = style.LetterSpacingPt };
}

/// <summary>A run of a paragraph's text in one format: <c>Text[Start..(Start+Length)]</c>.</summary>
internal readonly record struct TextSpan(int Start, int Length, SpanFormat Format);

/// <summary>
/// A paragraph's text ready for layout: the whole string, its formatted spans (covering it without
/// gaps, in order), ranges that must not break (credits, jump notes) and forced line breaks
/// (positions where a line must end, from <see cref="Model.LineBreak"/>; the string holds '\n' there).
/// </summary>
internal sealed record ParagraphText(string Text, IReadOnlyList<TextSpan> Spans)
{
    /// <summary>Ranges inside which no line break is allowed, and which are set solid (never letter-spaced).</summary>
    public IReadOnlyList<Range> AtomicRanges { get; init; } = [];
}

/// <summary>Paragraph-level settings taken from a <see cref="TextStyle"/>.</summary>
/// <param name="Alignment">Alignment of the lines.</param>
/// <param name="FirstLineIndentPt">Extra indent of the first line in points.</param>
/// <param name="StartIndentPt">Indent of every line in points.</param>
/// <param name="LineHeightPt">Baseline-to-baseline distance in points.</param>
internal sealed record ParagraphSettings(TextAlignment Alignment, double FirstLineIndentPt, double StartIndentPt, double LineHeightPt)
{
    /// <summary>
    /// Drop the leading ½ em blank of an opening bracket or quote that starts the first line too
    /// (every other line already loses it): a centred heading such as “双查”行动展开 then sits in
    /// the middle by its ink, not shifted right by the blank (docs/typography.md §2).
    /// </summary>
    public bool TrimOpeningBracketOnFirstLine { get; init; }

    /// <summary>
    /// Whether a line a hair too long may close its characters up (<see cref="Paragraphs.ParagraphOptions.CloseUp"/>);
    /// off for the heading lines both writers are given, which Word sets again without closing up.
    /// </summary>
    public bool CloseUp { get; init; } = true;

    /// <summary>Lines more (or fewer) than the paragraph's best breaking (<see cref="Paragraphs.ParagraphOptions.Looseness"/>); 0 for the best breaking.</summary>
    public int Looseness { get; init; }

    /// <summary>Settings of <paramref name="style"/>: indents in characters become points of its size.</summary>
    public static ParagraphSettings Of(TextStyle style) => new(
        style.Alignment,
        style.FirstLineIndentChars * style.SizePt,
        style.StartIndentChars * style.SizePt,
        style.LineSpacing.ToPoints(style.SizePt));
}

/// <summary>A line placed in its paragraph: <see cref="X"/> is its start from the paragraph's left edge.</summary>
internal readonly record struct PositionedLine(double X, LaidOutLine Line);

/// <summary>A laid-out paragraph: its lines and the baseline-to-baseline distance between them.</summary>
internal sealed record LaidOutParagraph(IReadOnlyList<PositionedLine> Lines, double LineHeightPt)
{
    /// <summary>Height of the paragraph's lines (without space before/after).</summary>
    public double Height => Lines.Count * LineHeightPt;
}
