using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Layout.Structure;

namespace Bulletin.Docs.Layout.Pages;

// The page composer, in part: on a line grid, pages made up again opened up by whole lines between their stories.
internal sealed partial class PageComposer
{
    /// <summary>
    /// <paramref name="page"/> with <paramref name="lines"/> grid lines of <paramref name="pitch"/>
    /// added between its stories (<see cref="StoryGaps"/>), one line a gap at most, the lowest gaps
    /// first; <c>null</c> when it has fewer gaps. Vertical justification in whole grid lines: the
    /// lines stay on the grid (GB/T 9704-2012 §5.2.3), and two stories are set two lines apart
    /// rather than one, as a make-up editor opens up a page between its items rather than leave
    /// white at a foot. What goes past the foot is what the page gives the page after it (<see cref="Export"/>).
    /// </summary>
    private List<PageElement>? Widened(List<PageElement> page, int lines, double pitch)
    {
        if (lines <= 0)
        {
            return page;
        }

        var gaps = StoryGaps(page);
        if (gaps.Count < lines)
        {
            return null;
        }

        var widened = gaps.OrderByDescending(g => g).Take(lines).ToList();
        var moved = new List<PageElement>(page.Count);
        foreach (var element in page)
        {
            var y = Position(element).Y;
            var dy = widened.Count(g => y > g + ColumnFiller.Epsilon) * pitch;
            moved.Add(dy > 0 ? Shifted(element, dy) : element);
        }

        return moved;
    }

    /// <summary>
    /// Where the gaps between the stories of <paramref name="page"/> start (the foot of the line
    /// above each): where one item's lines end and, at least a body line lower, the next item's
    /// begin; not at the page's top nor under the masthead.
    /// </summary>
    private List<double> StoryGaps(List<PageElement> page)
    {
        var ordered = page.OfType<TextLineElement>().Where(l => l.Structure is not null).OrderBy(l => l.Baseline).ToList();
        var gaps = new List<double>();
        for (var i = 1; i < ordered.Count; i++)
        {
            var before = ItemOf(ordered[i - 1].Structure!);
            var item = ItemOf(ordered[i].Structure!);
            var foot = Lowest(ordered[i - 1]);
            if (!ReferenceEquals(before, item) && before.Kind != StructureKind.Masthead && item.Kind != StructureKind.Distribution
                && ordered[i].Baseline - ordered[i].Line.Ascent - foot >= _bodyLine - ColumnFiller.Epsilon)
            {
                gaps.Add(foot);
            }
        }

        return gaps;
    }

    /// <summary>The item <paramref name="node"/> belongs to: the story, picture, box or masthead, under the document or a section.</summary>
    private static StructureNode ItemOf(StructureNode node)
    {
        while (node.Parent is { Kind: not (StructureKind.Document or StructureKind.Section) } parent)
        {
            node = parent;
        }

        return node;
    }
}
