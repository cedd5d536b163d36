namespace Bulletin.Docs.Layout.Flow;

/// <summary>
/// What goes in one column: slices <c>[First, End)</c> (leading discardable space skipped), whether
/// a table header is repeated above them, and the height they take.
/// </summary>
internal readonly record struct ColumnFill(int First, int End, double Height, bool RepeatsHeader)
{
    /// <summary>True when nothing was placed.</summary>
    public bool IsEmpty => End <= First;
}
