using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Layout.Text;

namespace Bulletin.Docs.Layout.Pages;

// The page composer, in part: a page that would end short filled with lines pushed over from the pages before it, several made up again together.
internal sealed partial class PageComposer
{
    /// <summary>Most pages before the short one that are made up again to fill it.</summary>
    private const int MaxPagesMadeUpAgain = 5;

    /// <summary>
    /// A page of one column about to close more than a body line short, when neither its own
    /// paragraphs (<see cref="LoosenToFoot"/>) nor those of the page before alone
    /// (<see cref="PushFromPageBefore"/>) can fill it: up to <see cref="MaxPagesMadeUpAgain"/>
    /// pages before it are made up again together with it, as a make-up editor works on two or
    /// three pages at once rather than leave a hole. Paragraphs on those pages are set a line longer
    /// (<see cref="LoosenToFoot"/>'s rules: within ⅛ em a gap, no 孤字), or on a line grid two of
    /// their stories set a grid line further apart (<see cref="Widened"/>), and the body lines each
    /// page then has past its foot open the page after it (above its first line of text or a 小标题
    /// that opens it), down to this one, which ends within a
    /// body line of its foot; when fewer lines can come over than it needs, its own paragraphs are
    /// set a line longer for the rest (<see cref="LoosenToFoot"/>), and when they cannot either,
    /// nothing is changed. Every page made up again still ends within a body line of its foot; a
    /// page breaks only between two lines of a story's text, never leaving a paragraph's first or
    /// last line alone on a page (孤行), never between a heading and its text nor before a story's
    /// tail.
    /// </summary>
    /// <returns>Whether the page now ends within a body line of its foot.</returns>
    private bool PushThroughPagesBefore()
    {
        if (Loosener is null || _pages.Count < 2 || _setup.Columns > 1)
        {
            return false;
        }

        var enough = _bodyLine + GridRemainder + ColumnFiller.Epsilon;
        var white = Bottom - ContentBottom(Left, Left + Width);
        if (white <= enough)
        {
            return true;
        }

        if (PushOpening(Current) is not { } opening)
        {
            return false;
        }

        var height = Loosener.Original(opening.Structure!) is { } paragraph ? paragraph.LineHeightPt : _bodyLine;
        var fewest = Math.Max(1, (int)Math.Ceiling(((white - enough) / height) - ColumnFiller.Epsilon));
        var most = (int)Math.Floor((white / height) + ColumnFiller.Epsilon);
        var plans = new Dictionary<(int Page, int Lines), MadeUp?>();

        // Enough lines pushed over to fill the page; else fewer, and this page's own paragraphs set a line longer for the rest.
        foreach (var lines in Enumerable.Range(fewest, Math.Max(0, most - fewest + 1)).Concat(Enumerable.Range(1, fewest - 1).Reverse()))
        {
            if (Export(_pages.Count - 2, lines, opening, height, MaxPagesMadeUpAgain, plans) is not { } made)
            {
                continue;
            }

            var saved = Save(made.Pages.Keys);
            foreach (var (index, elements) in made.Pages)
            {
                _pages[index].Clear();
                _pages[index].AddRange(elements);
            }

            var page = Current.Select(e => Shifted(e, lines * height)).ToList();
            Current.Clear();
            Current.AddRange(AtTop(made.Lines, height));
            Current.AddRange(page);
            for (var b = 1; b < _bandStarts.Count; b++)
            {
                _bandStarts[b] += made.Lines.Count;
            }

            _shortColumns = [];
            if (lines >= fewest || LoosenToFoot(Left, Left + Width))
            {
                return true;
            }

            Restore(saved);
        }

        return false;
    }

    /// <summary>What <see cref="Restore"/> needs to undo a make-up of <paramref name="pages"/> and the current page that did not end the current page at its foot after all.</summary>
    private (Dictionary<int, List<PageElement>> Pages, List<int> Starts, List<ShortColumn> Short, double Y) Save(IEnumerable<int> pages)
    {
        var saved = pages.Append(_pages.Count - 1).Distinct().ToDictionary(i => i, i => _pages[i].ToList());
        return (saved, [.. _bandStarts], _shortColumns, Y);
    }

