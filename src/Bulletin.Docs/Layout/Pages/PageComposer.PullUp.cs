using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Layout.Text;

namespace Bulletin.Docs.Layout.Pages;

// The page composer, in part: room made on a page that would end short by pulling its first lines up to the page before, set tighter to take them.
internal sealed partial class PageComposer
{
    /// <summary>Most body lines pulled up from a page's top to the foot of the page before.</summary>
    private const int MaxPulledLines = 4;

    /// <summary>
    /// Before the current page of one column is closed because the next band's opening (with the
    /// lines it keeps) needs <paramref name="need"/> more than the room left, and setting
    /// paragraphs on this page a line shorter cannot make it: the first body lines of the page
    /// are pulled up to the foot of the page before, which makes room for them by setting as
    /// many of its paragraphs a line shorter (<see cref="TightenToFit"/>'s rules: marks squeezed
    /// first, then at most 1/24 em a gap closed up, GB/T 9704-2012 §7.3.5.5), and the page moves
    /// up by as much; a make-up editor fits two pages together so a headline is not sent over with
    /// white under the story before it. No paragraph is left with one line on either side of
    /// either page break (孤行), and a story's tail keeps its last two lines.
    /// </summary>
    /// <returns>Whether the room was made; <see cref="Y"/> has moved up by it.</returns>
    private bool PullToPageBefore(double need)
    {
        if (Loosener is null || _pages.Count < 2 || _setup.Columns > 1 || FirstBodyLine(Current) is not { } opening)
        {
            return false;
        }

        var height = Loosener.Original(opening.Structure!)!.LineHeightPt;
        var most = Math.Min(MaxPulledLines, Current.OfType<TextLineElement>().Count(l => l.Structure is not null) - 1);
        for (var lines = (int)Math.Ceiling((need / height) - ColumnFiller.Epsilon); lines <= most; lines++)
        {
            if (TopLines(Current, lines, height, _pages[^2]) is not { } moved
                || RoomAtFoot(_pages.Count - 2, lines, opening, height, MaxPagesMadeUpAgain) is not { } room)
            {
                continue;
            }

            foreach (var (index, elements) in room.Pages)
            {
                _pages[index].Clear();
                _pages[index].AddRange(elements);
            }

            _pages[^2].AddRange(Current.Where(moved.Contains).Select(e => Shifted(e, room.Foot - Top)));
            var newIndex = new int[Current.Count + 1];
            var kept = new List<PageElement>(Current.Count);
            for (var i = 0; i < Current.Count; i++)
            {
                newIndex[i] = kept.Count;
                if (!moved.Contains(Current[i]))
                {
                    kept.Add(Shifted(Current[i], -lines * height));
                }
            }

            newIndex[Current.Count] = kept.Count;
            for (var b = 0; b < _bandStarts.Count; b++)
            {
                _bandStarts[b] = newIndex[_bandStarts[b]];
            }

            Current.Clear();
            Current.AddRange(kept);
            _shortColumns = [];
            Y -= lines * height;
            return true;
        }

        return false;
    }

