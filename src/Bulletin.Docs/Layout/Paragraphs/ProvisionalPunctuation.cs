using System.Text;

namespace Bulletin.Docs.Layout.Paragraphs;

// Provisional: a small static map of the marks in TYPOGRAPHY §1–§2 so the paragraph layouter can be
// tested on its own. On merge, replace the body of Classify with the shared punctuation classifier.

/// <summary>Classifies a character into the <see cref="ClusterKind"/> the paragraph layouter needs.</summary>
internal static class ProvisionalPunctuation
{
    /// <summary>The kind of the cluster starting with <paramref name="codePoint"/>.</summary>
    public static ClusterKind Classify(int codePoint) => codePoint switch
    {
        '“' or '‘' or '（' or '〔' or '【' or '《' or '〈' or '「' or '『' or '〖' or '［' or '｛' or '〘' => ClusterKind.Opening,
        '”' or '’' or '）' or '〕' or '】' or '》' or '〉' or '」' or '』' or '〗' or '］' or '｝' or '〙' => ClusterKind.Closing,
        '，' or '、' or '；' => ClusterKind.Comma,
        '：' => ClusterKind.Colon,
        '。' or '？' or '！' or '．' => ClusterKind.Period,
        '·' or '・' or '‧' => ClusterKind.MiddleDot,
        '—' or 0x2E3A => ClusterKind.Dash,
        '…' or '⋯' => ClusterKind.Ellipsis,
        ' ' or '\t' or '\n' or 0x2028 => ClusterKind.Space,
        >= '0' and <= '9' => ClusterKind.Digit,
        >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x3FFFF
            or >= 0x3040 and <= 0x30FF or >= 0xAC00 and <= 0xD7AF or 0x3005 or 0x3007 => ClusterKind.Han,
        _ when codePoint < 0x2000 && Rune.IsValid(codePoint) && Rune.IsLetter(new Rune(codePoint)) => ClusterKind.Latin,
        _ => ClusterKind.Other,
    };

    /// <summary>Whether a line may not start with this character (clreq GB level, TYPOGRAPHY §1).</summary>
    public static bool IsNoStart(int codePoint) => codePoint switch
    {
        '、' or '，' or '。' or '．' or '：' or '；' or '！' or '？' => true,
        '”' or '’' or '）' or '〕' or '】' or '》' or '〉' or '」' or '』' or '〗' or '］' or '｝' or '〙' => true,
        '–' or '—' or '～' or '·' or '・' or '/' or '／' => true,
        '!' or '%' or ')' or ',' or '.' or ':' or ';' or '?' or ']' or '}' => true,
        _ => false,
    };

    /// <summary>Whether a line may not end with this character (clreq GB level, TYPOGRAPHY §1).</summary>
    public static bool IsNoEnd(int codePoint) => codePoint switch
    {
        '“' or '‘' or '（' or '〔' or '【' or '《' or '〈' or '「' or '『' or '〖' or '［' or '｛' or '〘' => true,
        '/' or '／' or '(' or '[' or '{' => true,
        _ => false,
    };

    /// <summary>The code point at <paramref name="index"/>, combining a surrogate pair.</summary>
    public static int CodePointAt(string text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            ? char.ConvertToUtf32(text[index], text[index + 1])
            : text[index];
}
