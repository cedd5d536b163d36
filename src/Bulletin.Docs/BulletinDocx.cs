using Bulletin.Docs.Model;
using Bulletin.Docs.Word;

namespace Bulletin.Docs;

/// <summary>Writes bulletins as Word documents (.docx).</summary>
public static class BulletinDocx
{
    /// <summary>
    /// Validates <paramref name="document"/> and writes it as a .docx to <paramref name="output"/>.
    /// Nothing is written when validation fails. Same document and options give the same bytes.
    /// </summary>
    /// <exception cref="Validation.BulletinValidationException">The document or theme has problems; nothing was written.</exception>
    public static void Write(BulletinDocument document, Stream output, BulletinOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        DocxWriter.Write(document, options ?? new BulletinOptions(), output);
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
