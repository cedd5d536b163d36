namespace Bulletin.Docs.Model;

/// <summary>
/// The masthead (报头) of a newspaper page or the red head (版头) of a 简报.
/// </summary>
public sealed record Masthead
{
    /// <summary>The publication's name, e.g. 太原日报 or 工作简报.</summary>
    public required string Name { get; init; }

    /// <summary>Issue label, e.g. 第3期 or 总第12期.</summary>
    public string? IssueLabel { get; init; }

    /// <summary>Edition or page label of a newspaper page, e.g. 第2版 要闻.</summary>
    public string? EditionLabel { get; init; }

    /// <summary>The issue's date; written as 2025年1月7日.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The editing unit, e.g. 太原市人民政府办公室 (left under a 简报 name).</summary>
    public string? EditingUnit { get; init; }

    /// <summary>Secrecy or circulation mark printed top-left, e.g. 内部资料.</summary>
    public string? SecrecyMark { get; init; }

    /// <summary>Serial number printed top-right, e.g. 000123.</summary>
    public string? SerialNumber { get; init; }
}
