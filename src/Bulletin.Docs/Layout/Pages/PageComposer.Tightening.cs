using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Layout.Text;

namespace Bulletin.Docs.Layout.Pages;

// The page composer, in part: what comes next pulled up onto a page that would end short, by setting paragraphs a line shorter.
internal sealed partial class PageComposer
{
    /// <summary>Most paragraphs set a line shorter to pull what did not fit onto a page.</summary>
    private const int MaxTightenedParagraphs = 4;

    /// <summary>
    /// Before a page is closed because the next band's opening (<paramref name="need"/> more than
    /// the room left) does not fit: on a page of one column that would otherwise end more than a
    /// body line short, and that neither vertical justification nor looseness can fill, paragraphs
    /// on it are set a line shorter so the band starts here (<see cref="TightenToFit"/>).
    /// </summary>
    /// <returns>Whether the band now fits on the page.</returns>
    private bool MakeRoomFor(double need)
    {
        if (_setup.Columns > 1 || Loosener is null)
        {
            return false;
        }

        var white = Bottom - ContentBottom(Left, Left + Width);
        if (white <= _bodyLine + GridRemainder + ColumnFiller.Epsilon)
        {
            return false;
        }

        var gaps = _bandStarts.Count - 1;
        if (_setup.LineGridPitchPt is null && gaps > 0 && white / gaps <= (MaxBandGapStretchLines * _bodyLine) + ColumnFiller.Epsilon)
        {
            return false;
        }

        return PlanLoosening(Left, Left + Width) is null && (TightenToFit(need) || PullToPageBefore(need));
    }

    /// <summary>
    /// A band of one column on a page of one column whose column, filled from
    /// <paramref name="position"/> in <paramref name="available"/>, would stop more than a body line
    /// short of the foot and go on to the next page (a heading that does not fit with the lines it
    /// keeps, a paragraph the 孤行 rule or a story's tail does not let split), when setting
    /// paragraphs a line longer cannot fill it: the paragraphs nearest the break, up to and through
    /// what did not fit, set a line shorter one by one until what follows comes up and the column
    /// ends within a body line of its foot. The band as it was when that cannot be done.
    /// </summary>
    private Band TightenToFoot(Band band, int position, double available, bool mustPlace)
    {
        var enough = _bodyLine + GridRemainder + ColumnFiller.Epsilon;
        if (Loosener is null || StopsShort(band, position, available, mustPlace) is not { } stop || WouldLoosen(band.Body, stop.Fill, stop.White - enough))
        {
            return band;
        }

        // What did not fit: the keep chain that starts at the break.
        var (fill, _, chainEnd) = stop;
        var paragraphs = new List<StructureNode>();
        for (var i = chainEnd; i >= Math.Max(fill.First, position); i--)
        {
            if (band.Body[i] is LineSlice { Structure: { } element } && !paragraphs.Contains(element, ReferenceEqualityComparer.Instance)
                && Loosener.Original(element) is not null && FirstLine(band.Body, element) >= position)
            {
                paragraphs.Add(element);
            }
        }

        var body = band.Body;
        var tightened = 0;
        foreach (var element in paragraphs)
        {
            if (Loosener.Loosen(element, -1) is not { } laid)
            {
                continue;
            }

            body = Replace(body, element, laid);
            var refill = ColumnFiller.Fill(body, position, available, mustPlace);
            if (ColumnFiller.IsDone(body, refill.End) || available - refill.Height <= enough)
            {
                return band with { Body = body };
            }

            if (++tightened == MaxTightenedParagraphs)
            {
                break;
            }
        }

        return PullOntoPageBefore(band, position, available, mustPlace);
    }

    /// <summary>
    /// Whether <see cref="LoosenToFoot"/> will fill the column once <paramref name="fill"/> is
    /// painted: enough paragraphs, on the page already or wholly in the fill, can be set a line
    /// longer to take up <paramref name="excess"/>.
    /// </summary>
    private bool WouldLoosen(IReadOnlyList<Slice> slices, ColumnFill fill, double excess)
    {
        var needed = (int)Math.Ceiling((excess / _bodyLine) - ColumnFiller.Epsilon);
        var able = Loosenable(Left, Left + Width).Count(c => Loosener!.Loosen(c.Element, 1, c.Skip) is not null);
        var seen = new HashSet<StructureNode>(ReferenceEqualityComparer.Instance);
        for (var i = fill.First; i < fill.End && able < needed; i++)
        {
            if (slices[i] is LineSlice { Structure: { } element } && seen.Add(element) && Loosener!.Original(element) is { } original
                && WholeIn(slices, element, fill, original.Lines.Count) && Loosener.Loosen(element, 1) is not null)
            {
                able++;
            }
        }

        return able >= needed;
    }

    /// <summary>Whether all <paramref name="lines"/> lines of <paramref name="element"/> are in <paramref name="fill"/>.</summary>
    private static bool WholeIn(IReadOnlyList<Slice> slices, StructureNode element, ColumnFill fill, int lines)
    {
        var count = 0;
        for (var i = fill.First; i < fill.End; i++)
        {
            if (slices[i] is LineSlice && ReferenceEquals(slices[i].Structure, element))
            {
                count++;
            }
        }

        return count == lines;
    }

    /// <summary>Index of the first line slice of <paramref name="element"/>.</summary>
    private static int FirstLine(IReadOnlyList<Slice> slices, StructureNode element)
    {
        for (var i = 0; i < slices.Count; i++)
        {
            if (slices[i] is LineSlice && ReferenceEquals(slices[i].Structure, element))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// <paramref name="slices"/> with the line slices of <paramref name="element"/> replaced by
    /// <paramref name="laid"/>'s lines, kept as <see cref="SliceList.AddParagraph"/> keeps them (no
    /// line alone at a column's foot or head) and, when its last line kept with what follows (a
    /// story's tail), its last two.
    /// </summary>
    private static List<Slice> Replace(IReadOnlyList<Slice> slices, StructureNode element, LaidOutParagraph laid)
    {
        var first = FirstLine(slices, element);
        var last = first;
        while (last + 1 < slices.Count && slices[last + 1] is LineSlice && ReferenceEquals(slices[last + 1].Structure, element))
        {
            last++;
        }

        var template = (LineSlice)slices[first];
        var keepAll = true;
        for (var i = first; i <= last; i++)
        {
            keepAll &= slices[i].KeepWithNext;
        }

        var keepLast = slices[last].KeepWithNext;
        var count = laid.Lines.Count;
        var result = new List<Slice>(slices.Count + 1);
        for (var i = 0; i < first; i++)
        {
            result.Add(slices[i]);
        }

        for (var i = 0; i < count; i++)
        {
            var keep = keepAll
                || (i < count - 1 && ((count <= 3) || i == 0 || i == count - 2))
                || (keepLast && i >= count - 2);
            result.Add(template with { Line = laid.Lines[i], LineHeight = laid.LineHeightPt, KeepWithNext = keep });
        }

        for (var i = last + 1; i < slices.Count; i++)
        {
            result.Add(slices[i]);
        }

        return result;
    }
}
