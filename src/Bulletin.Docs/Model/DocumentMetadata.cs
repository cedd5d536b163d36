namespace Bulletin.Docs.Model;

/// <summary>
/// Document properties written into the .docx core properties and the PDF info dictionary.
/// Nothing here is filled from the clock: a missing date is left out of the output.
/// </summary>
public sealed record DocumentMetadata
{
    /// <summary>Document title.</summary>
    public string? Title { get; init; }

    /// <summary>Document author (a person or an office).</summary>
    public string? Author { get; init; }

    /// <summary>Document subject.</summary>
    public string? Subject { get; init; }

    /// <summary>Keywords.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>BCP 47 language tag of the text; <c>zh-CN</c> unless stated.</summary>
    public string Language { get; init; } = "zh-CN";

    /// <summary>Creation time; omitted from the output when <c>null</c>.</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>Last modification time; omitted from the output when <c>null</c>.</summary>
    public DateTimeOffset? Modified { get; init; }
}
