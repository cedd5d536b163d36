using System.Text.Json.Serialization;

namespace Bulletin.Docs.Model;

/// <summary>
/// A top-level item of a bulletin: an <see cref="Article"/>, a <see cref="PictureNews"/> or a
/// <see cref="Section"/> grouping items under a banner. In JSON an item is an object whose
/// <c>type</c> is <c>article</c>, <c>pictureNews</c> or <c>section</c>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(Article), "article")]
[JsonDerivedType(typeof(PictureNews), "pictureNews")]
[JsonDerivedType(typeof(Section), "section")]
public abstract record BulletinItem
{
    private protected BulletinItem()
    {
    }

    /// <summary>Hands this item to the <paramref name="visitor"/>'s method for its kind.</summary>
    internal abstract TResult Accept<TState, TResult>(IItemVisitor<TState, TResult> visitor, TState state);

    /// <summary>
    /// An optional stable identifier (letters, digits, '-' and '_'), used as the target of internal
    /// links and contents entries. Must be unique within the document.
    /// </summary>
    public string? Id { get; init; }
}

/// <summary>
/// Stories grouped under a section banner such as 省政府新闻办发布会.
/// </summary>
public sealed record Section : BulletinItem
{
    /// <inheritdoc />
    internal override TResult Accept<TState, TResult>(IItemVisitor<TState, TResult> visitor, TState state) => visitor.Section(this, state);

    /// <summary>The banner text.</summary>
    public required string Banner { get; init; }

    /// <summary>The grouped articles and picture news (sections do not nest).</summary>
    public required IReadOnlyList<BulletinItem> Items { get; init; }
}

/// <summary>
/// Stand-alone picture news: a photo with caption and credit and an optional title.
/// </summary>
public sealed record PictureNews : BulletinItem
{
    /// <inheritdoc />
    internal override TResult Accept<TState, TResult>(IItemVisitor<TState, TResult> visitor, TState state) => visitor.PictureNews(this, state);

    /// <summary>An optional title over the photo.</summary>
    public string? Title { get; init; }

    /// <summary>The photo, caption and credit.</summary>
    public required Figure Figure { get; init; }
}

/// <summary>One method per kind of top-level item; a new kind is a build error in every walker of the model until it handles it.</summary>
internal interface IItemVisitor<in TState, out TResult>
{
    TResult Article(Article item, TState state);

    TResult PictureNews(PictureNews item, TState state);

    TResult Section(Section item, TState state);
}
