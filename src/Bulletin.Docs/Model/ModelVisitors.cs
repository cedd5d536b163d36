namespace Bulletin.Docs.Model;

/// <summary>
/// One method per kind of body block. Every walker of the model (validation, composition)
/// implements it, so a new block kind is a build error until each one handles it.
/// </summary>
/// <typeparam name="TState">What the walker passes along (a path, nothing).</typeparam>
/// <typeparam name="TResult">What it makes of a block.</typeparam>
internal interface IBlockVisitor<in TState, out TResult>
{
    TResult Paragraph(Paragraph block, TState state);

    TResult Subheading(Subheading block, TState state);

    TResult Quote(Quote block, TState state);

    TResult Note(Note block, TState state);

    TResult List(ListBlock block, TState state);

    TResult Table(Table block, TState state);

    TResult Figure(Figure block, TState state);

    TResult Divider(Divider block, TState state);
}

/// <summary>One method per kind of inline; see <see cref="IBlockVisitor{TState, TResult}"/>.</summary>
internal interface IInlineVisitor<in TState, out TResult>
{
    TResult Text(Text inline, TState state);

    TResult Strong(Strong inline, TState state);

    TResult Emphasis(Emphasis inline, TState state);

    TResult Link(Link inline, TState state);

    TResult LineBreak(LineBreak inline, TState state);
}

/// <summary>One method per kind of top-level item; see <see cref="IBlockVisitor{TState, TResult}"/>.</summary>
internal interface IItemVisitor<in TState, out TResult>
{
    TResult Article(Article item, TState state);

    TResult PictureNews(PictureNews item, TState state);

    TResult Section(Section item, TState state);
}
