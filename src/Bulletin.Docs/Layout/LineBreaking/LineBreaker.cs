namespace Bulletin.Docs.Layout.LineBreaking;

/// <summary>
/// Line break opportunities for Chinese (zh-Hans) text mixed with Latin and digits: UAX #14 tailored by
/// the clreq prohibitions at a <see cref="LineBreakStrictness"/> level, URLs and paths broken after
/// their separators (<see cref="UrlBreaks"/>), with atomic spans kept whole.
/// </summary>
internal static class LineBreaker
{
    /// <summary>
    /// Fills <paramref name="breakBefore"/> (at least <c>text.Length + 1</c> long; entry <c>i</c> is the action
    /// before UTF-16 index <c>i</c>). Entry 0 is <see cref="BreakAction.None"/>; the last is
    /// <see cref="BreakAction.Mandatory"/> for non-empty text. No entry between the halves of a surrogate pair
    /// or inside <c>——</c>/<c>……</c> is a break, and no <see cref="BreakAction.Allowed"/> break falls strictly
    /// inside an atomic span: there it is <see cref="BreakAction.InsideAtomic"/>, for a span wider than the line
    /// (a hard line break there stays <see cref="BreakAction.Mandatory"/>).
    /// Allocates nothing.
    /// </summary>
    /// <param name="text">The paragraph text (UTF-16).</param>
    /// <param name="breakBefore">Output, one entry per UTF-16 index plus one.</param>
    /// <param name="strictness">The clreq level; <see cref="LineBreakStrictness.None"/> is plain UAX #14.</param>
    /// <param name="atomicSpans">Ranges of <paramref name="text"/> that must stay on one line, e.g. a photo
    /// credit <c>王韵菲 摄</c> or a jump line <c>（上接第1版）</c>.</param>
    public static void Analyze(
        ReadOnlySpan<char> text,
        Span<BreakAction> breakBefore,
        LineBreakStrictness strictness = LineBreakStrictness.GB,
        ReadOnlySpan<Range> atomicSpans = default)
    {
        UnicodeLineBreak.Analyze(text, breakBefore, chineseQuotes: strictness != LineBreakStrictness.None);
        for (int index = 1; index < text.Length; index++)
        {
            if (breakBefore[index] == BreakAction.Allowed && IsProhibited(text, index, strictness))
            {
                breakBefore[index] = BreakAction.None;
            }
        }

        UrlBreaks.Apply(text, breakBefore);
        foreach (var span in atomicSpans)
        {
            var (start, length) = span.GetOffsetAndLength(text.Length);
            for (int index = start + 1; index < start + length; index++)
            {
                if (breakBefore[index] == BreakAction.Allowed)
                {
                    breakBefore[index] = BreakAction.InsideAtomic;
                }
            }
        }
    }

    /// <summary>
    /// True when the paragraph layouter may, as a last resort, break a word, number or URL wider than the
    /// line before UTF-16 index <paramref name="index"/>: a grapheme cluster boundary (approximated from the
    /// Line_Break classes: not inside a surrogate pair or CR LF, not before a combining mark, variation
    /// selector, ZWJ or emoji modifier, not after ZWJ, not inside a Hangul syllable or a regional-indicator
    /// pair) that also does not split <c>——</c> or <c>……</c>.
    /// </summary>
    public static bool IsEmergencyBreakCandidate(ReadOnlySpan<char> text, int index)
    {
        if (index <= 0 || index >= text.Length || CodePoint.IsInsideSurrogatePair(text, index)
            || (text[index - 1] == '\r' && text[index] == '\n') || ChineseKinsoku.SplitsTwoEmMark(text, index))
        {
            return false;
        }

        int next = CodePoint.At(text, index, out _);
        int previous = CodePoint.Before(text, index);
        var after = LineBreakTable.GetClass(next);
        var before = LineBreakTable.GetClass(previous);
        if ((after is LineBreakClass.CM && next >= 0x20) || after is LineBreakClass.ZWJ or LineBreakClass.EM
            || before == LineBreakClass.ZWJ)
        {
            return false;
        }

        return (before, after) switch
        {
            (LineBreakClass.JL, LineBreakClass.JL or LineBreakClass.JV or LineBreakClass.H2 or LineBreakClass.H3) => false,
            (LineBreakClass.JV or LineBreakClass.H2, LineBreakClass.JV or LineBreakClass.JT) => false,
            (LineBreakClass.JT or LineBreakClass.H3, LineBreakClass.JT) => false,
            (LineBreakClass.RI, LineBreakClass.RI) => CountRegionalIndicatorsBefore(text, index) % 2 == 0,
            _ => true,
        };
    }

    private static bool IsProhibited(ReadOnlySpan<char> text, int index, LineBreakStrictness strictness)
    {
        if (ChineseKinsoku.SplitsTwoEmMark(text, index))
        {
            return true;
        }

        if (strictness == LineBreakStrictness.None)
        {
            return false;
        }

        // clreq: —— and …… may start a line except at the strict level; a lone — (connector) never may.
        bool startsTwoEmMark = ChineseKinsoku.StartsTwoEmMark(text, index);
        if (startsTwoEmMark ? strictness == LineBreakStrictness.Strict : ChineseKinsoku.CannotStartLine(text[index], strictness))
        {
            return true;
        }

        // The line's last visible character: trailing spaces are not typeset at a line end.
        int last = index - 1;
        while (last > 0 && text[last] == ' ')
        {
            last--;
        }

        return ChineseKinsoku.CannotEndLine(text[last], strictness);
    }

    private static int CountRegionalIndicatorsBefore(ReadOnlySpan<char> text, int index)
    {
        int count = 0;
        while (index > 0 && LineBreakTable.GetClass(CodePoint.Before(text, index)) == LineBreakClass.RI)
        {
            count++;
            index -= 2; // regional indicators are supplementary: always a surrogate pair
        }

        return count;
    }
}
