using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Layout.Text;

namespace Bulletin.Docs.Layout.Flow;

/// <summary>Collects the slices of a run of blocks, applying the keep rules as paragraphs are added.</summary>
internal sealed class SliceList
{
    private readonly List<Slice> _slices = [];

    /// <summary>The slices so far.</summary>
    public IReadOnlyList<Slice> Slices => _slices;

    /// <summary>The structure element (an article, a section, a list…) new text elements go under.</summary>
    public StructureNode? Container { get; set; }

    /// <summary>Number of slices so far.</summary>
    public int Count => _slices.Count;

    /// <summary>Appends a slice.</summary>
    public void Add(Slice slice) => _slices.Add(slice);

    /// <summary>Appends slices.</summary>
    public void AddRange(IEnumerable<Slice> slices) => _slices.AddRange(slices);

    /// <summary>
    /// Appends discardable space; it keeps with the next slice when the slice before it does, so
    /// a heading's keep chain runs through the space after it.
    /// </summary>
    public void AddSpace(double points)
    {
        if (points <= 0)
        {
            return;
        }

        var keep = _slices.Count > 0 && _slices[^1].KeepWithNext;
        _slices.Add(new SpaceSlice(points) { Discardable = true, KeepWithNext = keep });
    }

    /// <summary>
    /// Appends a paragraph's lines. Body text: never a single line alone at a column's foot or head
    /// (docs/typography.md §4, 孤行): the first and the next-to-last line keep with the next, and a paragraph
    /// of three lines or fewer moves whole. <paramref name="keepAll"/>: headings, captions and
    /// masthead lines never split and keep with what follows. The lines belong to <paramref name="structure"/>.
    /// </summary>
    public void AddParagraph(LaidOutParagraph paragraph, double spaceBefore, double spaceAfter, bool keepAll, StructureNode? structure, double xOffset = 0)
    {
        AddSpace(spaceBefore);
        var lines = paragraph.Lines;
        var count = lines.Count;
        for (var i = 0; i < count; i++)
        {
            var keep = keepAll
                || (count <= 3 && i < count - 1)
                || i == 0
                || i == count - 2;
            _slices.Add(new LineSlice(lines[i], paragraph.LineHeightPt) { KeepWithNext = keep && (keepAll || i < count - 1), XOffset = xOffset, Structure = structure });
        }

        AddSpace(spaceAfter);
    }

    /// <summary>
    /// Makes slices <c>[start..]</c> (a heading, a figure, a table) take a whole number of
    /// <paramref name="pitch"/> (docs/typography.md §4: a heading occupies a whole number of body lines, so
    /// the body lines after it stay on the grid). The extra space is shared above and below a
    /// heading (<paramref name="centre"/>), else put below; the block's spaces become fixed so it
    /// keeps its height at the top of a column. Anchors stay at the block's top.
    /// </summary>
    public void SnapToPitch(int start, double pitch, bool centre = true)
    {
        if (pitch <= 0 || start >= _slices.Count)
        {
            return;
        }

        var total = 0.0;
        for (var i = start; i < _slices.Count; i++)
        {
            total += _slices[i].Height;
            if (_slices[i] is SpaceSlice)
            {
                // A fixed space keeps with what follows inside the block: no column ends on it.
                _slices[i] = _slices[i] with { Discardable = false, KeepWithNext = _slices[i].KeepWithNext || i < _slices.Count - 1 };
            }
        }

        var extra = (Math.Ceiling((total / pitch) - 1e-6) * pitch) - total;
        if (extra <= ColumnFiller.Epsilon)
        {
            return;
        }

        var keepLast = _slices[^1].KeepWithNext;
        var above = centre ? extra / 2 : 0;
        if (above > 0)
        {
            var top = start;
            while (top < _slices.Count - 1 && _slices[top] is AnchorSlice)
            {
                top++;
            }

            _slices.Insert(top, new SpaceSlice(above) { KeepWithNext = true });
        }

        _slices.Add(new SpaceSlice(extra - above) { KeepWithNext = keepLast });
    }

    /// <summary>
    /// Makes the last <paramref name="lines"/> lines, and whatever lies between and after them,
    /// keep with the next slice, so what follows never starts a column without them. A table row
    /// counts as a line: a table splits between its rows, so what follows it needs only its last
    /// rows, not the whole table.
    /// </summary>
    public void KeepLastLinesWithNext(int lines)
    {
        for (var i = _slices.Count - 1; i >= 0 && lines > 0; i--)
        {
            if (!_slices[i].KeepWithNext)
            {
                _slices[i] = _slices[i] with { KeepWithNext = true };
            }

            if (_slices[i] is LineSlice or TableRowSlice)
            {
                lines--;
            }
        }
    }

    /// <summary>Makes the last slice keep with the next one.</summary>
    public void KeepLastWithNext()
    {
        if (_slices.Count > 0 && !_slices[^1].KeepWithNext)
        {
            _slices[^1] = _slices[^1] with { KeepWithNext = true };
        }
    }
}
