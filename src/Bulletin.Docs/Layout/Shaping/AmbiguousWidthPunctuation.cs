using Bulletin.Docs.Characters;

namespace Bulletin.Docs.Layout.Shaping;

/// <summary>
/// The marks Chinese and Western text share, <c>“ ” ‘ ’ — … ·</c> (East Asian Width "Ambiguous", UAX #11):
/// full-width in Chinese text (docs/typography.md §2, §7: Word sets them in the Latin font unless told
/// otherwise), proportional inside Latin text (<c>don’t</c>, <c>He said “hi”</c>). Which one a mark
/// is follows from the letters around it, and for a quote also from the letters around its partner,
/// so both quotes of a pair agree.
/// </summary>
internal static class AmbiguousWidthPunctuation
{
    // How far to look for a letter on either side, in UTF-16 units.
    private const int Reach = 32;

    private enum Evidence : byte { None, Chinese, Latin }

    /// <summary>Whether <paramref name="c"/> is one of the ambiguous-width marks.</summary>
    public static bool Is(int c) => c is 0x201C or 0x201D or 0x2018 or 0x2019 or 0x2014 or 0x2026 or 0x00B7;

    /// <summary>
    /// Whether the ambiguous mark at <paramref name="index"/> of <paramref name="text"/> is set
    /// full-width: it is, unless Latin letters and no Chinese surround it (and its partner quote).
    /// A document without either (digits, symbols) is Chinese by default.
    /// </summary>
    public static bool IsFullWidth(string text, int index)
    {
        var local = Around(text, index);
        if (local == Evidence.Chinese) return true;
        int partner = Partner(text, index);
        var other = partner >= 0 ? Around(text, partner) : Evidence.None;
        if (other == Evidence.Chinese) return true;
        return local != Evidence.Latin && other != Evidence.Latin;
    }

    private static Evidence Around(string text, int index)
    {
        var before = Nearest(text, index, -1);
        var after = Nearest(text, index, +1);
        if (before == Evidence.Chinese || after == Evidence.Chinese) return Evidence.Chinese;
        return before == Evidence.Latin || after == Evidence.Latin ? Evidence.Latin : Evidence.None;
    }

    // The first letter (or CJK character, or full-width mark) in one direction; spaces, digits,
    // ASCII symbols and other ambiguous marks are skipped.
    private static Evidence Nearest(string text, int index, int step)
    {
        int limit = step < 0 ? Math.Max(-1, index - Reach) : Math.Min(text.Length, index + 1 + Reach);
        for (int i = index + step; i != limit; i += step)
        {
            char c = text[i];
            if (c == '\n') return Evidence.None;
            if (IsChinese(c)) return Evidence.Chinese;
            if (char.IsSurrogate(c))
            {
                // Supplementary ideographs (planes 2–3) are Chinese; other supplementary letters are not.
                if (char.IsHighSurrogate(c) && c is >= '\uD840' and <= '\uD8BF') return Evidence.Chinese;
                continue;
            }

            if (char.IsLetter(c)) return Evidence.Latin;
        }

        return Evidence.None;
    }

    // East Asian wide and full-width characters (UAX #11 W, F) are evidence of Chinese text.
    private static bool IsChinese(char c) => CjkFacts.IsWide(c);

    // The other quote of a “…” or ‘…’ pair, searched within reach; an apostrophe inside a word has none.
    private static int Partner(string text, int index)
    {
        char c = text[index];
        (char open, char close) = c is '“' or '”' ? ('“', '”') : c is '‘' or '’' ? ('‘', '’') : ('\0', '\0');
        if (open == '\0') return -1;
        if (c == '’' && index > 0 && index + 1 < text.Length && char.IsLetter(text[index - 1]) && char.IsLetter(text[index + 1])) return -1;
        if (c == open)
        {
            int limit = Math.Min(text.Length, index + 1 + 2 * Reach);
            for (int i = index + 1; i < limit; i++)
            {
                if (text[i] == close) return i;
                if (text[i] == open || text[i] == '\n') return -1;
            }
        }
        else
        {
            int limit = Math.Max(-1, index - 2 * Reach);
            for (int i = index - 1; i > limit; i--)
            {
                if (text[i] == open) return i;
                if (text[i] == close || text[i] == '\n') return -1;
            }
        }

        return -1;
    }
}
