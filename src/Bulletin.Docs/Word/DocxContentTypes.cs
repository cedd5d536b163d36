namespace Bulletin.Docs.Word;

/// <summary>Content types and relationship types of the parts a bulletin .docx holds (ECMA-376 Part 1 §11, §15).</summary>
internal static class DocxContentTypes
{
    private const string Wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    public const string Document = Wml + "document.main+xml";
    public const string Styles = Wml + "styles+xml";
    public const string Settings = Wml + "settings+xml";
    public const string Numbering = Wml + "numbering+xml";
    public const string FontTable = Wml + "fontTable+xml";
    public const string Header = Wml + "header+xml";
    public const string Footer = Wml + "footer+xml";
    public const string CoreProperties = "application/vnd.openxmlformats-package.core-properties+xml";
    public const string ExtendedProperties = "application/vnd.openxmlformats-officedocument.extended-properties+xml";

    /// <summary>An embedded font obfuscated as §17.8.1 describes (MS-OI29500 §2.1.34: the type Word writes and reads).</summary>
    public const string ObfuscatedFont = "application/vnd.openxmlformats-officedocument.obfuscatedFont";

    public const string OfficeDocumentRelationship = OfficeRelationships + "officeDocument";
    public const string CorePropertiesRelationship = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    public const string ExtendedPropertiesRelationship = OfficeRelationships + "extended-properties";
    public const string StylesRelationship = OfficeRelationships + "styles";
    public const string SettingsRelationship = OfficeRelationships + "settings";
    public const string NumberingRelationship = OfficeRelationships + "numbering";
    public const string FontTableRelationship = OfficeRelationships + "fontTable";
    public const string HeaderRelationship = OfficeRelationships + "header";
    public const string FooterRelationship = OfficeRelationships + "footer";
    public const string ImageRelationship = OfficeRelationships + "image";
    public const string HyperlinkRelationship = OfficeRelationships + "hyperlink";

    /// <summary>From the font table to an embedded font part (§15.2.13).</summary>
    public const string FontRelationship = OfficeRelationships + "font";
}
