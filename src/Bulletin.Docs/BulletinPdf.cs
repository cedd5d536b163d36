using Bulletin.Docs.Layout;
using Bulletin.Docs.Model;
using Bulletin.Docs.Pdf;

namespace Bulletin.Docs;

/// <summary>
/// Writes bulletins as PDF, laid out with Chinese line breaking, compression and justification.
/// Every method validates (including font coverage) before anything is written. Thread-safe:
/// different documents may be written at once from any threads.
/// </summary>
public static class BulletinPdf
{
    /// <summary>
    /// Validates and lays out <paramref name="document"/> and writes it as a PDF to <paramref name="output"/>.
    /// Nothing is written when validation or the font coverage check fails.
    /// </summary>
    /// <exception cref="Validation.BulletinValidationException">The document or theme has problems, or text no registered font covers; nothing was written.</exception>
    /// <exception cref="BulletinLayoutException">A block cannot be placed on any page; nothing was written.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    public static void Write(BulletinDocument document, Stream output, BulletinOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        OutputStreams.CheckWritable(output, nameof(output));
        Write(BulletinLayoutEngine.Layout(document, options), output, options?.Pdf);
    }

    /// <summary>Writes an already laid-out document as a PDF (lay out once, then write PDF and PNG).</summary>
    /// <param name="layout">The laid-out pages.</param>
    /// <param name="output">Any writable stream; it need not be seekable. It is not closed.</param>
    /// <param name="options">PDF/A conformance and image resolution; defaults when <c>null</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    /// <exception cref="ArgumentException"><paramref name="layout"/> has no pages, or a page whose width or height is outside 3–14400 pt (ISO 32000-1 Annex C); nothing was written.</exception>
    public static void Write(LaidOutDocument layout, Stream output, PdfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        LayoutArguments.ThrowIfNotWritableAsPdf(layout, nameof(layout));
        OutputStreams.CheckWritable(output, nameof(output));
        PdfDocumentWriter.Write(layout, output, options ?? new PdfOptions());
    }

    /// <summary>
    /// Validates and lays out <paramref name="document"/> and writes the PDF to <paramref name="output"/>
    /// with asynchronous writes only, so it works on streams that forbid synchronous I/O (ASP.NET
    /// Core's response body). The PDF is made in memory, then written and flushed.
    /// </summary>
    /// <param name="document">The bulletin.</param>
    /// <param name="output">Any writable stream; it need not be seekable. It is not closed.</param>
    /// <param name="options">Theme, fonts and PDF options; defaults when <c>null</c>.</param>
    /// <param name="cancellationToken">Checked before laying out, before making the PDF and while writing it.</param>
    /// <exception cref="Validation.BulletinValidationException">The document or theme has problems, or text no registered font covers; nothing was written.</exception>
    /// <exception cref="BulletinLayoutException">A block cannot be placed on any page; nothing was written.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task WriteAsync(BulletinDocument document, Stream output, BulletinOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        OutputStreams.CheckWritable(output, nameof(output));
        cancellationToken.ThrowIfCancellationRequested();
        return WriteAsync(BulletinLayoutEngine.Layout(document, options), output, options?.Pdf, cancellationToken);
    }

    /// <summary>
    /// Writes an already laid-out document as a PDF to <paramref name="output"/> with asynchronous
    /// writes only; the PDF is made in memory, then written and flushed.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="ArgumentException"><paramref name="layout"/> has no pages, or a page whose width or height is outside 3–14400 pt (ISO 32000-1 Annex C); nothing was written.</exception>
    public static async Task WriteAsync(LaidOutDocument layout, Stream output, PdfOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layout);
        LayoutArguments.ThrowIfNotWritableAsPdf(layout, nameof(layout));
        OutputStreams.CheckWritable(output, nameof(output));
        cancellationToken.ThrowIfCancellationRequested();
        using var buffer = new MemoryStream();
        PdfDocumentWriter.Write(layout, buffer, options ?? new PdfOptions());
        await OutputStreams.CopyAsync(buffer, output, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Validates and lays out <paramref name="document"/> and returns the PDF file's bytes.</summary>
    /// <exception cref="Validation.BulletinValidationException">The document or theme has problems, or text no registered font covers.</exception>
    /// <exception cref="BulletinLayoutException">A block cannot be placed on any page.</exception>
    public static byte[] ToBytes(BulletinDocument document, BulletinOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ToBytes(BulletinLayoutEngine.Layout(document, options), options?.Pdf);
    }

    /// <summary>Returns the PDF file's bytes of an already laid-out document.</summary>
    /// <exception cref="ArgumentException"><paramref name="layout"/> has no pages, or a page whose width or height is outside 3–14400 pt (ISO 32000-1 Annex C); nothing was written.</exception>
    public static byte[] ToBytes(LaidOutDocument layout, PdfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        LayoutArguments.ThrowIfNotWritableAsPdf(layout, nameof(layout));
        using var buffer = new MemoryStream();
        PdfDocumentWriter.Write(layout, buffer, options ?? new PdfOptions());
        return buffer.ToArray();
    }

    /// <summary>
    /// Writes a PDF to <paramref name="path"/> atomically: a failure never leaves a half-written file
    /// or destroys an existing one.
    /// </summary>
    /// <exception cref="Validation.BulletinValidationException">The document or theme has problems; nothing was written.</exception>
    /// <exception cref="BulletinLayoutException">A block cannot be placed on any page; nothing was written.</exception>
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
        var layout = BulletinLayoutEngine.Layout(document, options);
        WriteFile(layout, path, options?.Pdf);
    }

    /// <summary>Writes an already laid-out document to <paramref name="path"/> atomically.</summary>
    /// <exception cref="IOException">The disk failed (full, read-only …); the target is unchanged.</exception>
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
    /// <exception cref="ArgumentException"><paramref name="layout"/> has no pages, or a page whose width or height is outside 3–14400 pt (ISO 32000-1 Annex C); nothing was written.</exception>
    public static void WriteFile(LaidOutDocument layout, string path, PdfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        LayoutArguments.ThrowIfNotWritableAsPdf(layout, nameof(layout));
        ArgumentException.ThrowIfNullOrEmpty(path);
        var pdf = options ?? new PdfOptions();
        AtomicFile.Write(path, stream => PdfDocumentWriter.Write(layout, stream, pdf));
    }
}
