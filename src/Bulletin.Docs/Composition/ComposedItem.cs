using Bulletin.Docs.Model;

namespace Bulletin.Docs.Composition;

/// <summary>
/// What a writer does with each kind of composed item. Adding a kind adds a method here, so every
/// writer that does not handle it fails to build.
/// </summary>
/// <typeparam name="T">What the writer makes of an item.</typeparam>
internal interface IComposedItemVisitor<out T>
{
    /// <summary>A news story or commentary.</summary>
    T Story(ComposedStory story);

    /// <summary>Stand-alone picture news.</summary>
    T Picture(ComposedPicture picture);

    /// <summary>Items grouped under a banner.</summary>
    T Section(ComposedSection section);
}

/// <summary>A top-level item as both writers print it.</summary>
/// <param name="Source">The model item, which names the item in contents entries, bookmarks and page references.</param>
/// <param name="Path">Where it is in the model, for error messages.</param>
internal abstract record ComposedItem(BulletinItem Source, string Path)
{
    /// <summary>Hands this item to the <paramref name="visitor"/>'s method for its kind.</summary>
    public abstract T Accept<T>(IComposedItemVisitor<T> visitor);
}

/// <summary>
/// A story: its headline stack (column label, 引题, 主题, 副题, byline), kept together and with the
/// body, and its body (jump notes, dateline run in, blocks, trailing byline).
/// </summary>
/// <param name="Article">The article.</param>
/// <param name="Path">Where it is in the model.</param>
/// <param name="Placement">How the story sits on the page.</param>
/// <param name="Stack">The headline stack.</param>
/// <param name="Body">The body blocks in reading order.</param>
internal sealed record ComposedStory(Article Article, string Path, StoryPlacement Placement, IReadOnlyList<ComposedBlock> Stack, IReadOnlyList<ComposedBlock> Body)
    : ComposedItem(Article, Path)
{
    /// <summary>The title the outline and the structure tree give the story: its headline on one line.</summary>
    public string Title => ItemTitles.OneLine(Article.Headline.Lines);

    /// <summary>Set as a module on the column grid beside the stories after it (<see cref="StoryModules"/>), or <c>null</c> for the flow.</summary>
    public StoryModule? Module { get; init; }

    /// <summary>A story after a module that may run beside it, its headline stack composed for the columns beside it (<see cref="StoryModules"/>).</summary>
    public bool BesideModule { get; init; }

    /// <summary>For a module and a story that may run beside it: the story as composed for the flow, which both writers set where the page layout does not set it as a module or beside one.</summary>
    public ComposedStory? Flow { get; init; }

    /// <summary>For an article that asked for a placement but is composed for the flow: why; otherwise <c>null</c>.</summary>
    public string? ModuleNote { get; init; }

    /// <inheritdoc />
    public override T Accept<T>(IComposedItemVisitor<T> visitor) => visitor.Story(this);
}

/// <summary>Picture news: an optional title over a photo with caption and credit.</summary>
/// <param name="Picture">The picture news.</param>
/// <param name="Path">Where it is in the model.</param>
/// <param name="Placement">How it sits on the page.</param>
/// <param name="Heading">The title's lines over the photo, or <c>null</c>.</param>
/// <param name="Figure">The photo.</param>
internal sealed record ComposedPicture(PictureNews Picture, string Path, StoryPlacement Placement, HeadingBlock? Heading, FigureBlock Figure)
    : ComposedItem(Picture, Path)
{
    /// <summary>Set into the next story's columns rather than alone (<see cref="PictureInsets"/>).</summary>
    public bool SetIntoNext { get; init; }

    /// <summary>The title the outline gives it: its title, else its caption, else its alternative text.</summary>
    public string Title => Picture.Title ?? Picture.Figure.Caption ?? Picture.Figure.AltText;

    /// <inheritdoc />
    public override T Accept<T>(IComposedItemVisitor<T> visitor) => visitor.Picture(this);
}

/// <summary>Items under a section banner such as 省政府新闻办发布会.</summary>
/// <param name="Section">The section.</param>
/// <param name="Path">Where it is in the model.</param>
/// <param name="Banner">The banner's lines.</param>
/// <param name="Items">The grouped items.</param>
internal sealed record ComposedSection(Section Section, string Path, HeadingBlock Banner, IReadOnlyList<ComposedItem> Items)
    : ComposedItem(Section, Path)
{
    /// <inheritdoc />
    public override T Accept<T>(IComposedItemVisitor<T> visitor) => visitor.Section(this);
}
