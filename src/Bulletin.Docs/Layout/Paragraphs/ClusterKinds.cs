using System.Globalization;
using System.Text;
using Bulletin.Docs.Layout.LineBreaking;

namespace Bulletin.Docs.Layout.Paragraphs;

/// <summary>
/// The <see cref="ClusterKind"/> of a cluster from its first code point: the punctuation marks come
/// from <see cref="ChinesePunctuation"/> (the one mark table), the rest from Unicode categories.
/// </summary>
internal static class ClusterKinds
{
    /// <summary>The kind of the cluster starting with <paramref name="codePoint"/>.</summary>
    public static ClusterKind Of(int codePoint)
    {
        if (codePoint <= 0xFFFF)
        {
            switch (ChinesePunctuation.Classify((char)codePoint))
            {
                case PunctuationClass.Opening: return ClusterKind.Opening;
                case PunctuationClass.Closing: return ClusterKind.Closing;
                // The colon shrinks with the stops, not with ，、； (ShrinkClass.Stop).
                case PunctuationClass.Comma: return codePoint == '：' ? ClusterKind.Colon : ClusterKind.Comma;
                case PunctuationClass.FullStop: return ClusterKind.Period;
                case PunctuationClass.MiddleDot: return ClusterKind.MiddleDot;
                case PunctuationClass.Dash: return ClusterKind.Dash;
                case PunctuationClass.Ellipsis: return ClusterKind.Ellipsis;
            }
        }

        return codePoint switch
        {
            ' ' or '\t' or '\n' or '\r' or 0xA0 or 0x2028 or 0x2029 or (>= 0x2000 and <= 0x200A) => ClusterKind.Space,
            >= '0' and <= '9' => ClusterKind.Digit,
            < 0x80 => IsAsciiLetter(codePoint) ? ClusterKind.Latin : ClusterKind.Other,
            // Ideographs, kana, hangul, the ideographic space and full-width forms are set 1 em like Han.
            (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3FFFF)
                or (>= 0x3040 and <= 0x30FF) or (>= 0x31F0 and <= 0x31FF) or (>= 0x1100 and <= 0x11FF) or (>= 0xAC00 and <= 0xD7AF)
                or 0x3000 or 0x3005 or 0x3006 or 0x3007 or (>= 0x3021 and <= 0x3029) or (>= 0xFF10 and <= 0xFF19)
                or (>= 0xFF21 and <= 0xFF3A) or (>= 0xFF41 and <= 0xFF5A) => ClusterKind.Han,
            _ => OfCategory(codePoint),
        };
    }

    private static bool IsAsciiLetter(int c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');

    private static ClusterKind OfCategory(int codePoint)
    {
        if (!Rune.IsValid(codePoint))
        {
            return ClusterKind.Other;
        }

        return Rune.GetUnicodeCategory(new Rune(codePoint)) switch
        {
            UnicodeCategory.OtherLetter when codePoint >= 0x2E80 => ClusterKind.Han,
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => ClusterKind.Latin,
            UnicodeCategory.DecimalDigitNumber => ClusterKind.Digit,
            UnicodeCategory.SpaceSeparator => ClusterKind.Space,
            _ => ClusterKind.Other,
        };
    }
}
