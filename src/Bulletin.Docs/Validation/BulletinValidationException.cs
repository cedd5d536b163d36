using Bulletin.Docs.Model;
namespace Bulletin.Docs.Validation;

/// <summary>One problem found in a bulletin or its theme, with its path in the model.</summary>
/// <param name="Path">Where the problem is, e.g. <c>Items[3].Body[5]</c> or <c>Theme.Styles[Caption].Font</c>.</param>
/// <param name="Message">What is wrong, e.g. <c>text contains U+0007, which Word cannot store</c>.</param>
public sealed record ValidationProblem(string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>
/// Thrown before any byte is written when a bulletin cannot be rendered. <see cref="Problems"/> holds
/// every problem, each with its path in the model; the message lists the first
/// <see cref="MaxListedProblems"/>.
/// </summary>
public sealed class BulletinValidationException : BulletinException
{
    /// <summary>Creates the exception from the problems found.</summary>
    public BulletinValidationException(IReadOnlyList<ValidationProblem> problems)
        : base(FormatMessage(problems)) => Problems = problems;

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    /// <summary>How many problems the message lists; <see cref="Problems"/> holds them all.</summary>
    public const int MaxListedProblems = 100;

    private static string FormatMessage(IReadOnlyList<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var noun = problems.Count == 1 ? "problem" : "problems";
        // A hostile model can have millions of problems: the message stays readable and small.
        var more = problems.Count > MaxListedProblems ? $"{Environment.NewLine}  … and {problems.Count - MaxListedProblems} more (see Problems)" : string.Empty;
        return $"The bulletin cannot be rendered ({problems.Count} {noun}):" + Environment.NewLine
            + string.Join(Environment.NewLine, problems.Take(MaxListedProblems).Select(p => "  " + p)) + more;
    }
}