    /// <summary>Puts back the pages, band starts and position <see cref="Save"/> kept.</summary>
    private void Restore((Dictionary<int, List<PageElement>> Pages, List<int> Starts, List<ShortColumn> Short, double Y) saved)
    {
        foreach (var (index, elements) in saved.Pages)
        {
            _pages[index].Clear();
            _pages[index].AddRange(elements);
        }

        _bandStarts.Clear();
        _bandStarts.AddRange(saved.Starts);
        _shortColumns = saved.Short;
        Y = saved.Y;
    }

    /// <summary>
    /// Pages made up again (by index, their new elements) so that they give their last
    /// <c>Lines</c>, laid out where they ended up past the foot, to the page after them.
    /// </summary>
    private sealed record MadeUp(Dictionary<int, List<PageElement>> Pages, List<PageElement> Lines);

    /// <summary>
    /// Page <paramref name="index"/> made up again so that exactly <paramref name="lines"/> body
    /// lines go past its foot to open the page after it, whose first body line is
    /// <paramref name="next"/>: paragraphs on it set a line longer, on a line grid failing that a
    /// line more between two of its stories as well (<see cref="Widened"/>), and as many lines as it
    /// still needs taken from the page before it in turn (up to <paramref name="pages"/> pages in all);
    /// <c>null</c> when no such make-up keeps every page full and every break a legal one.
    /// The paragraphs nearest the foot go first, so the fewest pages change.
    /// </summary>
    private MadeUp? Export(int index, int lines, TextLineElement next, double height, int pages, Dictionary<(int Page, int Lines), MadeUp?> plans)
    {
        if (index < 0 || pages <= 0)
        {
            return null;
        }

        if (plans.TryGetValue((index, lines), out var known))
        {
            return known;
        }

        plans[(index, lines)] = null;
        var page = _pages[index];
        var white = Bottom - ContentBottom(Left, Left + Width, page);
        var enough = _bodyLine + GridRemainder + ColumnFiller.Epsilon;
        if (white > enough)
        {
            // A page that is short already is not made up again.
            return null;
        }

        var room = (int)Math.Floor((white / height) + ColumnFiller.Epsilon);
        var opening = PushOpening(page);
        var able = new List<(Candidate Candidate, LaidOutParagraph Laid, double LastLine)>();
        foreach (var candidate in Loosenable(Left, Left + Width, page))
        {
            if (Math.Abs(candidate.Original.LineHeightPt - height) < 0.01 && Loosener!.Loosen(candidate.Element, 1, candidate.Skip) is { } laid)
            {
                able.Add((candidate, laid, laid.Lines[^1].Line.Width / Math.Max(laid.Lines[0].Line.Width, 1)));
            }
        }

        // Those whose last line is fullest once loosened first: no page gains a line of two characters.
        var ordered = able.OrderByDescending(a => a.LastLine).ThenByDescending(a => a.Candidate.Top).ToList();
        // Each page made up again may end up to a body line short, so it may take a line fewer from the page before.
        // On a line grid, failing that, a whole line more between two of its stories as well, as few as will do (Widened).
        var gaps = _setup.LineGridPitchPt is { } pitch && Math.Abs(pitch - height) < 0.01 ? Math.Min(StoryGaps(page).Count, lines + room) : 0;
        for (var widened = 0; widened <= gaps; widened++)
        for (var grown = Math.Min(ordered.Count, lines + room - widened); grown >= 0; grown--)
        for (var wanted = lines + room - grown - widened; wanted >= Math.Max(0, lines + room - grown - widened - 1); wanted--)
        {
            MadeUp? before = null;
            if (wanted > 0)
            {
                // The paragraph this page opens with is joined by the lines from the page before, so it is not set again here.
                if (opening is null || (before = Export(index - 1, wanted, opening, height, pages - 1, plans)) is null)
                {
                    continue;
                }
            }

            var chosen = ordered.Where(a => wanted == 0 || opening is null || !ReferenceEquals(a.Candidate.Element, opening.Structure))
                .Take(grown).Select(a => (a.Candidate, a.Laid)).ToList();
            if (chosen.Count < grown)
            {
                continue;
            }

            var made = new List<PageElement>(page);
            if (chosen.Count > 0)
            {
                Repaint(chosen, Left, Left + Width, made);
            }

            if (widened > 0)
            {
                made = Widened(made, widened, height)!;
            }

            if (before is not null)
            {
                made = [.. AtTop(before.Lines, height), .. made.Select(e => Shifted(e, before.Lines.Count * height))];
            }

            if (Split(made, lines, next, height, chosen) is not { } split)
            {
                continue;
            }

            var result = new MadeUp(before is null ? [] : new Dictionary<int, List<PageElement>>(before.Pages), split.Lines);
            result.Pages[index] = split.Kept;
            plans[(index, lines)] = result;
            return result;
        }

        return null;
    }

