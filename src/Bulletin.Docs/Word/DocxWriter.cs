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

    /// <summary>Writes <paramref name="document"/>, which the caller has validated against <paramref name="theme"/>.</summary>
    public static void Write(BulletinDocument document, BulletinTheme theme, WordLayoutHints hints, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(theme);
        ArgumentNullException.ThrowIfNull(hints);
        ArgumentNullException.ThrowIfNull(output);
        Build(document, theme, hints).WriteTo(output);
    }

    /// <summary>Builds the whole .docx of a validated <paramref name="document"/> in memory, positioned at its start.</summary>
    public static MemoryStream ToArchive(BulletinDocument document, BulletinTheme theme, WordLayoutHints hints)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(theme);
        ArgumentNullException.ThrowIfNull(hints);
        return Build(document, theme, hints).ToArchive();
    }

    /// <summary>The complete package of <paramref name="document"/>, not yet written.</summary>
    internal static DocxPackage Build(BulletinDocument document, BulletinTheme theme, WordLayoutHints hints)
    {
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
        package.AddXmlPart("word/settings.xml", DocxContentTypes.Settings, WithWordNamespace(SettingsBuilder.Build(theme, language)));
        documentPart.Relationships.Add(DocxContentTypes.SettingsRelationship, "settings.xml");
        package.AddXmlPart("word/fontTable.xml", DocxContentTypes.FontTable, WithWordNamespace(FontTableBuilder.Build(theme)));
        documentPart.Relationships.Add(DocxContentTypes.FontTableRelationship, "fontTable.xml");
        // Numbering is serialised after the body, when the number of ordered lists is known.
        var numberingPart = package.AddPart("word/numbering.xml", DocxContentTypes.Numbering, ReadOnlyMemory<byte>.Empty, deflate: true);
        documentPart.Relationships.Add(DocxContentTypes.NumberingRelationship, "numbering.xml");

        var context = new WordRenderContext(theme, language, package, documentPart, BookmarkNamesOf(document, theme), hints)
        {
            Pages = EditionPages.Of(document, theme),
            EditionLabel = PrintedForms.EditionLabel(document),
        };
        var headersAndFooters = HeaderFooterBuilder.Build(context, package);
        var body = new BulletinBodyRenderer(context, new BodyFlow(context, headersAndFooters)).Render(document);

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

    private static BookmarkNames BookmarkNamesOf(BulletinDocument document, Theme.BulletinTheme theme) =>
        new(document.Items, theme.Contents ? PrintedForms.ContentsEntries(document).Select(entry => entry.Item) : null);

    private static T WithWordNamespace<T>(T root)
        where T : DocumentFormat.OpenXml.OpenXmlElement
    {
        root.AddNamespaceDeclaration("w", WordprocessingNamespace);
        root.AddNamespaceDeclaration("r", RelationshipsNamespace);
        return root;
    }
}
