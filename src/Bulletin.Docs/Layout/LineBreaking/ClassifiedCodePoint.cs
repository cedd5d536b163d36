namespace Bulletin.Docs.Layout.LineBreaking;

/// <summary>One code point with the UAX #14 properties the pair rules look at.</summary>
/// <param name="Class">Line_Break class after LB1 (and after the Chinese tailoring, when on).</param>
/// <param name="EastAsianWide">East_Asian_Width is F, W or H (LB30).</param>
/// <param name="EmojiBase">EB, or an unassigned Extended_Pictographic code point (LB30b).</param>
internal readonly record struct ClassifiedCodePoint(LineBreakClass Class, bool EastAsianWide, bool EmojiBase)
{
    /// <summary>The pseudo code point standing for the end of the text.</summary>
    public static ClassifiedCodePoint EndOfText { get; } = new(LineBreakClass.Eot, false, false);

    /// <summary>The pseudo code point standing for the start of the text.</summary>
    public static ClassifiedCodePoint StartOfText { get; } = new(LineBreakClass.Sot, false, false);

    /// <summary>Looks <paramref name="codePoint"/> up in the Unicode 15.0 tables.</summary>
    public static ClassifiedCodePoint FromTable(int codePoint)
    {
        var cls = LineBreakTable.GetClass(codePoint, out bool eastAsianWide);
        return new ClassifiedCodePoint(
            cls,
            eastAsianWide,
            cls == LineBreakClass.EB || (cls == LineBreakClass.ID && LineBreakTable.IsUnassignedExtendedPictographic(codePoint)));
    }
}