    /// <summary>
    /// The first <paramref name="lines"/> body lines of <paramref name="page"/> (with the anchors and
    /// links among them), when they may be pulled up to the foot of <paramref name="before"/>:
    /// story text alone, one line after another from the top; the paragraph broken at the new
    /// break keeps two lines on each side of it (孤行), and two lines of the story's text stay
    /// before anything else that follows (a story's tail keeps its last two lines). <c>null</c> otherwise.
    /// </summary>
    private HashSet<PageElement>? TopLines(List<PageElement> page, int lines, double height, List<PageElement> before)
    {
        var body = page.OfType<TextLineElement>().Where(l => l.Structure is not null).OrderBy(l => l.Baseline).ToList();
        if (lines < 1 || lines >= body.Count || SlotTop(body[0], height) > Top + ColumnFiller.Epsilon)
        {
            return null;
        }

        var pulled = body.Take(lines).ToList();
        var stays = body[lines];
        if (pulled.Any(l => !IsBodyLine(l, height)) || !IsBodyLine(stays, height)
            || Math.Abs(SlotTop(pulled[^1], height) - Top - ((lines - 1) * height)) > 0.01)
        {
            return null;
        }

        var last = pulled[^1].Structure!;
        var up = pulled.Count(l => ReferenceEquals(l.Structure, last)) + before.OfType<TextLineElement>().Count(l => ReferenceEquals(l.Structure, last));
        var down = ReferenceEquals(last, stays.Structure) ? body.Count(l => ReferenceEquals(l.Structure, last)) - pulled.Count(l => ReferenceEquals(l.Structure, last)) : 2;
        var after = body.Skip(lines).TakeWhile(l => IsBodyLine(l, height)).Count();
        if (up < 2 || down < 2 || (after < 2 && body.Count > lines + after))
        {
            return null;
        }

        var split = SlotTop(stays, height);
        if (page.Any(e => e is not AnchorElement and not LinkElement && !pulled.Contains(e) && Position(e).Y < split))
        {
            return null;
        }

        return new HashSet<PageElement>(page.Where(e => pulled.Contains(e) || (e is AnchorElement or LinkElement && Position(e).Y < split)), ReferenceEqualityComparer.Instance);
    }

    /// <summary>
    /// Before a column of a band of one column is filled from <paramref name="position"/> at the
    /// top of a page, when it would stop more than a body line short (what follows does not fit
    /// with the lines it keeps) and setting paragraphs a line shorter on this page cannot help:
    /// the body lines at <paramref name="position"/> are set at the foot of the page before, made
    /// room for there as <see cref="PullToPageBefore"/> does, so what follows comes up. The band
    /// without those lines; the band as it was when that cannot be done.
    /// </summary>
    private Band PullOntoPageBefore(Band band, int position, double available, bool mustPlace)
    {
        if (Loosener is null || _pages.Count < 2 || Current.Count > 0 || _bandStarts.Count > 1)
        {
            return band;
        }

        var body = band.Body;
        var first = position;
        while (first < body.Count && body[first].Discardable)
        {
            first++;
        }

        var enough = _bodyLine + GridRemainder + ColumnFiller.Epsilon;
        for (var lines = 1; lines <= MaxPulledLines && first + lines < body.Count; lines++)
        {
            var end = first + lines;
            if (body[end - 1].KeepWithNext || body[first] is not LineSlice { Structure: { } joining } start
                || Loosener.Original(joining) is not { } paragraph)
            {
                continue;
            }

            var height = paragraph.LineHeightPt;
            if (body.Skip(first).Take(lines).Any(s => s is not LineSlice { Structure: { } e } || Loosener.Original(e) is not { } o || Math.Abs(o.LineHeightPt - height) > 0.01))
            {
                break;
            }

            List<Slice> rest = [.. body.Take(first), .. body.Skip(end)];
            var refill = ColumnFiller.Fill(rest, first, available, mustPlace);
            if (!ColumnFiller.IsDone(rest, refill.End) && available - refill.Height > enough)
            {
                continue;
            }

            var opening = new TextLineElement(Left + start.Line.X, Top + ((height + start.Line.Line.Ascent - start.Line.Line.Descent) / 2), start.Line.Line) { Structure = joining };
            if (RoomAtFoot(_pages.Count - 2, lines, opening, height, MaxPagesMadeUpAgain) is not { } room)
            {
                continue;
            }

            foreach (var (index, elements) in room.Pages)
            {
                _pages[index].Clear();
                _pages[index].AddRange(elements);
            }

            SlicePainter.Paint(_pages[^2], body, new ColumnFill(first, end, lines * height, false), Left, room.Foot);
            return band with { Body = rest };
        }

        return band;
    }

    /// <summary>Pages made up again (by index, their new elements), and where the room made at the foot of the last of them starts.</summary>
    private sealed record Room(Dictionary<int, List<PageElement>> Pages, double Foot);

