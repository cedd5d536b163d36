using Bulletin.Docs.Composition;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>
/// Writes a validated bulletin as a .docx: builds every part in memory, then writes one
/// deterministic zip, so nothing reaches <c>output</c> unless the whole document was built.
/// </summary>
internal static class DocxWriter
{
    private const string WordprocessingNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Writes <paramref name="composed"/>, whose model the caller has validated against its theme.</summary>
    public static void Write(ComposedDocument composed, WordLayoutHints hints, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        Build(composed, hints).WriteTo(output);
    }

    /// <summary>Builds the whole .docx of <paramref name="composed"/> in memory, positioned at its start.</summary>
    public static MemoryStream ToArchive(ComposedDocument composed, WordLayoutHints hints) => Build(composed, hints).ToArchive();

    /// <summary>The complete package of <paramref name="composed"/>, not yet written.</summary>
    internal static DocxPackage Build(ComposedDocument composed, WordLayoutHints hints)
    {
        ArgumentNullException.ThrowIfNull(composed);
        ArgumentNullException.ThrowIfNull(hints);
        var document = composed.Source;
        var theme = composed.Theme;
        var language = WordLanguage.From(document.Metadata.Language);
        var package = new DocxPackage();

        var documentPart = package.AddPart("word/document.xml", DocxContentTypes.Document, ReadOnlyMemory<byte>.Empty, deflate: true);
        package.PackageRelationships.Add(DocxContentTypes.OfficeDocumentRelationship, "word/document.xml");
        package.AddPart("docProps/core.xml", DocxContentTypes.CoreProperties, CorePropertiesWriter.Write(document.Metadata), deflate: true);
        package.PackageRelationships.Add(DocxContentTypes.CorePropertiesRelationship, "docProps/core.xml");
        package.AddPart("docProps/app.xml", DocxContentTypes.ExtendedProperties, ExtendedPropertiesWriter.Write(), deflate: true);
        package.PackageRelationships.Add(DocxContentTypes.ExtendedPropertiesRelationship, "docProps/app.xml");

        package.AddXmlPart("word/styles.xml", DocxContentTypes.Styles, WithWordNamespace(StyleSheetBuilder.Build(theme, language)));
        documentPart.Relationships.Add(DocxContentTypes.StylesRelationship, "styles.xml");
        var embeddedFonts = hints.EmbeddedFonts;
        package.AddXmlPart("word/settings.xml", DocxContentTypes.Settings, WithWordNamespace(SettingsBuilder.Build(theme, language, embedsFonts: embeddedFonts.Count > 0)));
        documentPart.Relationships.Add(DocxContentTypes.SettingsRelationship, "settings.xml");
        var fontTablePart = package.AddPart("word/fontTable.xml", DocxContentTypes.FontTable, ReadOnlyMemory<byte>.Empty, deflate: true);
        fontTablePart.SetXml(WithWordNamespace(FontTableBuilder.Build(theme, FontTableBuilder.AddEmbeddedFonts(package, fontTablePart, embeddedFonts))));
        documentPart.Relationships.Add(DocxContentTypes.FontTableRelationship, "fontTable.xml");
        // Numbering is serialised after the body, when the number of ordered lists is known.
        var numberingPart = package.AddPart("word/numbering.xml", DocxContentTypes.Numbering, ReadOnlyMemory<byte>.Empty, deflate: true);
        documentPart.Relationships.Add(DocxContentTypes.NumberingRelationship, "numbering.xml");

        var context = new WordRenderContext(theme, language, package, documentPart, BookmarkNamesOf(composed), hints)
        {
            Pages = composed.Pages,
            Faces = composed.Faces,
        };
        var headersAndFooters = HeaderFooterBuilder.Build(context, package);
        var body = new BulletinBodyRenderer(context, new BodyFlow(context, headersAndFooters)).Render(composed);
        WordMakeUp.Apply(body, hints.MakeUp);

        numberingPart.SetXml(WithWordNamespace(NumberingBuilder.Build(theme, context.OrderedListCount)));
        var root = new W.Document(body);
        root.AddNamespaceDeclaration("w", WordprocessingNamespace);
        root.AddNamespaceDeclaration("r", RelationshipsNamespace);
        root.AddNamespaceDeclaration("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
        root.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        root.AddNamespaceDeclaration("pic", "http://schemas.openxmlformats.org/drawingml/2006/picture");
        documentPart.SetXml(root);
        return package;
    }

    private static BookmarkNames BookmarkNamesOf(ComposedDocument composed) =>
        new(composed.Source.Items, composed.Contents?.Select(entry => entry.Item));

    private static T WithWordNamespace<T>(T root)
        where T : DocumentFormat.OpenXml.OpenXmlElement
    {
        root.AddNamespaceDeclaration("w", WordprocessingNamespace);
        root.AddNamespaceDeclaration("r", RelationshipsNamespace);
        return root;
    }
}
