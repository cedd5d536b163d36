using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Composition;

/// <summary>
/// Which articles are set as modules (<see cref="ArticlePlacement"/>), decided once for both
/// writers: a rectangle of the page's columns with the next stories beside it, their headline
/// stacks across the columns the module leaves them. An article whose module cannot be made here is
/// set in the flow, as if it had asked for no placement; the page layout may still fall back, for
/// want of room on the page, and reports it (<see cref="Layout.LaidOutDocument.Modules"/>).
/// </summary>
internal static class StoryModules
{
    /// <summary>
    /// <paramref name="items"/> with each article that can be a module composed as one by
    /// <paramref name="compose"/> and marked <see cref="ComposedStory.Module"/>, and the stories after
    /// it that may run beside it (up to <see cref="MaxBeside"/>, while each can) recomposed for the
    /// columns beside it (<see cref="ComposedStory.BesideModule"/>), each keeping its composition for
    /// the flow (<see cref="ComposedStory.Flow"/>): the page layout decides how many go beside it. An article can be a module
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
            var why = page.Columns < 2 ? FormattableString.Invariant($"theme '{theme.Name}' sets its stories in the flow of one column (a module needs a page of columns with spanning headlines)")
                : !theme.HeadlinesSpanColumns ? FormattableString.Invariant($"theme '{theme.Name}' has {page.Columns} columns but its headlines do not span its columns (a module needs spanning headlines: headlinesSpanColumns)")
                : asked.Columns < 1 || asked.Columns >= page.Columns ? FormattableString.Invariant($"a module of {asked.Columns} columns leaves none of the page's {page.Columns} beside it")
                : inSection && i == 0 ? "it opens a section, whose banner spans the page"
                : !story.Body.All(block => block is TextBlock or HeadingBlock) ? "its body holds a figure, table, list or rule, which the Word file's module columns cannot split as the page does"
                : next is null ? (i + 1 < marked.Length ? $"the item after it is {(marked[i + 1] is ComposedPicture ? "picture news" : "a section")}, not a story to set beside it" : "no story follows it to set beside it")
                : next.Article.Placement is not null ? "the story after it asks for a placement too"
                : next.Placement.Framed ? "the story after it is boxed"
                : !CanGoBeside(next) ? "the story after it has no body, or opens with a table"
                : null;
            if (why is null)
            {
                var module = compose(story, StoryPlacement.Module(theme, story.Placement.Framed, asked.Columns)) with { Module = StoryModule.Of(asked, theme, page), Flow = story };
                var width = page.SpanWidthPt(page.Columns - asked.Columns);
                var beside = new List<ComposedStory>(MaxBeside);
                for (var j = i + 1; j < marked.Length && beside.Count < MaxBeside && marked[j] is ComposedStory candidate && CanGoBeside(candidate); j++)
                {
                    var recomposed = compose(candidate, candidate.Placement with { BesideWidthPt = width }) with { BesideModule = true, Flow = candidate };
                    if (!Fits(recomposed.Stack, width, text))
                    {
                        break;
                    }

                    beside.Add(recomposed);
                }

                if (beside.Count > 0 && Fits(module.Stack, module.Placement.StackWidthPt, text))
                {
                    marked[i] = module;
                    for (var k = 0; k < beside.Count; k++)
                    {
                        marked[i + 1 + k] = beside[k];
                    }

                    i += beside.Count;
                    continue;
                }

                why = "a headline line does not fit the module's columns or the columns beside it";
            }

            marked[i] = story with { ModuleNote = why };
        }

        return marked;
    }

    /// <summary>The most stories composed to go beside one module; the page layout sets as many of them beside it as reach its foot.</summary>
    public const int MaxBeside = 3;

    /// <summary>A story that may run beside a module: no placement of its own, not boxed, opening with something other than a table.</summary>
    private static bool CanGoBeside(ComposedStory story) =>
        story.Article.Placement is null && !story.Placement.Framed && story.Body.Count > 0 && story.Body[0] is not TableBlock;

    private static bool Fits(IReadOnlyList<ComposedBlock> stack, double width, ITextFacts text) =>
        stack.OfType<HeadingBlock>().All(heading => heading.Lines.All(line => text.WidthPt(line, heading.Role) <= width + 0.01));
}
