namespace Bulletin.Docs.Model;

/// <summary>
/// The 报尾 of a 简报: who the issue is reported (报), sent (送) and issued (发) to, and the print run.
/// </summary>
public sealed record Distribution
{
    /// <summary>The lines in order, e.g. 报：省委办公厅 / 送：… / 发：….</summary>
    public required IReadOnlyList<DistributionLine> Lines { get; init; }

    /// <summary>Number of copies printed, written as （共印120份）; <c>null</c> to omit.</summary>
    public int? PrintRun { get; init; }
}

/// <summary>One 报尾 line: a label (报, 送 or 发) and its recipients.</summary>
public sealed record DistributionLine(string Label, string Recipients);
