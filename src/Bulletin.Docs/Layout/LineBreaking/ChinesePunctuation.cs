namespace Bulletin.Docs.Layout.LineBreaking;

/// <summary>Classifies Chinese punctuation for punctuation compression and justification (docs/typography.md §2–§3).</summary>
internal static class ChinesePunctuation
{
    /// <summary>
    /// The kind of <paramref name="c"/>. Only marks set full width in Chinese text count; half-width ASCII
    /// punctuation such as <c>, . ( )</c> is <see cref="PunctuationClass.None"/> (Latin metrics, nothing to compress).
    /// </summary>
    public static PunctuationClass Classify(char c) => c switch
    {
        '“' or '‘' or '（' or '〔' or '【' or '《' or '〈' or '「' or '『' or '〖' or '［' or '｛' => PunctuationClass.Opening,
        '”' or '’' or '）' or '〕' or '】' or '》' or '〉' or '」' or '』' or '〗' or '］' or '｝' => PunctuationClass.Closing,
        '，' or '、' or '；' or '：' => PunctuationClass.Comma,
        '。' or '？' or '！' or '．' => PunctuationClass.FullStop,
        '·' or '・' or '‧' => PunctuationClass.MiddleDot,
        '—' or '―' or '⸺' or '⸻' or '–' or '～' => PunctuationClass.Dash,
        '…' or '⋯' => PunctuationClass.Ellipsis,
        _ => PunctuationClass.None,
    };
}
