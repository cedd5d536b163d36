using Bulletin.Docs.Layout;
using Bulletin.Docs.Layout.Structure;

namespace Bulletin.Docs.Tests.Parity;

/// <summary>Where a paragraph of our layout was found in LibreOffice's PDF: the page its first line is on and its number of lines.</summary>
internal sealed record FoundParagraph(PrintedParagraph Ours, int Page, int Lines)
{
    /// <summary>The number of characters (white space not counted) of each of its lines in LibreOffice's PDF.</summary>
    public IReadOnlyList<int> LineLengths { get; init; } = [];
}

/// <summary>
/// Our layout's paragraphs against LibreOffice's PDF of the same document's DOCX: how many start on
/// the same page and keep their number of lines.
/// </summary>
/// <param name="OurPages">Pages of our layout.</param>
/// <param name="TheirPages">Pages of LibreOffice's PDF.</param>
/// <param name="Paragraphs">Paragraphs of our layout compared.</param>
/// <param name="Found">Where each paragraph found in LibreOffice's PDF is.</param>
/// <param name="NotFound">The text of each paragraph that starts no line of LibreOffice's PDF.</param>
internal sealed record ParityCount(int OurPages, int TheirPages, int Paragraphs, IReadOnlyList<FoundParagraph> Found, IReadOnlyList<string> NotFound)
{
    /// <summary>Paragraphs that start on the same page in both.</summary>
    public int SamePage => Found.Count(found => found.Page == found.Ours.Page);

    /// <summary>Paragraphs set in as many lines in both.</summary>
    public int SameLines => Found.Count(found => found.Lines == found.Ours.Lines);

    /// <summary>Headlines that start on another page in LibreOffice's PDF, with both pages.</summary>
    public IReadOnlyList<string> HeadlinesElsewhere =>
        [.. Found.Where(found => found.Ours.Kind == StructureKind.Headline && found.Page != found.Ours.Page)
            .Select(found => $"{found.Ours.Text}: page {found.Ours.Page} in our PDF, {found.Page} in LibreOffice's")];

    /// <summary>Compares <paramref name="layout"/> with <paramref name="libreOfficePdf"/>, LibreOffice's PDF of its DOCX.</summary>
    public static ParityCount Of(LaidOutDocument layout, string libreOfficePdf)
    {
        var ours = PrintedParagraphs.Of(layout);
        var theirs = PrintedParagraphs.LinesOf(libreOfficePdf);
        var found = new List<FoundParagraph>();
        var notFound = new List<string>();
        var cursor = 0;
        foreach (var paragraph in ours)
        {
            if (PrintedParagraphs.Find(paragraph, theirs, cursor) is { } where)
            {
                found.Add(new FoundParagraph(paragraph, where.Page, where.Lines) { LineLengths = where.LineLengths });
                cursor = where.Index;
            }
            else
            {
                notFound.Add(paragraph.Text);
            }
        }

        return new ParityCount(layout.Pages.Count, theirs.Count == 0 ? 0 : theirs.Max(line => line.Page), ours.Count, found, notFound);
    }

    /// <summary>One line of figures, then each paragraph that differs, for the test log.</summary>
    public string Describe(string name)
    {
        var text = new System.Text.StringBuilder()
            .AppendLine(
                $"{name}: pages {OurPages} (ours) / {TheirPages} (LibreOffice); {Found.Count} of {Paragraphs} paragraphs found; " +
                $"same first page {SamePage} ({Share(SamePage, Found.Count)}); same line count {SameLines} ({Share(SameLines, Found.Count)})");
        foreach (var found in Found.Where(found => found.Lines != found.Ours.Lines))
            text.AppendLine($"  {found.Ours.Lines} → {found.Lines} lines (page {found.Ours.Page}): {Start(found.Ours.Text)} [{string.Join(",", found.Ours.LineLengths)} / {string.Join(",", found.LineLengths)}]");
        foreach (var found in Found.Where(found => found.Page != found.Ours.Page))
            text.AppendLine($"  page {found.Ours.Page} → {found.Page}: {Start(found.Ours.Text)}");
        return text.ToString();
    }

    private static string Start(string text) => text[..Math.Min(16, text.Length)];

    /// <summary>A share in whole per cent, "-" of nothing.</summary>
    public static string Share(int part, int whole) =>
        whole == 0 ? "-" : (100.0 * part / whole).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + " %";
}
