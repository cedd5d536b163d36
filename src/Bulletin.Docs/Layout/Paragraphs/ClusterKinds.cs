using System.Globalization;
using System.Text;
using Bulletin.Docs.Layout.LineBreaking;
using Bulletin.Docs.Characters;

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
            _ when CjkFacts.IsOneEm(codePoint) => ClusterKind.Han,
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
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => ClusterKind.Latin,
            UnicodeCategory.DecimalDigitNumber => ClusterKind.Digit,
            UnicodeCategory.SpaceSeparator => ClusterKind.Space,
            _ => ClusterKind.Other,
        };
    }
}
