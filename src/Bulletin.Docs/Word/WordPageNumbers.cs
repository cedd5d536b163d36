using Bulletin.Docs.Model;

namespace Bulletin.Docs.Word;

/// <summary>
/// The page numbers our own layout found, cached in the Word file's PAGEREF and NUMPAGES fields
/// (ECMA-376 §17.16.4.1: the result a field shows until the reader updates it), so the contents
/// numbers show without F9.
/// </summary>
/// <param name="ItemPages">The 1-based page each item starts on.</param>
/// <param name="TotalPages">The number of pages, or 0 when unknown.</param>
internal sealed record WordPageNumbers(IReadOnlyDictionary<BulletinItem, int> ItemPages, int TotalPages)
{
    /// <summary>No layout was made (no fonts given): fields carry no cached page numbers.</summary>
    public static WordPageNumbers Unknown { get; } = new(new Dictionary<BulletinItem, int>(), 0);

    /// <summary>The cached result for <paramref name="item"/>'s page, empty when unknown.</summary>
    public string PageOf(BulletinItem item) =>
        ItemPages.TryGetValue(item, out var page) && page > 0 ? WordUnits.Text(page) : string.Empty;
}
