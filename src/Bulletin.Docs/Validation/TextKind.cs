namespace Bulletin.Docs.Validation;

/// <summary>Which line-structure characters a string of the model may hold.</summary>
internal enum TextKind
{
    /// <summary>
    /// A field set on one line or as one paragraph (headline lines, names, captions, cells,
    /// metadata…): no CR, LF or tab; lines are given as separate list entries instead.
    /// </summary>
    SingleLine,

    /// <summary>
    /// A run inside a paragraph, quote, note or list item: no CR, LF or tab either, and the
    /// message points to the <see cref="Model.LineBreak"/> inline that breaks a line instead.
    /// </summary>
    InlineRun,
}