    /// <summary>
    /// <paramref name="page"/>'s last <paramref name="lines"/> body lines taken off to open the
    /// page after it (whose first body line is <paramref name="next"/>), and what it keeps; <c>null</c>
    /// unless what goes is body text alone, one body line after another, joining
    /// <paramref name="next"/> (the same paragraph running on, or the next paragraph of the same
    /// story), what stays ends within a body line of the foot, and no paragraph is left with one
    /// line on either side of the break.
    /// </summary>
    private (List<PageElement> Kept, List<PageElement> Lines)? Split(List<PageElement> page, int lines, TextLineElement next, double height, IReadOnlyList<(Candidate Candidate, LaidOutParagraph Laid)> set)
    {
        var body = page.OfType<TextLineElement>().Where(l => l.Structure is not null).OrderBy(l => l.Baseline).ToList();
        if (body.Count <= lines)
        {
            return null;
        }

        var going = body.Skip(body.Count - lines).ToList();
        var split = SlotTop(going[0], height);
        var enough = _bodyLine + GridRemainder + ColumnFiller.Epsilon;
        if (split > Bottom + ColumnFiller.Epsilon || Bottom - split > enough)
        {
            return null;
        }

        for (var k = 0; k < going.Count; k++)
        {
            if (!IsBodyLine(going[k], height) || Math.Abs(SlotTop(going[k], height) - split - (k * height)) > 0.01)
            {
                return null;
            }
        }

        var last = going[^1];
        if (!ReferenceEquals(last.Structure!.Parent, next.Structure!.Parent) || SlotTop(next, height) > Top + (next.Structure.Kind == StructureKind.Subheading ? height / 2 : ColumnFiller.Epsilon))
        {
            return null;
        }

        var goingSet = new HashSet<PageElement>(going, ReferenceEqualityComparer.Instance);
        var kept = new List<PageElement>(page.Count);
        var moved = new List<PageElement>(going.Count);
        foreach (var element in page)
        {
            if (goingSet.Contains(element) || (element is AnchorElement or LinkElement && Position(element).Y >= split))
            {
                moved.Add(element);
            }
            else if (Lowest(element) > split + ColumnFiller.Epsilon)
            {
                // Something other than body text at or past the break: a heading, a tail, a picture.
                return null;
            }
            else
            {
                kept.Add(element);
            }
        }

        // 孤行: a paragraph broken here keeps two lines on each side; one that ends here and runs
        // on from the page before keeps two on this page.
        var stays = body[body.Count - lines - 1];
        if (!IsBodyLine(stays, height))
        {
            return null;
        }

        var keptLines = body.Count(l => ReferenceEquals(l.Structure, stays.Structure)) - going.Count(l => ReferenceEquals(l.Structure, stays.Structure));
        if (ReferenceEquals(going[0].Structure, stays.Structure))
        {
            var after = going.Count(l => ReferenceEquals(l.Structure, stays.Structure)) + (ReferenceEquals(last.Structure, next.Structure) ? 1 : 0);
            return keptLines < 2 || after < 2 ? null : (kept, moved);
        }

        return keptLines < 2 && !StartsOn(body, stays, set) ? null : (kept, moved);
    }

