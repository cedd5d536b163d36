using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Composition;

/// <summary>
/// Which articles are set as modules (<see cref="ArticlePlacement"/>), decided once for both
/// writers: a rectangle of the page's columns with the next story beside it, that story's headline
/// stack across the columns the module leaves it. An article whose module cannot be made here is
/// set in the flow, as if it had asked for no placement; the page layout may still fall back, for
/// want of room on the page, and reports it (<see cref="Layout.LaidOutDocument.Modules"/>).
/// </summary>
internal static class StoryModules
{
    /// <summary>
    /// <paramref name="items"/> with each article that can be a module composed as one by
    /// <paramref name="compose"/> and marked <see cref="ComposedStory.Module"/>, and the story after
    /// it recomposed beside it (<see cref="ComposedStory.BesideModule"/>). An article can be a module
    /// when the theme's headlines span a page of several columns, it asks for fewer columns than the
    /// page has, it is not the first item of a section (whose banner spans the page), and the item
    /// after it is a story that asks for no placement itself, is not boxed, opens with something other
    /// than a table, and whose headline lines fit beside the module; the module's own headline
    /// lines must fit its width, and its body holds only text and headings (paragraphs, notes,
    /// quotes, 小标题, bylines), which the Word file's module columns can split where the page does.
    /// </summary>
    /// <param name="items">The items of one list (the document's, or a section's), in reading order.</param>
    /// <param name="inSection">The items are a section's.</param>
    /// <param name="theme">The theme.</param>
    /// <param name="text">Measures heading lines.</param>
    /// <param name="compose">Composes an article under a placement.</param>
    public static IReadOnlyList<ComposedItem> Mark(IReadOnlyList<ComposedItem> items, bool inSection, BulletinTheme theme, ITextFacts text, Func<ComposedStory, StoryPlacement, ComposedStory> compose)
    {
        var page = StoryPlacement.Of(theme, framed: false);
        var marked = items.ToArray();
        for (var i = 0; i < marked.Length; i++)
        {
            if (marked[i] is not ComposedStory { Article.Placement: { } asked } story)
            {
                continue;
            }

            var next = i + 1 < marked.Length ? marked[i + 1] as ComposedStory : null;
            var why = !theme.HeadlinesSpanColumns || page.Columns < 2 ? FormattableString.Invariant($"theme '{theme.Name}' sets its stories in the flow of one column (a module needs a page of columns with spanning headlines)")
                : asked.Columns < 1 || asked.Columns >= page.Columns ? FormattableString.Invariant($"a module of {asked.Columns} columns leaves none of the page's {page.Columns} beside it")
                : inSection && i == 0 ? "it opens a section, whose banner spans the page"
                : !story.Body.All(block => block is TextBlock or HeadingBlock) ? "its body holds a figure, table, list or rule, which the Word file's module columns cannot split as the page does"
                : next is null ? "no story follows it to set beside it"
                : next.Article.Placement is not null ? "the story after it asks for a placement too"
                : next.Placement.Framed ? "the story after it is boxed"
                : next.Body.Count == 0 || next.Body[0] is TableBlock ? "the story after it has no body, or opens with a table"
                : null;
            if (why is null)
            {
                var module = compose(story, StoryPlacement.Module(theme, story.Placement.Framed, asked.Columns)) with { Module = StoryModule.Of(asked, theme, page), Flow = story };
                var beside = compose(next!, next!.Placement with { BesideWidthPt = page.SpanWidthPt(page.Columns - asked.Columns) }) with { BesideModule = true, Flow = next };
                if (Fits(module.Stack, module.Placement.StackWidthPt, text) && Fits(beside.Stack, beside.Placement.StackWidthPt, text))
                {
                    marked[i] = module;
                    marked[i + 1] = beside;
                    i++;
                    continue;
                }

                why = "a headline line does not fit the module's columns or the columns beside it";
            }

            marked[i] = story with { ModuleNote = why };
        }

        return marked;
    }

    private static bool Fits(IReadOnlyList<ComposedBlock> stack, double width, ITextFacts text) =>
        stack.OfType<HeadingBlock>().All(heading => heading.Lines.All(line => text.WidthPt(line, heading.Role) <= width + 0.01));
}
