using System.Globalization;
using System.Text;
using System.Xml;
using Bulletin.Docs.Model;

namespace Bulletin.Docs.Word;

/// <summary>
/// Writes <c>docProps/core.xml</c> (ECMA-376 Part 2 §11) from the metadata only: a date that is not
/// in the model is left out, never taken from the clock.
/// </summary>
internal static class CorePropertiesWriter
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static byte[] Write(DocumentMetadata metadata)
    {
        var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false) };
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            writer.WriteStartDocument(standalone: true);
            writer.WriteStartElement("cp", "coreProperties", Cp);
            writer.WriteAttributeString("xmlns", "dc", null, Dc);
            writer.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
            writer.WriteAttributeString("xmlns", "xsi", null, Xsi);
            WriteIfSet(writer, "dc", "title", Dc, metadata.Title);
            WriteIfSet(writer, "dc", "subject", Dc, metadata.Subject);
            WriteIfSet(writer, "dc", "creator", Dc, metadata.Author);
            WriteIfSet(writer, "cp", "keywords", Cp, metadata.Keywords.Count > 0 ? string.Join("; ", metadata.Keywords) : null);
            WriteIfSet(writer, "dc", "language", Dc, metadata.Language);
            WriteDate(writer, "created", metadata.Created);
            WriteDate(writer, "modified", metadata.Modified);
            writer.WriteEndElement();
        }

        return buffer.ToArray();
    }

    private static void WriteIfSet(XmlWriter writer, string prefix, string name, string ns, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteElementString(prefix, name, ns, value);
        }
    }

    private static void WriteDate(XmlWriter writer, string name, DateTimeOffset? value)
    {
        if (value is not { } date)
        {
            return;
        }

        writer.WriteStartElement("dcterms", name, DcTerms);
        writer.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
        writer.WriteString(date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        writer.WriteEndElement();
    }
}
