using Bulletin.Docs.Model;

namespace Bulletin.Docs.Pdf.Metadata;

/// <summary>
/// The document's properties as both the Info dictionary (ISO 32000-1, 14.3.3) and the XMP packet
/// (14.3.2) state them; PDF/A asks that the two agree (ISO 19005-2, 6.6.2.3.1), so both are made
/// from this one record.
/// </summary>
internal sealed record DocumentInfo(string? Title, string? Author, string? Subject, string? Keywords, DateTimeOffset? Created, DateTimeOffset? Modified, string Language, string Producer)
{
    public static DocumentInfo Of(DocumentMetadata metadata) => new(
        Blank(metadata.Title),
        Blank(metadata.Author),
        Blank(metadata.Subject),
        metadata.Keywords.Count > 0 ? string.Join("; ", metadata.Keywords) : null,
        metadata.Created,
        metadata.Modified ?? metadata.Created,
        string.IsNullOrWhiteSpace(metadata.Language) ? "zh-CN" : metadata.Language,
        ProducerName);

    /// <summary>"Bulletin.Docs x.y.z", the library's own informational version without build metadata.</summary>
    private static string ProducerName { get; } = "Bulletin.Docs " + Version();

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string Version()
    {
        var version = typeof(DocumentInfo).Assembly.GetName().Version ?? new Version(0, 0, 0);
        return $"{version.Major}.{version.Minor}.{version.Build}";
    }
}
