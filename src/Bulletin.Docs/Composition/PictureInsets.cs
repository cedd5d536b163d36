using Bulletin.Docs.Model;

namespace Bulletin.Docs.Composition;

/// <summary>
/// Where picture news goes on a page of several columns, decided once for both writers: set into
/// the top of the next story's last columns, the story's text running down beside it and on under
/// it, as a make-up editor fills the room beside a picture (docs/typography.md §5); otherwise alone.
/// </summary>
internal static class PictureInsets
{
    /// <summary>
    /// <paramref name="items"/> with each picture that can go into the item after it marked
    /// <see cref="ComposedPicture.SetIntoNext"/>: its photo spans half the columns of a page of
    /// several, any title is no wider than the photo, and the next item is a story (or a section
    /// opening with one) that is not boxed and whose body opens with a paragraph rather than a table.
    /// </summary>
    public static IReadOnlyList<ComposedItem> Mark(IReadOnlyList<ComposedItem> items, ITextFacts text)
    {
        var marked = items.ToArray();
        for (var i = 0; i + 1 < marked.Length; i++)
        {
            if (marked[i] is ComposedPicture picture && TitleFits(picture, text) && CanTake(marked[i + 1], picture.Placement))
            {
                marked[i] = picture with { SetIntoNext = true };
            }
        }

        return marked;
    }

    /// <summary>The columns a picture's photo spans on a page of several: half of them.</summary>
    public static int Span(StoryPlacement placement) => Math.Max(1, placement.Columns / 2);

    private static bool TitleFits(ComposedPicture picture, ITextFacts text)
    {
        var placement = picture.Placement;
        if (!placement.SpansColumns || placement.Columns < 2)
        {
            return false;
        }

        var photo = placement.SpanWidthPt(Span(placement));
        return picture.Heading is not { } heading || heading.Lines.All(line => text.WidthPt(line, heading.Role) <= photo + 0.01);
    }

    private static bool CanTake(ComposedItem item, StoryPlacement picture) => item switch
    {
        ComposedStory story => story.Module is null && !story.BesideModule && !story.Placement.Framed && story.Placement.SpansColumns && story.Placement.Columns > Span(picture)
            && story.Body.Count > 0 && story.Body[0] is not TableBlock,
        ComposedSection section => section.Items.Count > 0 && CanTake(section.Items[0], picture),
        _ => false,
    };
}
