using System.Globalization;

namespace Bulletin.Docs.Layout;

/// <summary>
/// A column foot the layout left white over one body line on a page that is not the document's
/// end, and why: the page composer closed the page (or the column) short because what came next
/// did not fit in the room left and no make-up remedy (setting paragraphs looser or tighter,
/// pushing or pulling lines through the pages before, floating a picture) could fill it. The
/// document's end is the last page, or the page the text ends on when the last page holds only the
/// 版记 (GB/T 9704-2012 §7.4.1 sets the 版记 at the foot of the document's last page). Not an error:
/// an editor looks at the page and decides (shortens a story, moves an item, accepts the white).
/// </summary>
/// <param name="Page">The page (1-based index in the file, as <see cref="ModuleReport.Page"/>).</param>
/// <param name="Column">The column of the page's grid whose foot is white, 1-based from the left (1 on a page of one column).</param>
/// <param name="Path">
/// The model path of the item whose part did not fit, e.g. <c>Items[7]</c>; empty when the page
/// closed on nothing that came after it.
/// </param>
/// <param name="Note">The cause in an editor's terms: what did not fit, its depth against the lines left, and where it went.</param>
public sealed record WhiteFootReport(int Page, int Column, string Path, string Note)
{
    /// <summary>The white between the lowest thing set in the column (a line's slot, an image, a frame, a rule) and the foot of the type area, in points.</summary>
    public double WhitePt { get; init; }

    /// <summary><see cref="WhitePt"/> in body lines (the body text's line pitch).</summary>
    public double WhiteLines { get; init; }

    /// <summary>What did not fit, e.g. <c>picture news «汾河晚霞»</c> or <c>the 小标题 «…» of story «…» with the lines it keeps</c>.</summary>
    public string What { get; init; } = string.Empty;

    /// <summary>How deep what did not fit is, in body lines, the space that separates it from what is above included.</summary>
    public double DepthLines { get; init; }

    /// <summary>The room the column had left when the composer decided, in body lines.</summary>
    public double LinesLeft { get; init; }

    /// <summary>The page (1-based index in the file) what did not fit went to.</summary>
    public int NextPage { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"page {Page} column {Column} closes {WhiteLines:0.#} lines short: {Note}");
}
