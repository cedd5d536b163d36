using System.Text;
using System.Xml;

namespace Bulletin.Docs.Pdf.Metadata;

/// <summary>
/// The document's XMP metadata packet (ISO 32000-1, 14.3.2; ISO 16684-1): Dublin Core title,
/// creator, description and language, the PDF and XMP basic schemas, and the PDF/A identification
/// (ISO 19005-2, 6.6.4) when a conformance level is declared. No instance ids: they would have to
/// be random or hashed from bytes not yet written, and PDF/A does not ask for them.
/// </summary>
internal static class XmpPacket
{
    /// <param name="info">The document's properties.</param>
    /// <param name="conformance">The PDF/A part and level declared (6.6.4: part 2, level A, B or U), or <c>null</c>.</param>
    public static byte[] Of(DocumentInfo info, (int Part, char Level)? conformance)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, OmitXmlDeclaration = true };
        using var memory = new MemoryStream();
        memory.Write("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"u8);
        using (var xml = XmlWriter.Create(memory, settings))
        {
            const string rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
            const string dc = "http://purl.org/dc/elements/1.1/";
            const string pdf = "http://ns.adobe.com/pdf/1.3/";
            const string xmp = "http://ns.adobe.com/xap/1.0/";
            const string pdfaid = "http://www.aiim.org/pdfa/ns/id/";
            xml.WriteStartElement("x", "xmpmeta", "adobe:ns:meta/");
            xml.WriteStartElement("rdf", "RDF", rdf);
            xml.WriteStartElement("rdf", "Description", rdf);
            xml.WriteAttributeString("rdf", "about", rdf, string.Empty);
            xml.WriteAttributeString("xmlns", "dc", null, dc);
            xml.WriteAttributeString("xmlns", "pdf", null, pdf);
            xml.WriteAttributeString("xmlns", "xmp", null, xmp);
            if (conformance is not null)
            {
                xml.WriteAttributeString("xmlns", "pdfaid", null, pdfaid);
            }

            xml.WriteElementString("pdf", "Producer", pdf, info.Producer);
            xml.WriteElementString("xmp", "CreatorTool", xmp, info.Producer);
            if (info.Keywords is { } keywords)
            {
                xml.WriteElementString("pdf", "Keywords", pdf, keywords);
            }

            if (info.Created is { } created)
            {
                xml.WriteElementString("xmp", "CreateDate", xmp, PdfDate.Xmp(created));
            }

            if (info.Modified is { } modified)
            {
                xml.WriteElementString("xmp", "ModifyDate", xmp, PdfDate.Xmp(modified));
            }

            if (info.Title is { } title)
            {
                LanguageAlternative(xml, "title", title);
            }

            if (info.Subject is { } subject)
            {
                LanguageAlternative(xml, "description", subject);
            }

            if (info.Author is { } author)
            {
                xml.WriteStartElement("dc", "creator", dc);
                xml.WriteStartElement("rdf", "Seq", rdf);
                xml.WriteElementString("rdf", "li", rdf, author);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteStartElement("dc", "language", dc);
            xml.WriteStartElement("rdf", "Bag", rdf);
            xml.WriteElementString("rdf", "li", rdf, info.Language);
            xml.WriteEndElement();
            xml.WriteEndElement();

            xml.WriteElementString("dc", "format", dc, "application/pdf");
            if (conformance is { } declared)
            {
                xml.WriteElementString("pdfaid", "part", pdfaid, declared.Part.ToString(System.Globalization.CultureInfo.InvariantCulture));
                xml.WriteElementString("pdfaid", "conformance", pdfaid, declared.Level.ToString());
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        memory.Write("\n<?xpacket end=\"w\"?>"u8);
        return memory.ToArray();
    }

    private static void LanguageAlternative(XmlWriter xml, string property, string value)
    {
        const string rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
        xml.WriteStartElement("dc", property, "http://purl.org/dc/elements/1.1/");
        xml.WriteStartElement("rdf", "Alt", rdf);
        xml.WriteStartElement("rdf", "li", rdf);
        xml.WriteAttributeString("xml", "lang", null, "x-default");
        xml.WriteString(value);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}
