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

    /// <summary>How our layout made up its pages and lines, for <see cref="WordMakeUp"/>; empty when the Word file breaks its own.</summary>
    public IReadOnlyList<ParagraphMakeUp> MakeUp { get; init; } = [];

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
