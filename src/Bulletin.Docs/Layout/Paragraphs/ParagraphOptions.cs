namespace Bulletin.Docs.Layout.Paragraphs;

/// <summary>
/// Choices of the paragraph layouter. Punctuation never hangs into the margin (mainland practice,
/// docs/typography.md §2), so there is no option for it.
/// </summary>
internal sealed record ParagraphOptions
{
    /// <summary>The defaults: every rule on.</summary>
    public static ParagraphOptions Default { get; } = new();

    /// <summary>
    /// Never end a paragraph (or a hard-broken segment) with a line holding a single Han character
    /// (孤字, docs/typography.md §4) when the lines can be broken otherwise.
    /// </summary>
    public bool AvoidSingleCharacterLastLine { get; init; } = true;

    /// <summary>
    /// Drop the leading ½ em blank of an opening bracket that starts a line (docs/typography.md §2). The
    /// paragraph's first line keeps it so the bracket stays on the indent grid.
    /// </summary>
    public bool TrimOpeningBracketAtLineStart { get; init; } = true;

    /// <summary>
    /// Choose the breaks of the whole paragraph together (total fit, as TeX's Knuth–Plass
    /// algorithm does) when first-fit leaves a loose line or a 孤字; <c>false</c> keeps first-fit.
    /// </summary>
    public bool TotalFit { get; init; } = true;

    /// <summary>
    /// Most extra space per inter-character gap, in em, that a justified line takes before it
    /// counts as loose: total fit avoids such lines unless the paragraph cannot be set otherwise,
    /// and they are flagged (<see cref="ParagraphLineFlags.Wide"/>).
    /// </summary>
    public float MaxSpreadPerGap { get; init; } = 0.125f;

    /// <summary>
    /// Let a line a hair too long close its characters up (at most 1/32 em a gap) once every mark
    /// has given up its blank, so a 孤字 is pulled up (clreq §3.8, 先挤进). <c>false</c> for lines
    /// another program sets again: Word and LibreOffice never close Han characters up, so a heading
    /// line that fits only that way would wrap again there, one character alone on a line.
    /// </summary>
    public bool CloseUp { get; init; } = true;

    /// <summary>
    /// Lines more (or, negative, fewer) than the paragraph's best breaking, as TeX's \looseness:
    /// the best breaking into that many lines none of which is a fault (<see cref="Paragraphs.TotalFit.BreakInto"/>),
    /// or, when there is none, the paragraph's ordinary lines. 0: the ordinary lines.
    /// </summary>
    public int Looseness { get; init; }

    /// <summary>The defaults without <see cref="CloseUp"/>.</summary>
    public static ParagraphOptions NoCloseUp { get; } = new() { CloseUp = false };
}
