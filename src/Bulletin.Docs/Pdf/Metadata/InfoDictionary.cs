using Bulletin.Docs.Pdf.Syntax;

namespace Bulletin.Docs.Pdf.Metadata;

/// <summary>The document information dictionary (ISO 32000-1, 14.3.3), from the same record as the XMP packet.</summary>
internal static class InfoDictionary
{
    public static int Write(PdfOutput output, DocumentInfo info)
    {
        var body = new PdfBuffer();
        body.Raw("<<"u8);
        Entry(body, "/Title"u8, info.Title);
        Entry(body, "/Author"u8, info.Author);
        Entry(body, "/Subject"u8, info.Subject);
        Entry(body, "/Keywords"u8, info.Keywords);
        Entry(body, "/Creator"u8, info.Producer);
        Entry(body, "/Producer"u8, info.Producer);
        if (info.Created is { } created)
        {
            body.Raw("/CreationDate"u8).Literal(PdfDate.Info(created));
        }

        if (info.Modified is { } modified)
        {
            body.Raw("/ModDate"u8).Literal(PdfDate.Info(modified));
        }

        body.Raw(">>"u8);
        var number = output.Allocate();
        output.Write(number, body.Span);
        return number;
    }

    private static void Entry(PdfBuffer body, ReadOnlySpan<byte> key, string? value)
    {
        if (value is not null)
        {
            body.Raw(key).TextString(value);
        }
    }
}
