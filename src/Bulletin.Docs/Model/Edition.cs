namespace Bulletin.Docs.Model;

/// <summary>
/// The newspaper edition (版) a document is: its number (版次) and name (版名), printed as 第2版 要闻
/// in the 报头's details and in the 版眉 (running head) of its pages. An edition's pages are numbered
/// from its number: a 第2版 that runs onto a second sheet prints the folios 2 and 3.
/// </summary>
public sealed record Edition
{
    /// <summary>The largest edition number accepted: no daily prints a thousand editions in one issue.</summary>
    public const int MaxNumber = 999;

    /// <summary>The edition's number (版次), 1 to <see cref="MaxNumber"/>; 1 is the front page (头版).</summary>
    public required int Number { get; init; }

    /// <summary>The edition's name (版名), e.g. 要闻, 经济, 副刊; <c>null</c> for none.</summary>
    public string? Name { get; init; }

    /// <summary>
    /// Whether the edition's first page opens with the document's <see cref="BulletinDocument.Masthead"/>
    /// as the front-page 报头. <c>null</c> (the default): only the front page (<see cref="Number"/> 1)
    /// does; an inner edition carries the 版眉 on every page instead. Later pages never repeat the 报头.
    /// </summary>
    public bool? OpensWithMasthead { get; init; }
}
