using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Composition;

/// <summary>
/// Decides where a heading breaks and how wide a line of it is: the page layout implements it with
/// the fonts (even lines, phrase breaks first); without fonts the model's lines are kept, for the
/// writer's reader to wrap, and widths are estimated from the characters.
/// </summary>
internal interface IHeadingBalancer
{
    /// <summary>The printed lines of <paramref name="text"/> set in <paramref name="role"/> at a measure of <paramref name="widthPt"/> points.</summary>
    IReadOnlyList<string> Lines(string text, TextRole role, double widthPt);

    /// <summary>The width in points of <paramref name="text"/> set on one line in <paramref name="role"/>.</summary>
    double WidthPt(string text, TextRole role);
}

/// <summary>
/// Keeps each heading line as the model gives it and estimates widths from East Asian widths (as
/// <see cref="TableColumns"/> does): the balancer when no fonts are known.
/// </summary>
internal sealed class ModelLines(BulletinTheme theme) : IHeadingBalancer
{
    /// <inheritdoc />
    public IReadOnlyList<string> Lines(string text, TextRole role, double widthPt) => [text];

    /// <inheritdoc />
    public double WidthPt(string text, TextRole role) => TableColumns.Measure(text, theme[role]).PreferredPt;
}
