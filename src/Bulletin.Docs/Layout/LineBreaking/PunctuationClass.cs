namespace Bulletin.Docs.Layout.LineBreaking;

/// <summary>
/// Kinds of full-width Chinese punctuation, grouped as the compression and justification steps of
/// clreq and docs/typography.md §2–§3 treat them.
/// </summary>
internal enum PunctuationClass : byte
{
    /// <summary>Not Chinese punctuation (Han, Latin, digits, half-width ASCII punctuation, spaces).</summary>
    None,

    /// <summary>Opening brackets and quotes <c>“‘（〔【《〈「『〖［｛</c>: blank half on the left.</summary>
    Opening,

    /// <summary>Closing brackets and quotes <c>”’）〕】》〉」』〗］｝</c>: blank half on the right.</summary>
    Closing,

    /// <summary>Pause marks <c>，、；：</c>: blank half on the right; shrunk before full stops (§3).</summary>
    Comma,

    /// <summary>Sentence-ending stops <c>。？！．</c>: blank half on the right; shrunk last (§3).</summary>
    FullStop,

    /// <summary>Interpunct <c>·</c> (also <c>・‧</c>): a quarter em of blank on each side.</summary>
    MiddleDot,

    /// <summary>Dashes and connectors <c>— ― ⸺ ⸻ – ～</c>: solid, never compressed.</summary>
    Dash,

    /// <summary>Ellipsis <c>… ⋯</c>: solid, never compressed.</summary>
    Ellipsis,
}
