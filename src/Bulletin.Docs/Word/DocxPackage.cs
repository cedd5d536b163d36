using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;

namespace Bulletin.Docs.Word;

/// <summary>
/// The parts of a .docx (OPC, ECMA-376 Part 2) in the order they were added, with their content
/// types and relationships. Relationship ids are assigned in order (rId1, rId2 …) so the output is
/// stable; the zip is written by <see cref="DeterministicZip"/>.
/// </summary>
internal sealed class DocxPackage
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";

    private static readonly XmlWriterSettings XmlSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
        CloseOutput = false,
    };

    private readonly List<Part> parts = [];
    private readonly Relationships packageRelationships = new();

    /// <summary>Relationships of the package itself (<c>_rels/.rels</c>).</summary>
    public Relationships PackageRelationships => packageRelationships;

    /// <summary>Adds an XML part serialised from an Open XML element.</summary>
    public Part AddXmlPart(string path, string contentType, OpenXmlElement root) =>
        AddPart(path, contentType, Serialize(root), deflate: true);

    /// <summary>Adds a part of raw bytes (images are stored, XML is deflated).</summary>
    public Part AddPart(string path, string contentType, ReadOnlyMemory<byte> content, bool deflate)
    {
        var part = new Part(path, contentType, content, deflate);
        parts.Add(part);
        return part;
    }

    /// <summary>Writes the package: content types, package relationships, then every part followed by its relationships.</summary>
    public void WriteTo(Stream output) => ToArchive().CopyTo(output);

    /// <summary>The whole .docx in memory, positioned at its start.</summary>
    public MemoryStream ToArchive()
    {
        var entries = new List<DeterministicZip.Entry>(parts.Count * 2 + 2)
        {
            new("[Content_Types].xml", ContentTypes(), true),
            new("_rels/.rels", packageRelationships.Serialize(), true),
        };
        foreach (var part in parts)
        {
            entries.Add(new(part.Path, part.Content, part.Deflate));
            if (part.Relationships.Count > 0)
            {
                var folder = part.Path[..(part.Path.LastIndexOf('/') + 1)];
                var file = part.Path[(part.Path.LastIndexOf('/') + 1)..];
                entries.Add(new($"{folder}_rels/{file}.rels", part.Relationships.Serialize(), true));
            }
        }

        return DeterministicZip.Build(entries);
    }

    private static byte[] Serialize(OpenXmlElement root)
    {
        var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, XmlSettings))
        {
            writer.WriteStartDocument(standalone: true);
            root.WriteTo(writer);
            writer.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    private byte[] ContentTypes()
    {
        var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, XmlSettings))
        {
            writer.WriteStartDocument(standalone: true);
            writer.WriteStartElement("Types", ContentTypesNamespace);
            WriteDefault(writer, "rels", "application/vnd.openxmlformats-package.relationships+xml");
            WriteDefault(writer, "xml", "application/xml");
            WriteDefault(writer, "png", "image/png");
            WriteDefault(writer, "jpeg", "image/jpeg");
            foreach (var part in parts.Where(part => !part.Path.EndsWith(".png", StringComparison.Ordinal) && !part.Path.EndsWith(".jpeg", StringComparison.Ordinal)))
            {
                writer.WriteStartElement("Override", ContentTypesNamespace);
                writer.WriteAttributeString("PartName", "/" + part.Path);
                writer.WriteAttributeString("ContentType", part.ContentType);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        return buffer.ToArray();
    }

    private static void WriteDefault(XmlWriter writer, string extension, string contentType)
    {
        writer.WriteStartElement("Default", ContentTypesNamespace);
        writer.WriteAttributeString("Extension", extension);
        writer.WriteAttributeString("ContentType", contentType);
        writer.WriteEndElement();
    }

    /// <summary>A part of the package.</summary>
    public sealed class Part(string path, string contentType, ReadOnlyMemory<byte> content, bool deflate)
    {
        /// <summary>The part name without the leading slash, e.g. <c>word/document.xml</c>.</summary>
        public string Path { get; } = path;

        /// <summary>The MIME content type.</summary>
        public string ContentType { get; } = contentType;

        /// <summary>The bytes.</summary>
        public ReadOnlyMemory<byte> Content { get; set; } = content;

        /// <summary>Whether the bytes are deflated in the zip.</summary>
        public bool Deflate { get; } = deflate;

        /// <summary>The part's outgoing relationships.</summary>
        public Relationships Relationships { get; } = new();

        /// <summary>Replaces the content with a serialised element (the main document is serialised last).</summary>
        public void SetXml(OpenXmlElement root) => Content = Serialize(root);
    }

    /// <summary>Relationships numbered in the order they are added: rId1, rId2 ….</summary>
    public sealed class Relationships
    {
        private readonly List<(string Id, string Type, string Target, bool External)> items = [];

        /// <summary>The number of relationships.</summary>
        public int Count => items.Count;

        /// <summary>Adds a relationship and returns its id.</summary>
        public string Add(string type, string target, bool external = false)
        {
            var id = "rId" + (items.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            items.Add((id, type, target, external));
            return id;
        }

        /// <summary>The <c>.rels</c> XML.</summary>
        public byte[] Serialize()
        {
            var buffer = new MemoryStream();
            using (var writer = XmlWriter.Create(buffer, XmlSettings))
            {
                writer.WriteStartDocument(standalone: true);
                writer.WriteStartElement("Relationships", RelationshipsNamespace);
                foreach (var (id, type, target, external) in items)
                {
                    writer.WriteStartElement("Relationship", RelationshipsNamespace);
                    writer.WriteAttributeString("Id", id);
                    writer.WriteAttributeString("Type", type);
                    writer.WriteAttributeString("Target", target);
                    if (external)
                    {
                        writer.WriteAttributeString("TargetMode", "External");
                    }

                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }

            return buffer.ToArray();
        }
    }
}
