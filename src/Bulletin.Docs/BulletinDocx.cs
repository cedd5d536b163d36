using Bulletin.Docs.Composition;
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
/// updates fields), the heading balancer's line breaks, and the boxed commentary's columns; on
/// pages of one column also the layout's page make-up (a page break where each PDF page starts, a
/// figure the layout moved to a page's head set there) and the breaks of the lines it set tighter
/// or looser than Word would fill them (as character spacing).
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
    /// For a stream that forbids synchronous I/O use <see cref="WriteAsync(BulletinDocument, Stream, BulletinOptions?, CancellationToken)"/>.
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
        var (composed, hints) = Prepare(document, options ?? new BulletinOptions());
        DocxWriter.Write(composed, hints, output);
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

    /// <summary>
    /// Writes the Word file of a document already laid out by <see cref="BulletinLayoutEngine.Layout"/>:
    /// the same headings, page numbers and commentary columns as that layout's PDF, without laying
    /// out again (lay out once, then write DOCX, PDF and PNG). Synchronous writes, one call.
    /// </summary>
    /// <param name="layout">A layout made by <see cref="BulletinLayoutEngine.Layout"/>, which validated the document.</param>
    /// <param name="output">Any writable stream; it need not be seekable. It is not closed.</param>
    /// <param name="options">Whether to embed the faces the layout drew with; defaults when <c>null</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="layout"/> was not made by <see cref="BulletinLayoutEngine.Layout"/>, or <paramref name="output"/> is not writable.</exception>
    /// <exception cref="IOException">The stream failed; what it threw is passed on unchanged.</exception>
    public static void Write(LaidOutDocument layout, Stream output, WordOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        OutputStreams.CheckWritable(output, nameof(output));
        var (composed, hints) = FromLayout(layout, options ?? new WordOptions());
        DocxWriter.Write(composed, hints, output);
    }

    /// <summary>As <see cref="Write(LaidOutDocument, Stream, WordOptions?)"/>, with asynchronous writes only (for streams that forbid synchronous I/O).</summary>
    /// <param name="layout">A layout made by <see cref="BulletinLayoutEngine.Layout"/>.</param>
    /// <param name="output">Any writable stream; it need not be seekable. It is not closed.</param>
    /// <param name="options">Whether to embed the faces the layout drew with; defaults when <c>null</c>.</param>
    /// <param name="cancellationToken">Checked before building and while writing.</param>
    /// <exception cref="ArgumentException"><paramref name="layout"/> was not made by <see cref="BulletinLayoutEngine.Layout"/>, or <paramref name="output"/> is not writable.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task WriteAsync(LaidOutDocument layout, Stream output, WordOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layout);
        OutputStreams.CheckWritable(output, nameof(output));
        cancellationToken.ThrowIfCancellationRequested();
        using var buffer = ToArchive(layout, options);
        await OutputStreams.CopyAsync(buffer, output, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The .docx bytes of a document already laid out by <see cref="BulletinLayoutEngine.Layout"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="layout"/> was not made by <see cref="BulletinLayoutEngine.Layout"/>.</exception>
    /// <param name="layout">A layout made by <see cref="BulletinLayoutEngine.Layout"/>.</param>
    /// <param name="options">Whether to embed the faces the layout drew with; defaults when <c>null</c>.</param>
    public static byte[] ToBytes(LaidOutDocument layout, WordOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        using var buffer = ToArchive(layout, options);
        return buffer.ToArray();
    }

    /// <summary>
    /// Writes the Word file of a document already laid out by <see cref="BulletinLayoutEngine.Layout"/>
    /// to <paramref name="path"/> atomically, as <see cref="WriteFile(BulletinDocument, string, BulletinOptions?)"/> does.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="layout"/> was not made by <see cref="BulletinLayoutEngine.Layout"/>.</exception>
    /// <exception cref="IOException">The disk failed (full, read-only …); the target is unchanged and no temporary file is left.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or target may not be written; the target is unchanged.</exception>
    /// <param name="layout">A layout made by <see cref="BulletinLayoutEngine.Layout"/>.</param>
    /// <param name="path">The file to write.</param>
    /// <param name="options">Whether to embed the faces the layout drew with; defaults when <c>null</c>.</param>
    public static void WriteFile(LaidOutDocument layout, string path, WordOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var buffer = ToArchive(layout, options);
        AtomicFile.Write(path, stream => buffer.CopyTo(stream));
    }

    private static MemoryStream ToArchive(BulletinDocument document, BulletinOptions options)
    {
        var (composed, hints) = Prepare(document, options);
        return DocxWriter.ToArchive(composed, hints);
    }

    private static MemoryStream ToArchive(LaidOutDocument layout, WordOptions? options)
    {
        var (composed, hints) = FromLayout(layout, options ?? new WordOptions());
        return DocxWriter.ToArchive(composed, hints);
    }

    /// <summary>
    /// Validates (nothing is written for an invalid bulletin) and composes; with fonts given, the
    /// composition's headings are broken as our layout sets them and the layout gives the hints.
    /// When our layout refuses the document, the Word file is written as without fonts, unless it
    /// is to embed the faces the layout draws with: then the refusal is passed on.
    /// </summary>
    private static (ComposedDocument Composed, WordLayoutHints Hints) Prepare(BulletinDocument document, BulletinOptions options)
    {
        BulletinValidator.ThrowIfInvalid(document, options.Theme, fonts: null, options.MaxImagePixels);
        if (options.Fonts is null)
        {
            return options.Word.EmbedFonts
                ? throw new ArgumentException("WordOptions.EmbedFonts embeds the faces the PDF uses, so it needs BulletinOptions.Fonts; none are given.", nameof(options))
                : (BulletinComposer.Compose(document, options.Theme, new EstimatedTextFacts(options.Theme)), WordLayoutHints.Unknown);
        }

        try
        {
            return FromLayout(BulletinLayoutEngine.Layout(document, options), options.Word);
        }
        catch (BulletinException) when (!options.Word.EmbedFonts)
        {
            // The layout only refines the Word file: a document it refuses (a character no
            // registered font covers, a block no page can hold) is still written, as without fonts.
            return (BulletinComposer.Compose(document, options.Theme, new EstimatedTextFacts(options.Theme)), WordLayoutHints.Unknown);
        }
    }

    /// <summary>The composition a layout set, and what the Word file carries over from the layout.</summary>
    private static (ComposedDocument Composed, WordLayoutHints Hints) FromLayout(LaidOutDocument layout, WordOptions options)
    {
        if (layout.Composition is not { } composed || layout.Fonts is not { } fonts)
        {
            throw new ArgumentException("The layout was not made by BulletinLayoutEngine.Layout, so it carries no document to write as Word.", nameof(layout));
        }

        var hints = new WordLayoutHints(layout.ItemPages, layout.Pages.Count, ArticleColumns(layout))
        {
            Modules = layout.Modules.Where(module => module is { AsModule: true, Item: not null }).ToDictionary<ModuleReport, BulletinItem>(module => module.Item!, ReferenceEqualityComparer.Instance),
            EmbeddedFonts = options.EmbedFonts ? FontEmbedding.Build(composed.Theme, fonts, layout) : [],
            MakeUp = WordMakeUp.Of(layout, composed.Theme),
            MastheadGridPt = layout.MastheadGridPt,
            // On pages of many columns a later line may stand higher in a column to its left, so
            // there the body keeps model order.
            ItemPlaces = composed.Theme.Page.Columns == 1 ? layout.ItemPlaces : new Dictionary<BulletinItem, (int Page, double Baseline, double X)>(),
        };
        return (composed, hints);
    }

    /// <summary>
    /// The body columns of every article whose body paragraphs the layout set on one page, keyed by
    /// the article (by reference): lines are grouped into columns by where they start (a column's lines
    /// start at its left edge, a first line one indent further in, and columns lie a column width apart).
    /// </summary>
    private static Dictionary<BulletinItem, IReadOnlyList<IReadOnlyList<ColumnPiece>>> ArticleColumns(LaidOutDocument layout)
    {
        const double SameColumnPt = 40;
        var lines = new Dictionary<StructureNode, List<(int Page, TextLineElement Line)>>(ReferenceEqualityComparer.Instance);
        foreach (var page in layout.Pages)
        {
            foreach (var element in page.Elements.OfType<TextLineElement>())
            {
                if (element.Structure is { Kind: StructureKind.Paragraph, Parent: { Kind: StructureKind.Article, Item: not null } article })
                {
                    if (!lines.TryGetValue(article, out var list))
                    {
                        lines.Add(article, list = []);
                    }

                    list.Add((page.Number, element));
                }
            }
        }

        var result = new Dictionary<BulletinItem, IReadOnlyList<IReadOnlyList<ColumnPiece>>>(ReferenceEqualityComparer.Instance);
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

            result.TryAdd(article.Item!, [.. columns]);
        }

        return result;
    }
}
