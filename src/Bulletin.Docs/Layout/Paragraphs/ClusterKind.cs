namespace Bulletin.Docs.Layout.Paragraphs;

/// <summary>
/// What a cluster is, as far as line fitting and punctuation compression care (docs/typography.md §2–§3).
/// Full-width marks carry ½ em of removable blank: on the left for <see cref="Opening"/>, on the
/// right for <see cref="Closing"/>, <see cref="Comma"/>, <see cref="Colon"/> and <see cref="Period"/>,
/// ¼ em on each side for <see cref="MiddleDot"/>.
/// </summary>
internal enum ClusterKind : byte
{
    /// <summary>Han ideograph, kana or hangul: 1 em, spread on justified lines.</summary>
    Han,
    /// <summary>Latin (or other alphabetic) letter.</summary>
    Latin,
    /// <summary>Decimal digit.</summary>
    Digit,
    /// <summary>A word space (U+0020 and friends); never at the visible end of a line.</summary>
    Space,
    /// <summary>Opening bracket or quote <c>“‘（〔【《〈「『〖［｛</c>.</summary>
    Opening,
    /// <summary>Closing bracket or quote <c>”’）〕】》〉」』〗］｝</c>.</summary>
    Closing,
    /// <summary>Pause marks <c>，、；</c>.</summary>
    Comma,
    /// <summary>Colon <c>：</c>.</summary>
    Colon,
    /// <summary>Stops <c>。？！</c>.</summary>
    Period,
    /// <summary>Interpunct <c>·</c>.</summary>
    MiddleDot,
    /// <summary>One half of <c>——</c> (or a whole U+2E3A); never split, never spread inside.</summary>
    Dash,
    /// <summary>One half of <c>……</c>; never split, never spread inside.</summary>
    Ellipsis,
    /// <summary>Anything else (ASCII punctuation, symbols); treated as part of an adjacent Latin word.</summary>
    Other,
}
