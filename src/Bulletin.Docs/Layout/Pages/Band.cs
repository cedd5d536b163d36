using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Model;

namespace Bulletin.Docs.Layout.Pages;

/// <summary>
/// A horizontal stripe of a page holding one item: a header that spans the band's width (跨栏标题,
/// never split) and a body that flows in <see cref="Columns"/> balanced columns, continuing on the
/// next page when it does not fit. In one-column themes the header is empty and everything flows.
/// </summary>
/// <param name="Item">The model item (reference identity), for the contents' page numbers.</param>
/// <param name="Header">Slices across the band's width.</param>
/// <param name="Body">Slices of one column's width.</param>
/// <param name="Columns">Number of body columns.</param>
/// <param name="Framed">Drawn inside a box (boxed commentary), one box per page fragment.</param>
/// <param name="Balanced">Columns are balanced to equal height on the band's last page.</param>
internal sealed record Band(BulletinItem? Item, IReadOnlyList<Slice> Header, IReadOnlyList<Slice> Body, int Columns, bool Framed, bool Balanced)
{
    /// <summary>Picture news the composition set into the next band's columns (<see cref="Composition.PictureInsets"/>).</summary>
    public bool SetIntoNext { get; init; }

    /// <summary>The item's path in the model, e.g. <c>Items[3]</c>, for the editor's notes; empty for a band made by hand.</summary>
    public string Path { get; init; } = string.Empty;

    /// <summary>
    /// A module the composition decided (<see cref="Composition.StoryModules"/>): <see cref="Header"/>
    /// and <see cref="Body"/> are set for its width and <see cref="Columns"/> are its own; <c>null</c> for a band across the page.
    /// </summary>
    public Composition.StoryModule? Module { get; init; }

    /// <summary>A story that may go beside the module before it: its header is set for the columns beside it.</summary>
    public bool BesideModule { get; init; }

    /// <summary>
    /// For a module or a story that may go beside it: the same item as an ordinary band across the
    /// page, set when the page layout does not set it as a module or beside one.
    /// </summary>
    public Band? Flow { get; init; }
}
