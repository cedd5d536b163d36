using Bulletin.Docs.Layout;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Model;
using Bulletin.Docs.Validation;
using Bulletin.Docs.Word;

namespace Bulletin.Docs;

/// <summary>Writes bulletins as Word documents (.docx).</summary>
public static class BulletinDocx
{
    /// <summary>
    /// Validates <paramref name="document"/> and writes it as a .docx to <paramref name="output"/>.
    /// Nothing is written when validation fails. Same document and options give the same bytes.
    /// When <see cref="BulletinOptions.Fonts"/> is given, the document is also laid out as for the PDF
    /// (validating that the fonts cover every character) and the page numbers found are cached in the
    /// contents box's PAGEREF and the footers' NUMPAGES fields, so they show before the reader updates fields.
    /// </summary>
    /// <exception cref="BulletinValidationException">The document or theme (or, with fonts, their coverage) has problems; nothing was written.</exception>
    /// <exception cref="Layout.BulletinLayoutException">With fonts: a block cannot be placed on any page.</exception>
    public static void Write(BulletinDocument document, Stream output, BulletinOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        options ??= new BulletinOptions();
        BulletinValidator.ThrowIfInvalid(document, options.Theme);
        var hints = WordLayoutHints.Unknown;
        if (options.Fonts is not null)
        {
            var layout = BulletinLayoutEngine.Layout(document, options);
            hints = new WordLayoutHints(layout.ItemPages, layout.Pages.Count, HeadingLines(layout), ArticleColumns(layout));
        }

        DocxWriter.Write(document, options.Theme, hints, output);
    }

    /// <summary>The printed lines of every headline, kicker, deck and 小标题 of <paramref name="layout"/>, keyed by their text.</summary>
    private static Dictionary<string, IReadOnlyList<string>> HeadingLines(LaidOutDocument layout)
    {
        var lines = new Dictionary<StructureNode, List<string>>(ReferenceEqualityComparer.Instance);
        foreach (var element in layout.Pages.SelectMany(page => page.Elements).OfType<TextLineElement>())
        {
            if (element.Structure is { Kind: StructureKind.Headline or StructureKind.Subheading or StructureKind.Kicker or StructureKind.Deck } node)
            {
                if (!lines.TryGetValue(node, out var list))
                {
                    lines.Add(node, list = []);
                }

                list.Add(element.Line.Text.Trim());
            }
        }

        var byText = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var heading in lines.Values)
        {
            byText.TryAdd(WordLayoutHints.Key(string.Concat(heading)), heading);
        }

        return byText;
    }

    /// <summary>
    /// The body columns of every article whose body paragraphs the layout set on one page, keyed by
    /// the headline's text: lines are grouped into columns by where they start (a column's lines
    /// start at its left edge, a first line one indent further in, and columns lie a column width apart).
    /// </summary>
    private static Dictionary<string, IReadOnlyList<IReadOnlyList<ColumnPiece>>> ArticleColumns(LaidOutDocument layout)
    {
        const double SameColumnPt = 40;
        var lines = new Dictionary<StructureNode, List<(int Page, TextLineElement Line)>>(ReferenceEqualityComparer.Instance);
        foreach (var page in layout.Pages)
        {
            foreach (var element in page.Elements.OfType<TextLineElement>())
            {
                if (element.Structure is { Kind: StructureKind.Paragraph, Parent: { Kind: StructureKind.Article, Title: not null } article })
                {
                    if (!lines.TryGetValue(article, out var list))
                    {
                        lines.Add(article, list = []);
                    }

                    list.Add((page.Number, element));
                }
            }
        }

        var result = new Dictionary<string, IReadOnlyList<IReadOnlyList<ColumnPiece>>>(StringComparer.Ordinal);
        foreach (var (article, articleLines) in lines)
        {
            if (articleLines.Select(line => line.Page).Distinct().Count() != 1)
            {
                continue;
            }

            var starts = articleLines.Select(line => line.Line.X).Order().ToList();
            var columnLefts = new List<double>();
            foreach (var x in starts)
            {
                if (columnLefts.Count == 0 || x - columnLefts[^1] > SameColumnPt)
                {
                    columnLefts.Add(x);
                }
            }

            var paragraphs = articleLines.Select(line => line.Line.Structure!).Distinct(ReferenceEqualityComparer.Instance).Cast<StructureNode>().ToList();
            var firstLine = new HashSet<TextLineElement>(articleLines.GroupBy(line => line.Line.Structure!).Select(group => group.First().Line), ReferenceEqualityComparer.Instance);
            var lastLine = new HashSet<TextLineElement>(articleLines.GroupBy(line => line.Line.Structure!).Select(group => group.Last().Line), ReferenceEqualityComparer.Instance);
            var columns = columnLefts.Select(_ => new List<ColumnPiece>()).ToList();
            foreach (var (_, line) in articleLines)
            {
                var column = columnLefts.FindLastIndex(left => line.X >= left - 0.01);
                var paragraph = paragraphs.IndexOf(line.Structure!);
                var pieces = columns[column];
                if (pieces.Count > 0 && pieces[^1].Paragraph == paragraph && !pieces[^1].Ends)
                {
                    pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + line.Line.Text, Ends = lastLine.Contains(line) };
                }
                else
                {
                    pieces.Add(new ColumnPiece(paragraph, line.Line.Text, firstLine.Contains(line), lastLine.Contains(line)));
                }
            }

            result.TryAdd(WordLayoutHints.Key(article.Title!), [.. columns]);
        }

        return result;
    }

    /// <summary>
    /// Validates <paramref name="document"/> and writes it to <paramref name="path"/> atomically:
    /// a temporary file beside the target is written, then moved over it, so a failure never leaves
    /// a half-written file or destroys an existing one.
    /// </summary>
    /// <exception cref="Validation.BulletinValidationException">The document or theme has problems; nothing was written.</exception>
    public static void WriteFile(BulletinDocument document, string path, BulletinOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrEmpty(path);
        AtomicFile.Write(path, stream => Write(document, stream, options));
    }
}
