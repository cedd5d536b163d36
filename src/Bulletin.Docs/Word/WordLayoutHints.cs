using Bulletin.Docs.Composition;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Model;

namespace Bulletin.Docs.Word;

/// <summary>
/// What our own layout found that the Word file can carry: the page numbers, cached in PAGEREF and
/// NUMPAGES fields (ECMA-376 §17.16.4.1: the result a field shows until the reader updates it), so
/// the contents numbers show without F9; the columns of a boxed commentary; and the modules the
/// page layout set, with what each of their columns holds.
/// </summary>
/// <param name="ItemPages">The 1-based page each item starts on.</param>
/// <param name="TotalPages">The number of pages, or 0 when unknown.</param>
/// <param name="ArticleColumns">
/// The body columns of each article laid out on one page, keyed by the article (by reference: two
/// articles may share a headline): per column, the pieces of paragraphs it holds, so a boxed
/// commentary can be one frame.
/// </param>
internal sealed record WordLayoutHints(
    IReadOnlyDictionary<BulletinItem, int> ItemPages,
    int TotalPages,
    IReadOnlyDictionary<BulletinItem, IReadOnlyList<IReadOnlyList<ColumnPiece>>> ArticleColumns)
{
    /// <summary>
    /// The articles the page layout set as modules (<see cref="Layout.LaidOutDocument.Modules"/>),
    /// by reference; an article the composition made a module that is not here was set in the flow.
    /// </summary>
    public IReadOnlyDictionary<BulletinItem, ModuleReport> Modules { get; init; } = new Dictionary<BulletinItem, ModuleReport>();

    /// <summary>The faces to embed, subset to what the layout drew (<see cref="WordOptions.EmbedFonts"/>); empty for none.</summary>
    public IReadOnlyList<EmbeddedFont> EmbeddedFonts { get; init; } = [];

    /// <summary>
    /// The white, in pt, our layout's line grid added under the masthead (<see cref="LaidOutDocument.MastheadGridPt"/>),
    /// which the masthead's last paragraph adds to its space after; 0 without a layout.
    /// </summary>
    public double MastheadGridPt { get; init; }

    /// <summary>How our layout made up its pages and lines, for <see cref="WordMakeUp"/>; empty when the Word file breaks its own.</summary>
    public IReadOnlyList<ParagraphMakeUp> MakeUp { get; init; } = [];

    /// <summary>
    /// Where the layout printed each item's first line (the 0-based sheet, the baseline, the left edge
    /// in pt), by reference, for pages of one column: the body sets sibling items in this order
    /// (<see cref="InPrintedOrder"/>). Empty when the Word file keeps model order.
    /// </summary>
    public IReadOnlyDictionary<BulletinItem, (int Page, double Baseline, double X)> ItemPlaces { get; init; } = new Dictionary<BulletinItem, (int Page, double Baseline, double X)>();

    /// <summary>
    /// <paramref name="walk"/> (items in model order) in the order the layout printed them: picture
    /// news the PDF floated past the stories after it comes after them here too. Picture news set into
    /// the next story (<see cref="ComposedPicture.SetIntoNext"/>) stays before that story, and an item
    /// that printed no line stays after the one before it; without places, model order.
    /// </summary>
    public IReadOnlyList<ComposedItem> InPrintedOrder(IEnumerable<ComposedItem> walk)
    {
        var items = walk.ToList();
        if (ItemPlaces.Count == 0)
        {
            return items;
        }

        var keys = new (int Page, double Baseline, double X)[items.Count];
        var known = (Page: -1, Baseline: double.NegativeInfinity, X: double.NegativeInfinity);
        for (var i = 0; i < items.Count; i++)
        {
            known = ItemPlaces.TryGetValue(items[i].Source, out var place) ? place : known;
            keys[i] = known;
        }

        for (var i = items.Count - 2; i >= 0; i--)
        {
            if (items[i] is ComposedPicture { SetIntoNext: true })
            {
                keys[i] = keys[i + 1];
            }
        }

        // OrderBy is stable: items with the same key keep model order.
        return [.. Enumerable.Range(0, items.Count).OrderBy(i => keys[i]).Select(i => items[i])];
    }

    /// <summary>No layout was made (no fonts given): fields carry no cached page numbers.</summary>
    public static WordLayoutHints Unknown { get; } = new(
        new Dictionary<BulletinItem, int>(), 0, new Dictionary<BulletinItem, IReadOnlyList<IReadOnlyList<ColumnPiece>>>());

    /// <summary>The cached result for <paramref name="item"/>'s page, empty when unknown.</summary>
    public string PageOf(BulletinItem item) =>
        ItemPages.TryGetValue(item, out var page) && page > 0 ? WordUnits.Text(page) : string.Empty;

    /// <summary>The key of a heading's text: its characters without white space.</summary>
    public static string Key(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}

/// <summary>The part of a body paragraph that one column of the layout holds.</summary>
/// <param name="Paragraph">The paragraph's index among the article's body paragraphs.</param>
/// <param name="Text">The text of its lines in this column.</param>
/// <param name="Starts">The paragraph starts in this column (its first line is indented).</param>
/// <param name="Ends">The paragraph ends in this column (its last line is not spread).</param>
internal sealed record ColumnPiece(int Paragraph, string Text, bool Starts, bool Ends);
