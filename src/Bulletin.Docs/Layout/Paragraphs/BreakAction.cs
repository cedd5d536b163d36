namespace Bulletin.Docs.Layout.Paragraphs;

// Provisional: the line-breaking helper defines the shared BreakAction with the same members and
// meaning. On merge delete this file and import that namespace instead.

/// <summary>May a line break before a given cluster?</summary>
internal enum BreakAction : byte
{
    /// <summary>No break here (禁则, inside a word, inside <c>——</c>).</summary>
    None,
    /// <summary>A line may break here.</summary>
    Allowed,
    /// <summary>A line must break here (a hard line break).</summary>
    Mandatory,
}
