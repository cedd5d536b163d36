using System.Text;
using System.Xml;

namespace Bulletin.Docs.Word;

/// <summary>
/// Writes <c>docProps/app.xml</c> (ECMA-376 Part 1 §22.2): the producing application only — no
/// template, no editing time, no statistics, so the part is the same for every write.
/// </summary>
internal static class ExtendedPropertiesWriter
{
    /// <summary>The application name written into the part.</summary>
    public const string Application = "Bulletin.Docs";

    private const string Namespace = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";

    public static byte[] Write()
    {
        var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false) };
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            writer.WriteStartDocument(standalone: true);
            writer.WriteStartElement("Properties", Namespace);
            writer.WriteElementString("Application", Namespace, Application);
            writer.WriteEndElement();
        }

        return buffer.ToArray();
    }
}
