using Bulletin.Docs.Layout;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Model;
using Bulletin.Docs.Validation;
using Bulletin.Docs.Word;

namespace Bulletin.Docs;

/// <summary>
/// Writes bulletins as Word documents (.docx). Every method validates first and writes nothing for
/// an invalid bulletin; same document and options give the same bytes. Thread-safe: different
/// documents may be written at once from any threads. When <see cref="BulletinOptions.Fonts"/> is
/// given, the document is also laid out as for the PDF (which validates that the fonts cover every
/// character) and the Word file carries what the layout found: the page numbers as the cached
/// results of the contents box's PAGEREF and the footers' NUMPAGES fields (shown before the reader
/// updates fields), the heading balancer's line breaks, and the boxed commentary's columns.
/// With <see cref="Word.WordOptions.EmbedFonts"/> it also embeds the faces the layout drew with;
/// every method then throws <see cref="ArgumentException"/> without <see cref="BulletinOptions.Fonts"/>,
/// and passes on the layout's <see cref="BulletinException"/> for a document the layout refuses.
/// </summary>
public static class BulletinDocx
{
    /// <summary>
    /// Validates <paramref name="document"/> and writes it as a .docx to <paramref name="output"/>
    /// with synchronous writes (the whole file is built in memory first, then written in one call).
    /// Nothing is written when validation fails. Same document and options give the same bytes.
    /// For a stream that forbids synchronous I/O use <see cref="WriteAsync"/>.
    /// </summary>
    /// <param name="document">The bulletin.</param>
    /// <param name="output">Any writable stream; it need not be seekable. It is not closed.</param>
    /// <param name="options">Theme and fonts; defaults when <c>null</c>.</param>
    /// <exception cref="Validation.BulletinValidationException">The document or theme has problems; nothing was written.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    /// <exception cref="IOException">The stream failed; what it threw is passed on unchanged.</exception>
    public static void Write(BulletinDocument document, Stream output, BulletinOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        OutputStreams.CheckWritable(output, nameof(output));
        var (theme, hints, embeddedFonts) = Prepare(document, options ?? new BulletinOptions());
        DocxWriter.Write(document, theme, hints, output, embeddedFonts);
    }

    /// <summary>
    /// Validates <paramref name="document"/> and writes it as a .docx to <paramref name="output"/>
    /// with asynchronous writes only, so it works on streams that forbid synchronous I/O (ASP.NET
    /// Core's response body). The file is built in memory, then written and flushed.
    /// </summary>
    /// <param name="document">The bulletin.</param>
    /// <param name="output">Any writable stream; it need not be seekable. It is not closed.</param>
    /// <param name="options">Theme and fonts; defaults when <c>null</c>.</param>
    /// <param name="cancellationToken">Checked before building and while writing; nothing is written once it is cancelled before the write starts.</param>
    /// <exception cref="Validation.BulletinValidationException">The document or theme has problems; nothing was written.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task WriteAsync(BulletinDocument document, Stream output, BulletinOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        OutputStreams.CheckWritable(output, nameof(output));
        cancellationToken.ThrowIfCancellationRequested();
        using var buffer = ToArchive(document, options ?? new BulletinOptions());
        await OutputStreams.CopyAsync(buffer, output, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Validates <paramref name="document"/> and returns the .docx file's bytes.</summary>
    /// <exception cref="Validation.BulletinValidationException">The document or theme has problems.</exception>
    public static byte[] ToBytes(BulletinDocument document, BulletinOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var buffer = ToArchive(document, options ?? new BulletinOptions());
        return buffer.ToArray();
    }

    /// <summary>
    /// Validates <paramref name="document"/> and writes it to <paramref name="path"/> atomically
    /// (a failure never leaves a half-written file or destroys an existing one).
    /// </summary>
    /// <exception cref="Validation.BulletinValidationException">The document or theme has problems; nothing was written.</exception>
    /// <exception cref="IOException">The disk failed (full, read-only …); the target is unchanged and no temporary file is left.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or target may not be written; the target is unchanged.</exception>
    /// <remarks>
    /// The file is written to a temporary file beside the target (<c>.bulletin-{pid}-{8 hex}.tmp</c>,
    /// so any legal target name works), flushed to disk and renamed over the target: readers see the
    /// old file or the whole new one. A failure (validation, layout, a full or read-only disk)
    /// deletes the temporary file and leaves the target as it was. The new file keeps the target's
    /// permission bits; its owner and group are the writing process's. A symlink at the path is
    /// followed and the file it points to is replaced, the link kept. A process killed while writing
    /// leaves its temporary file; the next write into the same folder deletes such files once their
    /// process has ended and they are ten minutes old.
    /// </remarks>
    public static void WriteFile(BulletinDocument document, string path, BulletinOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var buffer = ToArchive(document, options ?? new BulletinOptions());
        AtomicFile.Write(path, stream => buffer.CopyTo(stream));
    }

    private static MemoryStream ToArchive(BulletinDocument document, BulletinOptions options)
    {
        var (theme, hints, embeddedFonts) = Prepare(document, options);
        return DocxWriter.ToArchive(document, theme, hints, embeddedFonts);
    }

    /// <summary>
    /// Validates (nothing is written for an invalid bulletin) and, with fonts given, lays out for the
    /// hints; when our layout refuses the document, the Word file is written without them.
    /// </summary>
    private static (Theme.BulletinTheme Theme, WordLayoutHints Hints, IReadOnlyList<EmbeddedFont> EmbeddedFonts) Prepare(BulletinDocument document, BulletinOptions options)
    {
        BulletinValidator.ThrowIfInvalid(document, options.Theme, fonts: null, options.MaxImagePixels);
        if (options.Fonts is null)
        {
            return options.Word.EmbedFonts
                ? throw new ArgumentException("WordOptions.EmbedFonts embeds the faces the PDF uses, so it needs BulletinOptions.Fonts; none are given.", nameof(options))
                : (options.Theme, WordLayoutHints.Unknown, []);
        }

        LaidOutDocument layout;
        try
        {
            layout = BulletinLayoutEngine.Layout(document, options);
        }
        catch (BulletinException) when (!options.Word.EmbedFonts)
        {
            // The hints only refine the Word file: a document our layout refuses (a character no
            // registered font covers, a block no page can hold) is still written, as without fonts.
            // Embedding needs the faces the layout drew with, so then the refusal is passed on.
            return (options.Theme, WordLayoutHints.Unknown, []);
        }

        var embeddedFonts = options.Word.EmbedFonts ? FontEmbedding.Build(options.Theme, options.Fonts, layout) : [];
        return (options.Theme, new WordLayoutHints(layout.ItemPages, layout.Pages.Count, HeadingLines(layout), ArticleColumns(layout)), embeddedFonts);
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
}
