namespace Bulletin.Docs.Characters;

/// <summary>
/// What the Unicode Character Database says about a code point that Chinese typesetting asks:
/// is it a Han ideograph, is it wide (UAX #11), is it set one em like Han, does it combine. The one
/// answer every part of the library uses; the data is generated from Unicode 15.0.0 by
/// <c>tools/unicode/generate_cjk_facts.py</c> (<c>CjkFacts.g.cs</c>).
/// </summary>
internal static partial class CjkFacts
{
    /// <summary>The facts of a code point, as flags.</summary>
    [Flags]
    public enum Fact : byte
    {
        /// <summary>None of the facts.</summary>
        None = 0,

        /// <summary>A CJK unified or compatibility ideograph, or a code point of planes 2–3 (reserved for them).</summary>
        Han = 1,

        /// <summary>East_Asian_Width W or F (UAX #11).</summary>
        Wide = 2,

        /// <summary>East_Asian_Width A (UAX #11): narrow in Western text, wide in East Asian text.</summary>
        Ambiguous = 4,

        /// <summary>Wide and a letter, a number or the ideographic space: set one em like Han (kana, hangul, full-width forms).</summary>
        OneEm = 8,

        /// <summary>A combining mark (General_Category Mn, Mc or Me).</summary>
        Combining = 16,
    }

    /// <summary>The facts of <paramref name="codePoint"/>; <see cref="Fact.None"/> outside U+0000–U+10FFFF.</summary>
    public static Fact Of(int codePoint)
    {
        if ((uint)codePoint <= 0xFFFF)
        {
            return (Fact)BmpTable.Flags[codePoint];
        }

        var index = Array.BinarySearch(RangeFirst, codePoint);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return index >= 0 && codePoint <= RangeLast[index] ? (Fact)RangeFlags[index] : Fact.None;
    }

    /// <summary>Whether <paramref name="codePoint"/> is a Han ideograph.</summary>
    public static bool IsHan(int codePoint) => (Of(codePoint) & Fact.Han) != 0;

    /// <summary>Whether <paramref name="codePoint"/> is East Asian wide or full-width (UAX #11 W or F).</summary>
    public static bool IsWide(int codePoint) => (Of(codePoint) & Fact.Wide) != 0;

    /// <summary>Whether a Chinese line sets <paramref name="codePoint"/> one em wide like Han.</summary>
    public static bool IsOneEm(int codePoint) => (Of(codePoint) & Fact.OneEm) != 0;

    /// <summary>Whether <paramref name="codePoint"/> is a combining mark.</summary>
    public static bool IsCombining(int codePoint) => (Of(codePoint) & Fact.Combining) != 0;

    /// <summary>
    /// Flags of the basic multilingual plane, one byte per code point, built once from the ranges on
    /// first use (a nested class, so the generated ranges in the other part are set first).
    /// </summary>
    private static class BmpTable
    {
        public static readonly byte[] Flags = BuildBmp();
    }

    private static byte[] BuildBmp()
    {
        var table = new byte[0x10000];
        for (var i = 0; i < RangeFirst.Length && RangeFirst[i] <= 0xFFFF; i++)
        {
            table.AsSpan(RangeFirst[i], Math.Min(RangeLast[i], 0xFFFF) - RangeFirst[i] + 1).Fill(RangeFlags[i]);
        }

        return table;
    }
}