    /// <summary>
    /// Whether <paramref name="line"/>'s paragraph starts on <paramref name="page"/>: its first line
    /// there is its first line, as laid out originally or as <paramref name="set"/> set it again.
    /// </summary>
    private bool StartsOn(List<TextLineElement> page, TextLineElement line, IReadOnlyList<(Candidate Candidate, LaidOutParagraph Laid)> set)
    {
        var first = page.First(l => ReferenceEquals(l.Structure, line.Structure)).Line;
        foreach (var (candidate, laid) in set)
        {
            if (ReferenceEquals(candidate.Element, line.Structure))
            {
                return candidate.Skip == 0 && ReferenceEquals(first, laid.Lines[0].Line);
            }
        }

        return Loosener!.Original(line.Structure!) is { } original && ReferenceEquals(first, original.Lines[0].Line);
    }

    /// <summary>Whether <paramref name="line"/> is a line of a story's body paragraph <paramref name="height"/> tall.</summary>
    private bool IsBodyLine(TextLineElement line, double height) =>
        line.Structure is { Kind: StructureKind.Paragraph } element && Loosener!.Original(element) is { } original && Math.Abs(original.LineHeightPt - height) < 0.01;

    /// <summary>The first content line of <paramref name="page"/>, when it is a story's body line.</summary>
    private TextLineElement? FirstBodyLine(List<PageElement> page) =>
        page.OfType<TextLineElement>().Where(l => l.Structure is not null).MinBy(l => l.Baseline) is { } first
        && Loosener!.Original(first.Structure!) is { } original && IsBodyLine(first, original.LineHeightPt) ? first : null;

    /// <summary>
    /// What lines pushed over from the page before join at the top of <paramref name="page"/>: its
    /// first body line (<see cref="FirstBodyLine"/>), or a 小标题 of the same story that opens it
    /// (set on the grid with no space above it, so the lines go above it as they would above a paragraph).
    /// </summary>
    private TextLineElement? PushOpening(List<PageElement> page) =>
        FirstBodyLine(page) ?? (page.OfType<TextLineElement>().Where(l => l.Structure is not null).MinBy(l => l.Baseline) is { Structure.Kind: StructureKind.Subheading } first ? first : null);

    /// <summary>Top of the body line slot <paramref name="line"/> sits in.</summary>
    private static double SlotTop(TextLineElement line, double height) => line.Baseline - ((height + line.Line.Ascent - line.Line.Descent) / 2);

    /// <summary><paramref name="lines"/> (and what goes with them), moved so the first line's slot is at the top of the type area.</summary>
    private List<PageElement> AtTop(List<PageElement> lines, double height)
    {
        var first = lines.OfType<TextLineElement>().MinBy(l => l.Baseline)!;
        var dy = Top - SlotTop(first, height);
        return [.. lines.Select(e => Shifted(e, dy))];
    }

    /// <summary>How far down the page <paramref name="element"/> reaches.</summary>
    private double Lowest(PageElement element) => element switch
    {
        TextLineElement text => text.Baseline + Math.Max(text.Line.Descent, (_bodyLine - text.Line.Ascent + text.Line.Descent) / 2),
        ImageElement image => image.Y + image.Height,
        BoxElement box => box.Y + box.Height,
        RuleElement rule => Math.Max(rule.Y1, rule.Y2),
        LinkElement link => link.Y + link.Height,
        AnchorElement anchor => anchor.Y,
        _ => throw new NotSupportedException($"Page element {element.GetType().Name} cannot be measured."),
    };
}
