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
    /// Pull a character down when the last line would hold a single Han character (孤字, docs/typography.md §4).
    /// </summary>
    public bool AvoidSingleCharacterLastLine { get; init; } = true;

    /// <summary>
    /// Drop the leading ½ em blank of an opening bracket that starts a line (docs/typography.md §2). The
    /// paragraph's first line keeps it so the bracket stays on the indent grid.
    /// </summary>
    public bool TrimOpeningBracketAtLineStart { get; init; } = true;

    /// <summary>
    /// Largest extra space per inter-character gap, in em, that pulling a character down for
    /// <see cref="AvoidSingleCharacterLastLine"/> may cost any line; above it the 孤字 stays (a
    /// letter-spaced line is more visible than a one-character last line).
    /// </summary>
    public float MaxSpreadForSingleCharacterFix { get; init; } = 0.125f;
}
