using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Layout.Text;

namespace Bulletin.Docs.Layout.Pages;

// The page composer, in part: a page that would end short given lines from the page before, which is set looser to make them.
internal sealed partial class PageComposer
{
    /// <summary>
    /// A page of one column about to close more than a body line short that opens with a paragraph
    /// running on from the page before: the two pages are made up again together, as a make-up
    /// editor balances a spread. Paragraphs wholly on the page before are set a line longer
    /// (<see cref="LoosenToFoot"/>'s rules), and the lines they push past its foot, all of the
    /// paragraph that runs on, move to the top of this page, which then ends within a body line of
    /// its foot. The page before keeps at least two lines of that paragraph (孤行); its text still
    /// ends at its foot. Nothing is changed when that cannot be done.
    /// </summary>
    /// <returns>Whether the page now ends within a body line of its foot.</returns>
    private bool PushFromPageBefore()
    {
        if (Loosener is null || _pages.Count < 2 || _setup.Columns > 1)
        {
            return false;
        }

        var (left, right) = (Left, Left + Width);
        var enough = _bodyLine + GridRemainder + ColumnFiller.Epsilon;
        var white = Bottom - ContentBottom(left, right);
        if (white <= enough)
        {
            return true;
        }

        // The paragraph this page opens with, and its lines at the foot of the page before.
        var before = _pages[^2];
        if (Current.OfType<TextLineElement>().Where(l => l.Structure is not null).MinBy(l => l.Baseline) is not { Structure: { } runOn } opening
            || Current.OfType<BoxElement>().Any() || before.OfType<BoxElement>().Any())
        {
            return false;
        }

        var tail = before.OfType<TextLineElement>().Where(l => ReferenceEquals(l.Structure, runOn)).OrderBy(l => l.Baseline).ToList();
        if (tail.Count == 0 || before.OfType<TextLineElement>().Any(l => l.Structure is not null && !ReferenceEquals(l.Structure, runOn) && l.Baseline > tail[0].Baseline)
            || ContentBottom(left, right, before) < Bottom - enough)
        {
            return false;
        }

        // Lines to push: each paragraph set a line longer pushes one, once the room left at the
        // foot of the page before is taken up.
        var lineHeight = tail.Count > 1 ? tail[1].Baseline - tail[0].Baseline : _bodyLine;
        var lines = (int)Math.Ceiling(((white - enough) / lineHeight) - ColumnFiller.Epsilon);
        var room = (int)Math.Floor(((Bottom - ContentBottom(left, right, before)) / lineHeight) + ColumnFiller.Epsilon);
        if (lines < 1 || tail.Count - lines < 2)
        {
            return false;
        }

        var grown = new List<(Candidate Candidate, LaidOutParagraph Laid)>();
        foreach (var candidate in Loosenable(left, right, before).Where(c => !ReferenceEquals(c.Element, runOn) && Math.Abs(c.Original.LineHeightPt - lineHeight) < 0.01).OrderByDescending(c => c.Top))
        {
            if (grown.Count < lines + room && Loosener.Loosen(candidate.Element, 1, candidate.Skip) is { } laid)
            {
                grown.Add((candidate, laid));
            }
        }

        if (grown.Count < lines + room)
        {
            return false;
        }

        var loosened = new List<PageElement>(before);
        Repaint(grown, left, right, loosened);

        // The lines now past the foot of the page before open this page, everything on it moving down.
        var pushed = loosened.OfType<TextLineElement>().Where(l => ReferenceEquals(l.Structure, runOn) && l.Baseline > Bottom).OrderBy(l => l.Baseline).ToList();
        if (pushed.Count != lines || loosened.Any(e => e is not TextLineElement && Position(e).Y > Bottom))
        {
            return false;
        }

        before.Clear();
        before.AddRange(loosened.Where(e => e is not TextLineElement l || !pushed.Contains(l)));
        var first = pushed[0];
        var dy = Top - (first.Baseline - ((lineHeight + first.Line.Ascent - first.Line.Descent) / 2));
        var shift = pushed.Count * lineHeight;
        var page = Current.Select(e => Shifted(e, shift)).ToList();
        Current.Clear();
        Current.AddRange(pushed.Select(l => l with { Baseline = l.Baseline + dy }));
        Current.AddRange(page);
        for (var b = 1; b < _bandStarts.Count; b++)
        {
            _bandStarts[b] += pushed.Count;
        }

        _shortColumns = [];
        return true;
    }
}
