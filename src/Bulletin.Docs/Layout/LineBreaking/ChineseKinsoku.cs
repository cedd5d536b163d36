namespace Bulletin.Docs.Layout.LineBreaking;

/// <summary>
/// The Chinese line-start and line-end prohibitions (禁则) of clreq by strictness level, and the 2-em
/// marks —— and …… that are never split (docs/typography.md §1).
/// </summary>
internal static class ChineseKinsoku
{
    /// <summary>
    /// True when <paramref name="c"/> must not start a line. A <c>—</c> that begins a <c>——</c> pair is
    /// not covered here: the pair may start a line below <see cref="LineBreakStrictness.Strict"/>
    /// (see <see cref="StartsTwoEmMark"/>).
    /// </summary>
    public static bool CannotStartLine(char c, LineBreakStrictness strictness) =>
        strictness != LineBreakStrictness.None && c is
            '、' or '，' or '。' or '．' or '：' or '；' or '！' or '？'
            or '”' or '’' or '）' or '〕' or '】' or '》' or '〉' or '」' or '』' or '〗' or '］' or '｝'
            or '–' or '—' or '～'
            or '·' or '/' or '／';

    /// <summary>True when <paramref name="c"/> must not end a line.</summary>
    public static bool CannotEndLine(char c, LineBreakStrictness strictness) => strictness switch
    {
        LineBreakStrictness.None => false,
        LineBreakStrictness.Basic => IsOpening(c),
        _ => IsOpening(c) || c is '/' or '／',
    };

    /// <summary>
    /// True when a 2-em mark starts at <paramref name="index"/>: <c>——</c> (U+2014 U+2014, or U+2015
    /// U+2015 as some GB 2312 fonts encode it), <c>⸺</c> U+2E3A or <c>⸻</c> U+2E3B, <c>……</c>
    /// (U+2026 U+2026) or <c>⋯⋯</c> (U+22EF U+22EF).
    /// </summary>
    public static bool StartsTwoEmMark(ReadOnlySpan<char> text, int index)
    {
        char c = text[index];
        if (c is '⸺' or '⸻')
        {
            return true;
        }

        return IsDoubledMark(c)
            && index + 1 < text.Length && text[index + 1] == c
            && (index == 0 || text[index - 1] != c);
    }

    /// <summary>True when <paramref name="index"/> falls inside <c>——</c>, <c>……</c> or a longer run of the same mark.</summary>
    public static bool SplitsTwoEmMark(ReadOnlySpan<char> text, int index) =>
        index > 0 && index < text.Length && IsDoubledMark(text[index]) && text[index - 1] == text[index];

    private static bool IsDoubledMark(char c) => c is '—' or '―' or '…' or '⋯';

    private static bool IsOpening(char c) =>
        c is '“' or '‘' or '（' or '〔' or '【' or '《' or '〈' or '「' or '『' or '〖' or '［' or '｛';
}
