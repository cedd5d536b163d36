namespace Bulletin.Docs.Layout.LineBreaking;

/// <summary>What may happen at a position between two characters.</summary>
internal enum BreakAction : byte
{
    /// <summary>No line break here.</summary>
    None,

    /// <summary>A line may break here (a break opportunity).</summary>
    Allowed,

    /// <summary>
    /// The rules allow a break here but it falls inside an atomic span (a dateline, a jump line): taken
    /// only when the span is wider than the line, before any break the rules forbid.
    /// </summary>
    InsideAtomic,

    /// <summary>The line must break here (after a hard line break character, or at the end of the text).</summary>
    Mandatory,
}
