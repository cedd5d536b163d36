namespace Bulletin.Docs.Model;

/// <summary>
/// One bulletin: a newspaper page, a 简报 issue or a press release. The root of the model that
/// every writer (Word, PDF, PNG) reads; writers never change it.
/// </summary>
public sealed record BulletinDocument
{
    /// <summary>The masthead printed at the top of the first page; <c>null</c> for none.</summary>
    public Masthead? Masthead { get; init; }

    /// <summary>Articles, picture news and section groups in reading order.</summary>
    public required IReadOnlyList<BulletinItem> Items { get; init; }

    /// <summary>The 报尾 distribution block of a 简报 (报/送/发 lines, print run); <c>null</c> for none.</summary>
    public Distribution? Distribution { get; init; }

    /// <summary>Document properties (title, author, dates…). Dates come from here, never from the clock.</summary>
    public DocumentMetadata Metadata { get; init; } = new();
}
