using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Composition;

/// <summary>
/// A bulletin as both writers print it: the model's items composed once (roles, printed forms,
/// heading lines, keeps, placements), with the model's masthead, contents and 报尾 beside them.
/// </summary>
/// <param name="Source">The model.</param>
/// <param name="Theme">The theme it was composed in.</param>
/// <param name="Items">The items in reading order.</param>
/// <param name="Pages">Which pages carry the 报头 and the 版眉, and how they are numbered.</param>
/// <param name="Faces">The fallback face of each character a role's face lacks, for text the items hold as plain strings (heading lines, captions, cells).</param>
internal sealed record ComposedDocument(BulletinDocument Source, BulletinTheme Theme, IReadOnlyList<ComposedItem> Items, EditionPages Pages, FallbackFaces Faces)
{
    /// <summary>The masthead on the first page, or <c>null</c> when there is none or this edition does not open with it.</summary>
    public ComposedMasthead? Masthead { get; init; }

    /// <summary>The entries of the contents box in reading order, or <c>null</c> when the theme has no box.</summary>
    public IReadOnlyList<ContentsEntry>? Contents { get; init; }

    /// <summary>The 报尾, or <c>null</c> for none.</summary>
    public ComposedDistribution? Distribution { get; init; }
}
