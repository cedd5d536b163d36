using Bulletin.Docs.Layout;
using Bulletin.Docs.Pdf.Fonts;
using Bulletin.Docs.Pdf.Metadata;
using Bulletin.Docs.Pdf.Navigation;
using Bulletin.Docs.Pdf.Pages;
using Bulletin.Docs.Pdf.Structure;
using Bulletin.Docs.Pdf.Syntax;

namespace Bulletin.Docs.Pdf;

/// <summary>
/// Serialises a laid-out document as a tagged PDF 1.7 (ISO 32000-1): pages written as they come,
/// then the fonts, the structure tree, the outline, the named destinations, the metadata and the
/// catalog. Everything is written from managed code, so a failing stream throws to the caller.
/// </summary>
internal static class PdfDocumentWriter
{
    /// <summary>Writes <paramref name="document"/> to <paramref name="output"/>, which the caller has checked is writable.</summary>
    public static void Write(LaidOutDocument document, Stream output, PdfOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        using var pdf = new PdfOutput(output);
        var catalog = pdf.Allocate();
        var pagesRoot = pdf.Allocate();
        var fonts = new PdfFontTable(pdf);
        var marked = new MarkedContent();
        var pages = new PageWriter(pdf, new PageContent(fonts, new ImageTable(pdf, options.MaxImageDpi, rgbOnly: options.Conformance != PdfConformance.None), marked), pagesRoot);
        foreach (var page in document.Pages)
        {
            pages.Write(page);
        }

        fonts.WriteAll();
        WritePageTree(pdf, pagesRoot, pages.PageObjects);
        var structure = StructureTreeWriter.Write(pdf, document.Structure, marked, pages.PageObjects);
        var outline = OutlineWriter.Write(pdf, document.Structure, marked, pages.PageObjects);
        var destinations = NamedDestinations.Write(pdf, pages.Destinations);
        var info = DocumentInfo.Of(document.Metadata);
        var infoObject = InfoDictionary.Write(pdf, info);
        var metadata = pdf.Allocate();
        pdf.WriteStream(metadata, "/Type/Metadata/Subtype/XML"u8, XmpPacket.Of(info, Identification(options.Conformance)), compress: false);
        var outputIntent = options.Conformance == PdfConformance.None ? (int?)null : OutputIntent.Write(pdf);

        var body = new PdfBuffer();
        body.Raw("<</Type/Catalog/Pages "u8).Reference(pagesRoot)
            .Raw("/Lang"u8).TextString(info.Language)
            .Raw("/Metadata "u8).Reference(metadata)
            .Raw("/MarkInfo<</Marked true>>/StructTreeRoot "u8).Reference(structure)
            .Raw("/ViewerPreferences<</DisplayDocTitle true>>"u8);
        if (outline is { } outlines)
        {
            body.Raw("/Outlines "u8).Reference(outlines).Raw("/PageMode/UseOutlines"u8);
        }

        if (destinations is { } dests)
        {
            body.Raw("/Names<</Dests "u8).Reference(dests).Raw(">>"u8);
        }

        if (document.FirstPageNumber is > 1 and var first)
        {
            // ISO 32000-1 §12.4.2: viewers show the printed folios (2, 3 … for a 第2版), decimal from the first page.
            body.Raw("/PageLabels<</Nums[0<</S/D/St "u8).Integer(first).Raw(">>]>>"u8);
        }

        if (outputIntent is { } intent)
        {
            body.Raw("/OutputIntents["u8).Reference(intent).Raw((byte)']');
        }

        body.Raw(">>"u8);
        pdf.Write(catalog, body.Span);
        pdf.Finish(catalog, infoObject);
    }

    /// <summary>The PDF/A part and level a conformance declares (ISO 19005-2, 6.6.4).</summary>
    private static (int Part, char Level)? Identification(PdfConformance conformance) => conformance switch
    {
        PdfConformance.None => null,
        PdfConformance.PdfA2b => (2, 'B'),
        PdfConformance.PdfA2u => (2, 'U'),
        PdfConformance.PdfA2a => (2, 'A'),
        _ => throw new ArgumentOutOfRangeException(nameof(conformance), conformance, "Unknown PDF conformance."),
    };

    private static void WritePageTree(PdfOutput pdf, int root, IReadOnlyList<int> pages)
    {
        var body = new PdfBuffer(pages.Count * 8 + 64);
        body.Raw("<</Type/Pages/Count "u8).Integer(pages.Count).Raw("/Kids["u8);
        foreach (var page in pages)
        {
            body.Reference(page).Space();
        }

        body.Raw("]>>"u8);
        pdf.Write(root, body.Span);
    }
}
