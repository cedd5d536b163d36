using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Layout.Text;

namespace Bulletin.Docs.Layout.Pages;

// The page composer, in part: a column that would end short of its foot filled by setting paragraphs on it a line longer.
internal sealed partial class PageComposer
{
    /// <summary>Most lines one paragraph is set longer than its best breaking to fill a column.</summary>
    private const int MaxLinesPerParagraph = 2;

    /// <summary>The body paragraphs that may be set again a line longer; <c>null</c>: none may.</summary>
    public ParagraphLoosener? Loosener { get; init; }

    /// <summary>What is left under the last whole grid line of the type area; 0 without a line grid.</summary>
    private double GridRemainder => _setup.LineGridPitchPt is { } pitch && pitch > 0
        ? (Bottom - Top) - (Math.Floor(((Bottom - Top) / pitch) + 1e-9) * pitch)
        : 0;

    /// <summary>
    /// A column of the current page, from <paramref name="left"/> to <paramref name="right"/>, that
    /// ends more than one body line short of the foot: paragraphs in it (wholly, or the part of one
    /// running on from the page before) are set a line longer,
    /// each within the same rules as any line (no more than ⅛ em a gap, no 孤字), until it ends
    /// at the foot, the way a typesetter uses TeX's \looseness, and as GB/T 9704-2012 §7.3.5.5 lets
    /// a government document's line and character spacing be adjusted when the space left cannot
    /// take what must come next. The line grid is kept: a paragraph grows by whole body lines and
    /// what is under it moves down by as much. Those with the fullest last line once loosened go
    /// first, so the page does not gain a line of two characters; a paragraph grows by a second line
    /// only when every other has grown by one.
    /// Only paragraphs at or under <paramref name="top"/> are set again (the band's part of a column on
    /// a page of many, the bands above it having columns of their own).
    /// </summary>
    /// <returns>Whether the column now ends at its foot; when it cannot be made to, nothing is changed.</returns>
    private bool LoosenToFoot(double left, double right, double top = double.NegativeInfinity)
    {
        if (PlanLoosening(left, right, top) is not { } plan)
        {
            return false;
        }

        if (plan.Count > 0)
        {
            Repaint(plan, left, right);
        }

        return true;
    }

    /// <summary>
    /// The paragraphs <see cref="LoosenToFoot"/> sets longer (those starting at or under
    /// <paramref name="top"/>) and their new lines: empty when the
    /// column needs none, <c>null</c> when loosening cannot end it within a body line of its foot.
    /// </summary>
    private List<(Candidate Candidate, LaidOutParagraph Laid)>? PlanLoosening(double left, double right, double top = double.NegativeInfinity)
    {
        var white = Bottom - ContentBottom(left, right);
        var enough = _bodyLine + GridRemainder + ColumnFiller.Epsilon;
        if (white <= enough)
        {
            return [];
        }

        if (Loosener is null)
        {
            return null;
        }

        var candidates = Loosenable(left, right).Where(c => c.Top >= top - ColumnFiller.Epsilon).ToList();
        var grown = new Dictionary<StructureNode, LaidOutParagraph>(ReferenceEqualityComparer.Instance);
        for (var level = 1; level <= MaxLinesPerParagraph && white > enough; level++)
        {
            var options = new List<(Candidate Candidate, LaidOutParagraph Laid, double LastLine)>();
            foreach (var candidate in candidates)
            {
                if (candidate.Original.LineHeightPt > white + ColumnFiller.Epsilon
                    || (level > 1 && !grown.ContainsKey(candidate.Element))
                    || Loosener.Loosen(candidate.Element, level, candidate.Skip) is not { } laid)
                {
                    continue;
                }

                options.Add((candidate, laid, laid.Lines[^1].Line.Width / Math.Max(laid.Lines[0].Line.Width, 1)));
            }

            foreach (var option in options.OrderByDescending(o => o.LastLine).ThenByDescending(o => o.Candidate.Count).ThenBy(o => o.Candidate.Top))
            {
                if (option.Candidate.Original.LineHeightPt > white + ColumnFiller.Epsilon)
                {
                    continue;
                }

                grown[option.Candidate.Element] = option.Laid;
                white -= option.Candidate.Original.LineHeightPt;
            }
        }

        return white > enough ? null : [.. candidates.Where(c => grown.ContainsKey(c.Element)).Select(c => (c, grown[c.Element]))];
    }