    /// <summary>
    /// Page <paramref name="index"/>, full to within a body line of its foot and ending in a body
    /// line of the story <paramref name="opening"/> (the first of <paramref name="lines"/> lines
    /// to be pulled up from the page after it) goes on with, made up again with room for them at
    /// its foot: paragraphs on it set a line shorter, the nearest the foot first, and, as far as
    /// that is not enough, its own first lines pulled up in turn to the page before it (up to
    /// <paramref name="pages"/> pages in all). <c>null</c> when it cannot be made, or a page would
    /// no longer end within a body line of its foot.
    /// </summary>
    private Room? RoomAtFoot(int index, int lines, TextLineElement opening, double height, int pages)
    {
        if (index < 0 || pages <= 0)
        {
            return null;
        }

        var page = _pages[index];
        var enough = _bodyLine + GridRemainder + ColumnFiller.Epsilon;
        var white = Bottom - ContentBottom(Left, Left + Width, page);
        if (white > enough || page.OfType<TextLineElement>().Where(l => l.Structure is not null).MaxBy(l => l.Baseline) is not { } last
            || !IsBodyLine(last, height) || !ReferenceEquals(last.Structure!.Parent, opening.Structure!.Parent)
            || page.Any(e => Lowest(e) > Lowest(last) + ColumnFiller.Epsilon))
        {
            return null;
        }

        // The lines pulled up join the paragraph the page ends in, or start the next one.
        if (!ReferenceEquals(last.Structure, opening.Structure) && Loosener!.Original(opening.Structure!) is { } next && !ReferenceEquals(opening.Line, next.Lines[0].Line))
        {
            return null;
        }

        var room = (int)Math.Floor((white / height) + ColumnFiller.Epsilon);
        var first = FirstBodyLine(page);
        var able = new List<(Candidate Candidate, LaidOutParagraph Laid)>();
        foreach (var candidate in Loosenable(Left, Left + Width, page).OrderByDescending(c => c.Top))
        {
            if (Math.Abs(candidate.Original.LineHeightPt - height) < 0.01
                && Loosener!.Loosen(candidate.Element, -1, candidate.Skip) is { } laid)
            {
                able.Add((candidate, laid));
            }
        }

        // Each page may end up to a body line short, so as many lines as are needed, or one more, may go up.
        for (var shrunk = Math.Min(able.Count, Math.Max(0, lines - room)); shrunk >= 0; shrunk--)
        for (var pulled = Math.Max(0, lines - room - shrunk); pulled <= Math.Max(0, lines - room - shrunk) + 1 && pulled <= MaxPulledLines; pulled++)
        {
            Room? before = null;
            HashSet<PageElement>? moved = null;
            if (pulled > 0 && (first is null || index < 1 || (moved = TopLines(page, pulled, height, _pages[index - 1])) is null
                || (before = RoomAtFoot(index - 1, pulled, first, height, pages - 1)) is null))
            {
                continue;
            }

            // A paragraph whose lines go up is not set again here.
            var going = moved?.OfType<TextLineElement>().Select(l => l.Structure).ToHashSet(ReferenceEqualityComparer.Instance);
            var chosen = able.Where(a => going is null || !going.Contains(a.Candidate.Element)).Take(shrunk).ToList();
            if (chosen.Count < shrunk)
            {
                continue;
            }

            var made = new List<PageElement>(page);
            if (chosen.Count > 0)
            {
                Repaint(chosen, Left, Left + Width, made);
            }

            var pages2 = before is null ? new Dictionary<int, List<PageElement>>() : new Dictionary<int, List<PageElement>>(before.Pages);
            if (before is not null && moved is not null)
            {
                pages2[index - 1] = [.. pages2[index - 1], .. made.Where(moved.Contains).Select(e => Shifted(e, before.Foot - Top))];
                made = [.. made.Where(e => !moved.Contains(e)).Select(e => Shifted(e, -pulled * height))];
            }

            var foot = ContentBottom(Left, Left + Width, made);
            var end = foot + (lines * height);
            if (end > Bottom + ColumnFiller.Epsilon || Bottom - end > enough)
            {
                continue;
            }

            pages2[index] = made;
            return new Room(pages2, foot);
        }

        return null;
    }
}
