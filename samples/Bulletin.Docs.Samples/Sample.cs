using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Samples;

/// <summary>A sample bulletin and the theme it is meant to be set in.</summary>
/// <param name="Name">File name without extension, e.g. <c>taiyuan-daily</c>.</param>
/// <param name="Document">The bulletin.</param>
/// <param name="Theme">The theme to set it in.</param>
public sealed record Sample(string Name, BulletinDocument Document, BulletinTheme Theme)
{
    /// <summary>The writer options for this sample.</summary>
    public BulletinOptions Options => new() { Theme = Theme };

    /// <inheritdoc />
    public override string ToString() => Name;
}
