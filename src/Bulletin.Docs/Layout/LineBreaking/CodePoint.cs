namespace Bulletin.Docs.Layout.LineBreaking;

/// <summary>Reads code points out of UTF-16 text; a lone surrogate reads as itself (Line_Break SG).</summary>
internal static class CodePoint
{
    /// <summary>The code point starting at <paramref name="index"/>; <paramref name="width"/> is 2 for a surrogate pair.</summary>
    public static int At(ReadOnlySpan<char> text, int index, out int width)
    {
        char c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, text[index + 1]);
        }

        width = 1;
        return c;
    }

    /// <summary>The code point ending just before <paramref name="index"/> (which must be &gt; 0).</summary>
    public static int Before(ReadOnlySpan<char> text, int index)
    {
        char c = text[index - 1];
        if (char.IsLowSurrogate(c) && index >= 2 && char.IsHighSurrogate(text[index - 2]))
        {
            return char.ConvertToUtf32(text[index - 2], c);
        }

        return c;
    }

    /// <summary>True when <paramref name="index"/> falls between the two halves of a surrogate pair.</summary>
    public static bool IsInsideSurrogatePair(ReadOnlySpan<char> text, int index) =>
        index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) && char.IsHighSurrogate(text[index - 1]);
}
