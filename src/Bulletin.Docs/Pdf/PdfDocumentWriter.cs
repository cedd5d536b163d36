using Bulletin.Docs.Layout;
using Bulletin.Docs.Rendering;

namespace Bulletin.Docs.Pdf;

/// <summary>Serialises a laid-out document as a PDF (ISO 32000-1).</summary>
internal static class PdfDocumentWriter
{
    public static void Write(LaidOutDocument document, Stream output, PdfOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        PdfPainter.Paint(document, output);
    }
}
