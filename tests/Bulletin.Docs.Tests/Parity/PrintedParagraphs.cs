using System.Text;
using System.Xml;
using System.Xml.Linq;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Tests.Support;

namespace Bulletin.Docs.Tests.Parity;

/// <summary>A paragraph or heading as printed: its text (no white space), the page it starts on and its number of lines.</summary>
internal sealed record PrintedParagraph(StructureKind Kind, string Text, int Page, int Lines)
{
    /// <summary>The number of characters (white space not counted) of each line.</summary>
    public IReadOnlyList<int> LineLengths { get; init; } = [];
}

/// <summary>A line of a PDF as poppler reads it: its page and its text without white space.</summary>
internal sealed record PdfLine(int Page, string Text);

/// <summary>The paragraphs of our layout, and the lines of any PDF, for comparing one with the other.</summary>
internal static class PrintedParagraphs
{
    private static readonly StructureKind[] Compared =
    [
        StructureKind.Headline, StructureKind.Kicker, StructureKind.Deck, StructureKind.Subheading,
        StructureKind.Paragraph, StructureKind.BlockQuote, StructureKind.Note, StructureKind.Byline, StructureKind.Caption,
    ];

    /// <summary>Every paragraph of <paramref name="layout"/> in reading order, with its first page and line count.</summary>
    public static IReadOnlyList<PrintedParagraph> Of(LaidOutDocument layout)
    {
        var found = new Dictionary<StructureNode, (int Page, int Lines, StringBuilder Text)>(ReferenceEqualityComparer.Instance);
        var lengths = new Dictionary<StructureNode, List<int>>(ReferenceEqualityComparer.Instance);
        var order = new List<StructureNode>();
        foreach (var page in layout.Pages)
        {
            foreach (var line in page.Elements.OfType<TextLineElement>())
            {
                if (line.Structure is not { } node || !Compared.Contains(node.Kind)) continue;
                if (!found.TryGetValue(node, out var entry))
                {
                    entry = (page.Number, 0, new StringBuilder());
                    order.Add(node);
                }
                entry.Text.Append(WithoutWhiteSpace(line.Line.Text));
                if (!lengths.TryGetValue(node, out var list)) lengths.Add(node, list = []);
                list.Add(WithoutWhiteSpace(line.Line.Text).Length);
                found[node] = (entry.Page, entry.Lines + 1, entry.Text);
            }
        }
        return [.. order.Select(node => new PrintedParagraph(node.Kind, found[node].Text.ToString(), found[node].Page, found[node].Lines) { LineLengths = lengths[node] })];
    }

    /// <summary>Every text line of <paramref name="pdf"/> as pdftotext's <c>-bbox-layout</c> finds it, page by page.</summary>
    public static IReadOnlyList<PdfLine> LinesOf(string pdf)
    {
        var run = ExternalTool.Run("pdftotext", ["-enc", "UTF-8", "-bbox-layout", pdf, "-"]);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore };
        using var reader = XmlReader.Create(new StringReader(run.StandardOutput), settings);
        var html = XDocument.Load(reader);
        XNamespace x = "http://www.w3.org/1999/xhtml";
        var lines = new List<PdfLine>();
        var number = 0;
        foreach (var page in html.Descendants(x + "page"))
        {
            number++;
            foreach (var line in page.Descendants(x + "line"))
                lines.Add(new PdfLine(number, WithoutWhiteSpace(string.Concat(line.Elements(x + "word").Select(word => word.Value)))));
        }
        return lines;
    }

    private static bool Continues(string text, string spelled, string line)
    {
        if (line.Length == 0) return false;
        var next = spelled + line;
        return text.StartsWith(next, StringComparison.Ordinal) || next.StartsWith(text, StringComparison.Ordinal);
    }

    /// <summary>The text without white space.</summary>
    public static string WithoutWhiteSpace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>
    /// Where <paramref name="paragraph"/> is in <paramref name="lines"/>: the first run of
    /// consecutive lines, searching from <paramref name="from"/> and then from the start, whose
    /// texts put together spell the paragraph; the page of its first line and how many lines it
    /// takes. <c>null</c> when no run of lines spells it.
    /// </summary>
    /// <param name="paragraph">The paragraph.</param>
    /// <param name="lines">The PDF's lines.</param>
    /// <param name="from">The line to search from (the previous paragraph's), so a headline is not taken for its contents entry.</param>
    public static (int Page, int Lines, int Index, IReadOnlyList<int> LineLengths)? Find(PrintedParagraph paragraph, IReadOnlyList<PdfLine> lines, int from)
    {
        var text = paragraph.Text;
        foreach (var i in Enumerable.Range(from, lines.Count - from).Concat(Enumerable.Range(0, from)))
        {
            if (!Continues(text, "", lines[i].Text)) continue;
            var spelled = new StringBuilder();
            var count = 0;
            var lineLengths = new List<int>();
            for (var j = i; j < lines.Count && spelled.Length < text.Length;)
            {
                // A paragraph that goes on in the next column or page is interrupted by the lines in
                // between (a folio, a neighbouring column), and poppler may read a later column
                // first: take the nearest line after this one that goes on with the text, else any.
                var sofar = spelled.ToString();
                var next = Enumerable.Range(j, lines.Count - j).Concat(Enumerable.Range(0, j)).FirstOrDefault(k => Continues(text, sofar, lines[k].Text), -1);
                if (next < 0) break;
                spelled.Append(lines[next].Text);
                lineLengths.Add(lines[next].Text.Length);
                count++;
                j = next + 1;
            }
            if (spelled.Length >= text.Length)
                return (lines[i].Page, count, i, lineLengths);
        }
        return null;
    }
}
