using Bulletin.Docs.Composition;
using Bulletin.Docs.Theme;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>
/// Renders a composed story as its headline stack and its body, so the caller can set the stack
/// across the columns and the body in them. The headline carries the story's bookmark.
/// </summary>
internal static class ArticleRenderer
{
    /// <summary>The two parts of a rendered story.</summary>
    public sealed record Rendered(List<OpenXmlElement> HeadlineStack, List<OpenXmlElement> Body);

    public static Rendered Render(ComposedStory story, WordRenderContext context)
    {
        var blocks = new WordBlockRenderer(context);
        var stack = new List<OpenXmlElement>(story.Stack.Count);
        foreach (var block in story.Stack)
        {
            var elements = block.Accept(blocks).ToList();
            if (block is HeadingBlock { Role: TextRole.Headline or TextRole.BoxedHeadline } && context.Bookmarks.ForItem(story.Source) is { } name && context.Bookmarks.Place(name))
            {
                WordParagraphs.Bookmark((W.Paragraph)elements[0], name, context.NextBookmarkId());
            }

            stack.AddRange(elements);
        }

        return new Rendered(stack, blocks.RenderAll(story.Body));
    }
}