    /// <summary>
    /// Makes <paramref name="need"/> more room at the foot of a page of one column by setting
    /// paragraphs on it a line shorter (marks squeezed first, then the characters closed up at most
    /// 1/24 em a gap: <see cref="Paragraphs.ParagraphOptions.Looseness"/>), so that what comes next starts on this page rather than leave white at its foot; the
    /// paragraphs nearest the foot go first. Nothing is changed when that cannot make room enough.
    /// </summary>
    /// <returns>Whether the room was made; <see cref="Y"/> has moved up by what was freed.</returns>
    private bool TightenToFit(double need)
    {
        if (Loosener is null || need <= ColumnFiller.Epsilon)
        {
            return false;
        }

        var shrunk = new List<(Candidate Candidate, LaidOutParagraph Laid)>();
        var freed = 0.0;
        foreach (var candidate in Loosenable(Left, Left + Width).OrderByDescending(c => c.Top))
        {
            if (Loosener.Loosen(candidate.Element, -1, candidate.Skip) is { } laid)
            {
                shrunk.Add((candidate, laid));
                freed += candidate.Original.LineHeightPt;
                if (freed >= need - ColumnFiller.Epsilon)
                {
                    Repaint(shrunk, Left, Left + Width);
                    Y -= freed;
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A body paragraph in a column of the page, wholly or its run-on part: its element, how it was laid out, where its lines are.</summary>
    /// <remarks><c>Skip</c>: the lines of it on the page before (a paragraph that runs on to this page's top); <c>Count</c>: its lines on this page.</remarks>
    private sealed record Candidate(StructureNode Element, LaidOutParagraph Original, double X, double Top, double Bottom, List<int> Lines, int Skip)
    {
        public int Count => Original.Lines.Count - Skip;
    }

    /// <summary>
    /// The paragraphs of the column that may be set again: every line of them on this page in the
    /// column (or every line after those on the page before), as they were registered, evenly
    /// spaced (not opened up by vertical justification), with no link and not in a frame; on
    /// <paramref name="elements"/>, the page before, or else the current page.
    /// </summary>
    private List<Candidate> Loosenable(double left, double right, List<PageElement>? elements = null)
    {
        var page = elements ?? Current;
        var lines = new Dictionary<StructureNode, List<int>>(ReferenceEqualityComparer.Instance);
        var linked = new HashSet<StructureNode>(ReferenceEqualityComparer.Instance);
        var boxes = new List<BoxElement>();
        for (var i = 0; i < page.Count; i++)
        {
            switch (page[i])
            {
                case TextLineElement { Structure: { } element } line when Inside(line.X, line.X + line.Line.Width, left, right):
                    if (!lines.TryGetValue(element, out var list))
                    {
                        lines[element] = list = [];
                    }

                    list.Add(i);
                    break;
                case LinkElement { Structure: { } element }:
                    linked.Add(element);
                    break;
                case BoxElement box:
                    boxes.Add(box);
                    break;
            }
        }

        var candidates = new List<Candidate>();
        foreach (var (element, indices) in lines)
        {
            if (linked.Contains(element) || Loosener!.Original(element) is not { } original || original.Lines.Count < indices.Count)
            {
                continue;
            }

            // A paragraph that runs on from the page before has its last lines here; one set
            // again since it was registered (pulled up a line by TightenToFoot) is left as it is.
            var skip = original.Lines.Count - indices.Count;
            var first = (TextLineElement)page[indices[0]];
            if (!ReferenceEquals(first.Line, original.Lines[skip].Line) || !ReferenceEquals(((TextLineElement)page[indices[^1]]).Line, original.Lines[^1].Line))
            {
                continue;
            }

            var height = original.LineHeightPt;
            var top = first.Baseline - ((height + first.Line.Ascent - first.Line.Descent) / 2);
            var even = true;
            for (var k = 1; k < indices.Count && even; k++)
            {
                even = Math.Abs(((TextLineElement)page[indices[k]]).Baseline - first.Baseline - (k * height)) <= 0.01;
            }

            var bottom = top + (indices.Count * height);
            if (even && !boxes.Any(b => b.Y < top && b.Y + b.Height > bottom))
            {
                candidates.Add(new Candidate(element, original, first.X - original.Lines[skip].X, top, bottom, indices, skip));
            }
        }

        return candidates;
    }

    /// <summary>
    /// Paints the page again with each paragraph of <paramref name="grown"/> in its new lines and
    /// everything under it in the column moved down by the lines it gained; the order of the
    /// elements is kept, so the page's reading order is unchanged.
    /// </summary>
    private void Repaint(List<(Candidate Candidate, LaidOutParagraph Laid)> grown, double left, double right, List<PageElement>? elements = null)
    {
        var page = elements ?? Current;
        var replaced = new Dictionary<int, (Candidate Candidate, LaidOutParagraph Laid)>();
        var skipped = new HashSet<int>();
        foreach (var entry in grown)
        {
            replaced[entry.Candidate.Lines[0]] = entry;
            skipped.UnionWith(entry.Candidate.Lines.Skip(1));
        }

        double ShiftAt(double y, double x0, double x1) => Inside(x0, x1, left, right)
            ? grown.Where(g => g.Candidate.Bottom <= y + ColumnFiller.Epsilon).Sum(g => (g.Laid.Lines.Count - g.Candidate.Lines.Count) * g.Laid.LineHeightPt)
            : 0;

        var painted = new List<PageElement>(page.Count + grown.Count * MaxLinesPerParagraph);
        var newIndex = new int[page.Count + 1];
        for (var i = 0; i < page.Count; i++)
        {
            newIndex[i] = painted.Count;
            if (replaced.TryGetValue(i, out var entry))
            {
                var (candidate, laid) = entry;
                var top = candidate.Top + ShiftAt(candidate.Top, left, right);
                for (var k = 0; k < laid.Lines.Count; k++)
                {
                    SlicePainter.PaintLine(painted, laid.Lines[k], laid.LineHeightPt, candidate.X, top + (k * laid.LineHeightPt), candidate.Element);
                }

                continue;
            }

            if (skipped.Contains(i))
            {
                continue;
            }

            var element = page[i];
            var (y, x0, x1) = Position(element);
            var dy = ShiftAt(y, x0, x1);
            painted.Add(dy != 0 ? Shifted(element, dy) : element);
        }

        newIndex[page.Count] = painted.Count;
        if (ReferenceEquals(page, Current))
        {
            for (var b = 0; b < _bandStarts.Count; b++)
            {
                _bandStarts[b] = newIndex[_bandStarts[b]];
            }

            _shortColumns = [];
        }

        page.Clear();
        page.AddRange(painted);
    }

    /// <summary>Where an element starts down the page and its left and right: what decides whether a paragraph grown above it moves it.</summary>
    private static (double Y, double X0, double X1) Position(PageElement element) => element switch
    {
        // A line's slot starts above its glyphs; its baseline is under the foot of any paragraph above it.
        TextLineElement text => (text.Baseline, text.X, text.X + text.Line.Width),
        RuleElement rule => (Math.Min(rule.Y1, rule.Y2), Math.Min(rule.X1, rule.X2), Math.Max(rule.X1, rule.X2)),
        BoxElement box => (box.Y, box.X, box.X + box.Width),
        ImageElement image => (image.Y, image.X, image.X + image.Width),
        LinkElement link => (link.Y + (link.Height / 2), link.X, link.X + link.Width),
        AnchorElement anchor => (anchor.Y, anchor.X, anchor.X),
        _ => throw new NotSupportedException($"Page element {element.GetType().Name} cannot be moved."),
    };

    /// <summary>Whether [<paramref name="x0"/>, <paramref name="x1"/>] lies within the column [<paramref name="left"/>, <paramref name="right"/>].</summary>
    private static bool Inside(double x0, double x1, double left, double right) => x0 >= left - 1 && x1 <= right + 1;

    /// <summary>
    /// The lowest thing set in the column on the current page: a content line's slot (one body
    /// line tall), an image, a frame, a horizontal rule.
    /// </summary>
    private double ContentBottom(double left, double right, List<PageElement>? elements = null)
    {
        var lowest = Top;
        foreach (var element in elements ?? Current)
        {
            var (x0, x1, bottom) = element switch
            {
                TextLineElement { Structure: not null } text => (text.X, text.X + Math.Max(text.Line.Width, 1), text.Baseline + Math.Max(text.Line.Descent, (_bodyLine - text.Line.Ascent + text.Line.Descent) / 2)),
                ImageElement image => (image.X, image.X + image.Width, image.Y + image.Height),
                BoxElement box => (box.X, box.X + box.Width, box.Y + box.Height),
                RuleElement rule when Math.Abs(rule.Y1 - rule.Y2) < 0.05 => (Math.Min(rule.X1, rule.X2), Math.Max(rule.X1, rule.X2), rule.Y1),
                _ => (0.0, 0.0, double.NegativeInfinity),
            };
            if (x0 < right - 1 && x1 > left + 1 && bottom <= Bottom + 1)
            {
                lowest = Math.Max(lowest, bottom);
            }
        }

        return lowest;
    }
}
