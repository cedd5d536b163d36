using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Composition;

/// <summary>
/// The one walk over the model's items that both writers share: each item is composed once, in
/// reading order, into what the Word writer and the page layout print.
/// </summary>
internal sealed class BulletinComposer : IItemVisitor<string, ComposedItem>
{
    private readonly BulletinTheme _theme;
    private readonly ITextFacts _text;
    private readonly BlockComposer _blocks;

    private BulletinComposer(BulletinTheme theme, ITextFacts text, FallbackFaces faces)
    {
        _theme = theme;
        _text = text;
        _blocks = new BlockComposer(theme, text, faces);
    }

    /// <summary>Composes a validated <paramref name="document"/> in <paramref name="theme"/>, headings broken and characters measured by <paramref name="text"/>.</summary>
    public static ComposedDocument Compose(BulletinDocument document, BulletinTheme theme, ITextFacts text)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(theme);
        ArgumentNullException.ThrowIfNull(text);
        var faces = new FallbackFaces(text);
        var composer = new BulletinComposer(theme, text, faces);
        var items = new ComposedItem[document.Items.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = document.Items[i].Accept(composer, $"Items[{i}]");
        }

        var pages = EditionPages.Of(document, theme);
        return new ComposedDocument(document, theme, PictureInsets.Mark(composer.Modules(items, inSection: false), text), pages, faces)
        {
            Masthead = document.Masthead is { } masthead && pages.MastheadOnFirstPage ? ComposedMasthead.Of(document, masthead, theme) : null,
            Contents = theme.Contents ? [.. PrintedForms.ContentsEntries(document)] : null,
            Distribution = document.Distribution is { } distribution
                ? ComposedDistribution.Of(distribution, theme)
                : null,
        };
    }

    /// <inheritdoc />
    public ComposedItem Article(Article item, string path)
    {
        var placement = StoryPlacement.Of(_theme, framed: _theme.BoxColumns && item.ColumnLabel is { Length: > 0 });
        return new ComposedStory(item, path, placement, StoryComposer.Stack(item, path, placement, _blocks), StoryComposer.Body(item, path, placement, _blocks));
    }

    /// <inheritdoc />
    public ComposedItem PictureNews(PictureNews item, string path)
    {
        var placement = StoryPlacement.Of(_theme, framed: false);
        var title = item.Title is { Length: > 0 } text ? _blocks.Heading($"{path}.Title", TextRole.PictureTitle, [text], placement.StackWidthPt) : null;
        return new ComposedPicture(item, path, placement, title, new FigureBlock($"{path}.Figure", item.Figure));
    }

    /// <inheritdoc />
    public ComposedItem Section(Section item, string path)
    {
        var placement = StoryPlacement.Of(_theme, framed: false);
        var items = new ComposedItem[item.Items.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = item.Items[i].Accept(this, $"{path}.Items[{i}]");
        }

        return new ComposedSection(item, path, new HeadingBlock($"{path}.Banner", TextRole.SectionBanner, [item.Banner]), PictureInsets.Mark(Modules(items, inSection: true), _text));
    }

    /// <summary>The items with their modules decided (<see cref="StoryModules"/>).</summary>
    private IReadOnlyList<ComposedItem> Modules(IReadOnlyList<ComposedItem> items, bool inSection) =>
        StoryModules.Mark(items, inSection, _theme, _text, (story, placement) => story with
        {
            Placement = placement,
            Stack = StoryComposer.Stack(story.Article, story.Path, placement, _blocks),
            Body = StoryComposer.Body(story.Article, story.Path, placement, _blocks),
        });
}
