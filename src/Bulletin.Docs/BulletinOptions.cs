using Bulletin.Docs.Theme;

namespace Bulletin.Docs;

/// <summary>Options shared by the Word, PDF and PNG writers.</summary>
public sealed record BulletinOptions
{
    /// <summary>The theme: page setup and a style per text role.</summary>
    public BulletinTheme Theme { get; init; } = BulletinThemes.Newspaper;
}
