using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Layout.Structure;

namespace Bulletin.Docs.Layout.Pages;

// The page composer, in part: a figure that closes its story and does not fit under the text goes up to the top of what the page holds of that story.
internal sealed partial class PageComposer
{
    /// <summary>
    /// A band of one column whose column, filled from <paramref name="position"/>, stops more than
    /// a body line short before a figure that does not fit (with its caption) and that the text
    /// after it cannot float past (the figure closes its story: <see cref="FloatFigure"/> found
    /// nothing to bring up): the figure and its caption go up to the top of what this page holds of
    /// the band, the text that came before them set under them and running on to the next page,
    /// as a make-up editor lifts a picture to the head of the page its story is on. Only when the
    /// column then ends nearer its foot than before.
    /// </summary>
    private Band LiftFigure(Band band, int position, double available, bool mustPlace)
    {
        if (StopsShort(band, position, available, mustPlace) is not { } stop || stop.Fill.End <= position)
        {
            return band;
        }

        var (fill, white, chainEnd) = stop;
        // The figure: its image and the caption glued under it, then the space that closes it, in
        // the keep chain the column stopped before.
        var body = band.Body;
        var image = fill.End;
        while (image <= chainEnd && body[image] is not ImageSlice)
        {
            image++;
        }

        if (image > chainEnd)
        {
            return band;
        }

        var end = image;
        while (end + 1 < body.Count && body[end].Glued)
        {
            end++;
        }

        if (end + 1 < body.Count && body[end + 1] is SpaceSlice)
        {
            end++;
        }

        // Never above the story's headline stack, which a column of one starts its flow with.
        var top = position;
        while (top < image && !InStoryBody(body[top]))
        {
            top++;
        }

        var figure = body.Skip(image).Take(end + 1 - image).ToList();
        var before = body.Skip(top).Take(image - top).ToList();
        if (figure.Any(slice => slice.KeepWithNext && !slice.Glued))
        {
            // The figure was a link of the keep chain through it (a story's tail keeps with its last
            // two lines, the caption's among them): the text that now comes before the tail keeps
            // with it instead, up to and including its last line.
            for (var k = before.Count - 1; k >= 0; k--)
            {
                before[k] = before[k] with { KeepWithNext = true };
                if (before[k] is LineSlice)
                {
                    break;
                }
            }
        }

        var lifted = new List<Slice>(body.Count);
        lifted.AddRange(body.Take(top));
        lifted.AddRange(figure);
        lifted.AddRange(before);
        lifted.AddRange(body.Skip(end + 1));
        var refill = ColumnFiller.Fill(lifted, position, available, mustPlace);
        return refill.End > top + figure.Count && available - refill.Height < white - ColumnFiller.Epsilon
            ? band with { Body = lifted }
            : band;
    }

    /// <summary>Whether <paramref name="slice"/> is part of a story's body: not furniture, not its headline stack (引题, 主题, 副题, byline, 栏目, jump line).</summary>
    private static bool InStoryBody(Slice slice)
    {
        for (var node = slice.Structure; node is not null; node = node.Parent)
        {
            if (node.Parent?.Kind == StructureKind.Article)
            {
                return node.Kind is StructureKind.Paragraph or StructureKind.Subheading or StructureKind.BlockQuote or StructureKind.Note
                    or StructureKind.List or StructureKind.Table or StructureKind.Figure or StructureKind.Caption;
            }
        }

        return false;
    }
}
