using System.Globalization;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Composition;

/// <summary>
/// What a document's pages print around the type area, decided once from the model and the theme so
/// the Word writer and the page layout agree: the folio of the first page, whether the first page
/// carries the 报头, and the running head (版眉) of the other pages.
/// </summary>
/// <param name="FirstNumber">The folio of the file's first page; page <c>i</c> (0-based) prints <c>FirstNumber + i</c>.</param>
/// <param name="MastheadOnFirstPage">The first page opens with the masthead (the 报头, red head or title block).</param>
/// <param name="RunningHeadOnFirstPage">
/// The first page carries the running head too: an edition that does not open with the 报头 says
/// on every page which 版 it is. Otherwise the running head starts on the second page, as it does
/// after a title.
/// </param>
/// <param name="RunningHead">The running head's text, or <c>null</c> for none.</param>
/// <param name="Folio">How the folio is printed, or <c>null</c> for no page numbers.</param>
internal sealed record EditionPages(int FirstNumber, bool MastheadOnFirstPage, bool RunningHeadOnFirstPage, string? RunningHead, FolioForm? Folio)
{
    /// <summary>
    /// Space between the running head's last line and the rule under it (<see cref="RuleWeights.RunningHeadPt"/>),
    /// in whole points as Word's w:pBdr w:space stores it (ECMA-376 §17.3.1.24).
    /// </summary>
    public const uint RunningHeadRuleSpacePt = 1;

    /// <summary>The pages of <paramref name="document"/> in <paramref name="theme"/>.</summary>
    public static EditionPages Of(BulletinDocument document, BulletinTheme theme)
    {
        var edition = document.Edition;
        var masthead = document.Masthead is not null && (edition?.OpensWithMasthead ?? (edition?.Number ?? 1) == 1);
        return new EditionPages(
            document.FirstPageNumber ?? edition?.Number ?? 1,
            masthead,
            edition is not null && !masthead,
            theme.Page.HeaderText ?? (edition is not null || theme.Masthead == MastheadStyle.Newspaper ? PrintedForms.RunningHead(document) : null),
            PrintedForms.Folio(theme.Page.PageNumbers));
    }

    /// <summary>The folio number of the page at <paramref name="pageIndex"/> (0-based).</summary>
    public int Number(int pageIndex) => FirstNumber + pageIndex;

    /// <summary>The running head of the page at <paramref name="pageIndex"/> (0-based), or <c>null</c> where the page has none.</summary>
    public string? RunningHeadOf(int pageIndex) => pageIndex == 0 && !RunningHeadOnFirstPage ? null : RunningHead;

    /// <summary>The folio of the page at <paramref name="pageIndex"/> (0-based) of <paramref name="total"/> pages, or <c>null</c> for none.</summary>
    public string? FolioOf(int pageIndex, int total) => Folio?.Text(Number(pageIndex), total);
}

/// <summary>
/// A folio's literal text around the page number (and the page total): the layout prints it with the
/// numbers, the Word writer with PAGE and NUMPAGES fields between the same strings.
/// </summary>
/// <param name="Before">Text before the page number: <c>— </c> or <c>第 </c>.</param>
/// <param name="BeforeTotal">Text between the page number and the total, or <c>null</c> when the total is not printed.</param>
/// <param name="After">Text after the last number: <c> —</c> or <c> 页</c>.</param>
internal sealed record FolioForm(string Before, string? BeforeTotal, string After)
{
    /// <summary>The folio of page <paramref name="number"/> of <paramref name="total"/>.</summary>
    public string Text(int number, int total) =>
        BeforeTotal is null
            ? string.Concat(Before, number.ToString(CultureInfo.InvariantCulture), After)
            : string.Concat(Before, number.ToString(CultureInfo.InvariantCulture), BeforeTotal, total.ToString(CultureInfo.InvariantCulture), After);
}
