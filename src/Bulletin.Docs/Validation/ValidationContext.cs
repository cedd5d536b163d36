using Bulletin.Docs.Fonts;

namespace Bulletin.Docs.Validation;

/// <summary>The state of one validation run: where the walker is, and the problems found so far.</summary>
internal sealed class ValidationContext(FontRegistry? fonts = null)
{
    private readonly List<ValidationProblem> problems = [];

    /// <summary>The fonts the PDF will draw with; printed text is checked against them when set.</summary>
    public FontRegistry? Fonts { get; } = fonts;

    /// <summary>The most pixels an image may have (BulletinOptions.MaxImagePixels).</summary>
    public long MaxImagePixels { get; init; } = ImageRules.DefaultMaxPixels;

    /// <summary>False while the walker is in text that is stored but never drawn (metadata, alt text).</summary>
    public bool InPrintedText { get; set; } = true;

    /// <summary>The walker's current position.</summary>
    public ModelPath Path { get; } = new();

    /// <summary>The problems in the order they were found.</summary>
    public IReadOnlyList<ValidationProblem> Problems => problems;

    /// <summary>Reports a problem at the current position.</summary>
    public void Report(string message) => problems.Add(new ValidationProblem(Path.Render(), message));

    /// <summary>Reports a problem at a member of the current node.</summary>
    public void Report(string member, string message) => problems.Add(new ValidationProblem(Path.Render(member), message));
}
