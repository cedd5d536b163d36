using Bulletin.Docs.Composition;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Model;

namespace Bulletin.Docs.Layout;

/// <summary>
/// The result of laying out a bulletin: pages of positioned lines, rules, boxes, images and links.
/// Plain data in points, origin at the page's top-left corner, y growing downwards. The PDF and PNG
/// painters draw exactly this; tests snapshot its text dump.
/// </summary>
/// <param name="Pages">The pages in order.</param>
/// <param name="Metadata">Document properties for the PDF info dictionary.</param>
public sealed record LaidOutDocument(IReadOnlyList<LaidOutPage> Pages, DocumentMetadata Metadata)
{
    /// <summary>
    /// For every text role, the face the theme names and the face the pages are set in, with the
    /// stand-ins flagged (<see cref="RoleFace.IsStandIn"/>). Empty when the layout was made without a theme's fonts.
    /// </summary>
    public IReadOnlyList<RoleFace> Faces { get; init; } = [];

    /// <summary>
    /// The logical structure (the document element): sections, articles, headlines, paragraphs,
    /// figures… in model order, each reached from the page elements that show it. A document built
    /// by hand without one has an empty document element, and the PDF marks everything as furniture.
    /// </summary>
    public StructureNode Structure { get; init; } = StructureNode.EmptyDocument();

    /// <summary>
    /// The number of the first page, 1 or more (a 第2版 starts at 2); page <c>i</c> (0-based) is
    /// numbered <c>FirstPageNumber + i</c>. The PDF labels its pages so (ISO 32000-1 §12.4.2).
    /// </summary>
    public int FirstPageNumber { get; init; } = 1;

    /// <summary>
    /// What became of every article that asked for a placement (<see cref="Model.ArticlePlacement"/>),
    /// in reading order: set as a module, with its rectangle, or set in the flow, and why.
    /// </summary>
    public IReadOnlyList<ModuleReport> Modules { get; init; } = [];

    /// <summary>
    /// Every column foot left white over one body line on a page that is not the document's end,
    /// with the cause the page composer decided it on, in page then column order (see
    /// <see cref="WhiteFootReport"/>). Empty when every page but the document's end is full.
    /// </summary>
    public IReadOnlyList<WhiteFootReport> WhiteFeet { get; init; } = [];

    /// <summary>
    /// The white, in pt, the page's line grid added under the masthead beyond the masthead's own
    /// space below (<see cref="Composition.RedHeadMasthead.SpaceBelowRulePt"/>,
    /// <see cref="Composition.PlainMasthead.SpaceBelowPt"/>), so that the first
    /// line after it sits on the grid; 0 without a grid or a masthead. The Word file adds it to the
    /// masthead's space after.
    /// </summary>
    internal double MastheadGridPt { get; init; }

    /// <summary>The folio of the page each item starts on (for the Word file's cached PAGEREF results).</summary>
    internal IReadOnlyDictionary<BulletinItem, int> ItemPages { get; init; } = new Dictionary<BulletinItem, int>();

    /// <summary>
    /// Where each item's first line of text is printed (the 0-based sheet, then the baseline and
    /// the left edge in pt), by reference; the Word file sets the items of a one-column page in
    /// this order, as the page composer may float picture news past the stories after it.
    /// </summary>
    internal IReadOnlyDictionary<BulletinItem, (int Page, double Baseline, double X)> ItemPlaces { get; init; } = new Dictionary<BulletinItem, (int Page, double Baseline, double X)>();

    /// <summary>
    /// The contents box's entries in the order the layout printed them (page, then place on the
    /// page), which the Word file's box lists too; <c>null</c> without a box or for a layout made by hand.
    /// </summary>
    internal IReadOnlyList<Composition.ContentsEntry>? Contents { get; init; }

    /// <summary>The composition this layout set, which the Word writer renders from the same layout; <c>null</c> for a layout made by hand.</summary>
    internal ComposedDocument? Composition { get; init; }

    /// <summary>The fonts this layout was set with, which the Word writer embeds from; <c>null</c> for a layout made by hand.</summary>
    internal Fonts.FontRegistry? Fonts { get; init; }
}

/// <summary>One page.</summary>
/// <param name="Number">1-based index of the page in the file (the folio may differ: see <see cref="Folio"/>).</param>
/// <param name="WidthPt">Page width in points.</param>
/// <param name="HeightPt">Page height in points.</param>
/// <param name="Elements">What is drawn, in painting order.</param>
public sealed record LaidOutPage(int Number, double WidthPt, double HeightPt, IReadOnlyList<PageElement> Elements)
{
    /// <summary>
    /// The running head (版眉) printed above the type area, e.g. 太原日报　2025年1月7日 星期二　第2版 要闻,
    /// or <c>null</c> where the page has none (a first page carrying the 报头). Its lines are among
    /// <see cref="Elements"/> as furniture.
    /// </summary>
    public string? RunningHead { get; init; }

    /// <summary>
    /// The page number as printed under the type area (2, — 2 —, 第 2 页 共 3 页), counted from the
    /// document's first page number, or <c>null</c> for none. Its line is among <see cref="Elements"/> as furniture.
    /// </summary>
    public string? Folio { get; init; }
}

/// <summary>Something drawn on a page.</summary>
public abstract record PageElement
{
    private protected PageElement()
    {
    }

    /// <summary>
    /// The structure element this content belongs to (a paragraph, a headline, a figure…), or
    /// <c>null</c> for page furniture: running heads, folios, rules, frames, ornaments.
    /// </summary>
    public StructureNode? Structure { get; init; }
}

/// <summary>A line of text whose start is at (<paramref name="X"/>, <paramref name="Baseline"/>).</summary>
/// <param name="X">Start of the line.</param>
/// <param name="Baseline">The line's baseline.</param>
/// <param name="Line">The glyph runs, positioned relative to the line's start.</param>
public sealed record TextLineElement(double X, double Baseline, LaidOutLine Line) : PageElement;

/// <summary>A straight rule.</summary>
public sealed record RuleElement(double X1, double Y1, double X2, double Y2, double ThicknessPt, Theme.RgbColor Color) : PageElement;

/// <summary>A rectangle, stroked and/or filled.</summary>
public sealed record BoxElement(double X, double Y, double Width, double Height, double StrokePt, Theme.RgbColor? Stroke, Theme.RgbColor? Fill) : PageElement;

/// <summary>An image scaled into a rectangle (aspect ratio kept by the layout).</summary>
public sealed record ImageElement(double X, double Y, double Width, double Height, ImageData Image, string AltText) : PageElement;

/// <summary>A clickable area: an external URL or <c>#id</c> of an item in this document.</summary>
public sealed record LinkElement(double X, double Y, double Width, double Height, string Target) : PageElement;

/// <summary>A named destination (an item's <see cref="BulletinItem.Id"/>) at a point of the page.</summary>
public sealed record AnchorElement(string Name, double X, double Y) : PageElement;
