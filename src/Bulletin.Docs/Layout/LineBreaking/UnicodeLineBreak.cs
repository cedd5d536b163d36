namespace Bulletin.Docs.Layout.LineBreaking;

/// <summary>
/// The Unicode line breaking algorithm, UAX #14 for Unicode 15.0.0 (rules LB1–LB31 as of revision 49, numbers as in
/// §8.2 Example 7), over UTF-16 text. Untailored; <see cref="LineBreaker"/> adds the Chinese rules.
/// </summary>
internal static class UnicodeLineBreak
{
    /// <summary>
    /// Fills <paramref name="breakBefore"/> (at least <c>text.Length + 1</c> long) with the action before each
    /// UTF-16 index: index 0 is never a break (LB2), index <c>text.Length</c> is mandatory when the text is
    /// not empty (LB3), and the index between the halves of a surrogate pair is never a break.
    /// </summary>
    public static void Analyze(ReadOnlySpan<char> text, Span<BreakAction> breakBefore) =>
        Analyze(text, breakBefore, chineseQuotes: false);

    /// <summary>
    /// As <see cref="Analyze(ReadOnlySpan{char}, Span{BreakAction})"/>; with <paramref name="chineseQuotes"/>
    /// the tailoring for Chinese text (clreq) is applied to the classes first, see <see cref="Classify"/>.
    /// </summary>
    internal static void Analyze(ReadOnlySpan<char> text, Span<BreakAction> breakBefore, bool chineseQuotes)
    {
        if (breakBefore.Length < text.Length + 1)
        {
            throw new ArgumentException("The output needs one entry per UTF-16 index plus one.", nameof(breakBefore));
        }

        breakBefore[0] = BreakAction.None;
        if (text.IsEmpty)
        {
            return;
        }

        var state = LineBreakState.Start;
        int index = 0;
        while (index < text.Length)
        {
            var current = Classify(text, index, chineseQuotes, out int width);
            if (index > 0)
            {
                var next = state.NeedsLookahead(current)
                    ? NextBase(text, index + width, chineseQuotes)
                    : ClassifiedCodePoint.EndOfText;
                breakBefore[index] = state.Decide(current, next);
            }

            if (width == 2)
            {
                breakBefore[index + 1] = BreakAction.None;
            }

            state.Advance(current);
            index += width;
        }

        breakBefore[text.Length] = BreakAction.Mandatory;
    }

    /// <summary>
    /// The properties of the code point at <paramref name="index"/>. With <paramref name="chinese"/>, for
    /// zh-Hans text (clreq): “ ‘ open (OP) and ” close (CL) instead of being ambiguous (QU), and are set
    /// full width; ’ closes too unless it sits between two letters (an apostrophe, as in don’t); and the
    /// first … of a …… (or ⋯⋯) pair is treated as ideographic, so a break is allowed before the pair as before a
    /// Han character (UAX #14 LB22 would forbid it; <see cref="LineBreakStrictness.Strict"/> forbids it again).
    /// </summary>
    private static ClassifiedCodePoint Classify(ReadOnlySpan<char> text, int index, bool chinese, out int width)
    {
        int codePoint = CodePoint.At(text, index, out width);
        var properties = ClassifiedCodePoint.FromTable(codePoint);
        if (!chinese)
        {
            return properties;
        }

        switch (codePoint)
        {
            case '“' or '‘':
                return properties with { Class = LineBreakClass.OP, EastAsianWide = true };
            case '”':
                return properties with { Class = LineBreakClass.CL, EastAsianWide = true };
            case '’' when !IsBetweenLetters(text, index):
                return properties with { Class = LineBreakClass.CL, EastAsianWide = true };
            case '…' or '⋯' when ChineseKinsoku.StartsTwoEmMark(text, index):
                return properties with { Class = LineBreakClass.ID, EastAsianWide = true };
            default:
                return properties;
        }
    }

    private static bool IsBetweenLetters(ReadOnlySpan<char> text, int index) =>
        index > 0 && index + 1 < text.Length
        && LineBreakTable.GetClass(CodePoint.Before(text, index)) is LineBreakClass.AL or LineBreakClass.HL
        && LineBreakTable.GetClass(CodePoint.At(text, index + 1, out _)) is LineBreakClass.AL or LineBreakClass.HL;

    /// <summary>The first code point at or after <paramref name="index"/> that is not a combining mark or ZWJ (LB9).</summary>
    private static ClassifiedCodePoint NextBase(ReadOnlySpan<char> text, int index, bool chinese)
    {
        while (index < text.Length)
        {
            var next = Classify(text, index, chinese, out int width);
            if (next.Class is not (LineBreakClass.CM or LineBreakClass.ZWJ))
            {
                return next;
            }

            index += width;
        }

        return ClassifiedCodePoint.EndOfText;
    }
}
