namespace Bulletin.Docs.Model;

/// <summary>
/// One bulletin: a newspaper page, a 简报 issue or a press release. The root of the model that
/// every writer (Word, PDF, PNG) reads; writers never change it.
/// </summary>
public sealed record BulletinDocument
{
    /// <summary>
    /// The masthead printed at the top of the first page; <c>null</c> for none. In an inner newspaper
    /// edition (see <see cref="Edition"/>) its name and date go into the 版眉 instead.
    /// </summary>
    public Masthead? Masthead { get; init; }

    /// <summary>
    /// The newspaper edition this document is (第2版 要闻), or <c>null</c>. It sets the folio of the
    /// first page (unless <see cref="FirstPageNumber"/> does), whether the first page carries the
    /// 报头 (<see cref="Edition.OpensWithMasthead"/>), and the edition label of the 报头 and the 版眉.
    /// </summary>
    public Edition? Edition { get; init; }

    /// <summary>
    /// The number printed on the file's first page, 1 to <see cref="MaxFirstPageNumber"/>; later pages
    /// count on from it (Word: <c>w:pgNumType w:start</c>, ECMA-376 §17.6.12). <c>null</c>: the
    /// <see cref="Edition"/>'s number, or 1. A file holding the second sheet of 第2版 starts at 3.
    /// Not with 第 n 页 共 m 页 page numbers, whose total counts only this file's pages.
    /// </summary>
    public int? FirstPageNumber { get; init; }

    /// <summary>The largest <see cref="FirstPageNumber"/> accepted.</summary>
    public const int MaxFirstPageNumber = 9999;

    /// <summary>Articles, picture news and section groups in reading order.</summary>
    public required IReadOnlyList<BulletinItem> Items { get; init; }

    /// <summary>The 报尾 distribution block of a 简报 (报/送/发 lines, print run); <c>null</c> for none.</summary>
    public Distribution? Distribution { get; init; }

    /// <summary>Document properties (title, author, dates…). Dates come from here, never from the clock.</summary>
    public DocumentMetadata Metadata { get; init; } = new();
}
