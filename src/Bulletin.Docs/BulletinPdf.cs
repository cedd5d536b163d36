using Bulletin.Docs.Layout;
using Bulletin.Docs.Model;
using Bulletin.Docs.Pdf;

namespace Bulletin.Docs;

/// <summary>Writes bulletins as PDF, laid out with Chinese line breaking, compression and justification.</summary>
public static class BulletinPdf
{
    /// <summary>
    /// Validates and lays out <paramref name="document"/> and writes it as a PDF to <paramref name="output"/>.
    /// Nothing is written when validation or the font coverage check fails.
    /// </summary>
    /// <exception cref="Validation.BulletinValidationException">The document or theme has problems, or text no registered font covers; nothing was written.</exception>
    /// <exception cref="BulletinLayoutException">A block cannot be placed on any page; nothing was written.</exception>
    public static void Write(BulletinDocument document, Stream output, BulletinOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        Write(BulletinLayoutEngine.Layout(document, options), output, options?.Pdf);
    }

    /// <summary>Writes an already laid-out document as a PDF (lay out once, then write PDF and PNG).</summary>
    /// <param name="layout">The laid-out pages.</param>
    /// <param name="output">Any writable stream; it need not be seekable. It is not closed.</param>
    /// <param name="options">PDF/A conformance and image resolution; defaults when <c>null</c>.</param>
    public static void Write(LaidOutDocument layout, Stream output, PdfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(output);
        PdfDocumentWriter.Write(layout, output, options ?? new PdfOptions());
    }

    /// <summary>
    /// Writes a PDF to <paramref name="path"/> atomically: a failure never leaves a half-written file
    /// or destroys an existing one.
    /// </summary>
    /// <exception cref="Validation.BulletinValidationException">The document or theme has problems; nothing was written.</exception>
    /// <exception cref="BulletinLayoutException">A block cannot be placed on any page; nothing was written.</exception>
    public static void WriteFile(BulletinDocument document, string path, BulletinOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var layout = BulletinLayoutEngine.Layout(document, options);
        WriteFile(layout, path, options?.Pdf);
    }

    /// <summary>Writes an already laid-out document to <paramref name="path"/> atomically.</summary>
    public static void WriteFile(LaidOutDocument layout, string path, PdfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var pdf = options ?? new PdfOptions();
        AtomicFile.Write(path, stream => PdfDocumentWriter.Write(layout, stream, pdf));
    }
}
