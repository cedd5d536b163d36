namespace Bulletin.Docs.Layout.LineBreaking;

/// <summary>
/// How strictly Chinese line-start and line-end prohibitions (禁则, kinsoku) are applied on top of the
/// Unicode line breaking algorithm (UAX #14), following the levels of W3C clreq.
/// </summary>
public enum LineBreakStrictness
{
    /// <summary>
    /// Plain UAX #14 with no Chinese tailoring: quotation marks “ ” ‘ ’ stay ambiguous, so no break
    /// happens next to them. Only the 2-em dash and ellipsis (—— ……) are still kept whole.
    /// </summary>
    None,

    /// <summary>
    /// Stops <c>、，。．：；！？</c>, closing brackets and quotes, connectors <c>–—～</c>, the interpunct
    /// <c>·</c> and the solidus <c>/／</c> never start a line; opening brackets and quotes never end one.
    /// </summary>
    Basic,

    /// <summary>As <see cref="Basic"/>, and the solidus <c>/／</c> also never ends a line (the default).</summary>
    GB,

    /// <summary>As <see cref="GB"/>, and the 2-em dash <c>——</c> and ellipsis <c>……</c> never start a line.</summary>
    Strict,
}
