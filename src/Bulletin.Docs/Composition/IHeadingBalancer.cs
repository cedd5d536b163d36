using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Composition;

/// <summary>
/// Decides where a heading breaks: the page layout implements it with the fonts (even lines, phrase
/// breaks first); without fonts the model's lines are kept and the writer's reader wraps them.
/// </summary>
internal interface IHeadingBalancer
{
    /// <summary>The printed lines of <paramref name="text"/> set in <paramref name="role"/> at a measure of <paramref name="widthPt"/> points.</summary>
    IReadOnlyList<string> Lines(string text, TextRole role, double widthPt);
}

/// <summary>Keeps each heading line as the model gives it: the balancer when no fonts are known.</summary>
internal sealed class ModelLines : IHeadingBalancer
{
    /// <summary>The one instance; it holds no state.</summary>
    public static ModelLines Instance { get; } = new();

    private ModelLines()
    {
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Lines(string text, TextRole role, double widthPt) => [text];
}
