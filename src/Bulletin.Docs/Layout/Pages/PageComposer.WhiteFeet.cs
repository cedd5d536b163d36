using System.Globalization;
using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Model;

namespace Bulletin.Docs.Layout.Pages;

// The page composer, in part: what an editor is told about a column foot the make-up left white, and why.
internal sealed partial class PageComposer
{
    /// <summary>How much more than a body line (and the grid's remainder) a foot's white must be to be reported, in points: a rounding margin.</summary>
    private const double WhiteFootMargin = 0.05;

    /// <summary>
    /// Why a page, or some of its columns (from <c>Left</c> to <c>Right</c>), stopped where it did,
    /// recorded where the composer decided it: what did not fit (<c>What</c>, of the item at
    /// <c>Path</c>), how deep it is (<c>AbovePt</c> of it the space that separates it from what is
    /// above) and the room that was left (in points), and where it went.
    /// </summary>
    private sealed record Closing(int Page, double Left, double Right, string What, string Path, double DepthPt, double RoomPt, string GoesTo, int NextPage, bool DocumentEnd)
    {
        public double AbovePt { get; init; }
    }

    /// <summary>The decisions that closed pages or columns, in the order they were taken.</summary>
    private readonly List<Closing> _closings = [];

    /// <summary>
    /// Records that the current page closes from <paramref name="left"/> to <paramref name="right"/>
    /// because <paramref name="what"/> (of <paramref name="band"/>'s item), <paramref name="depth"/>
    /// points deep (<paramref name="above"/> of it the gap between stories), does not fit in the
    /// <paramref name="room"/> points left: it goes to the next page.
    /// </summary>
    private void ClosesBefore(Band band, string what, double depth, double above, double room, double left, double right) =>
        _closings.Add(new Closing(_pages.Count, left, right, what, band.Path, depth, room, "goes to page " + (_pages.Count + 1).ToString(CultureInfo.InvariantCulture), _pages.Count + 1, DocumentEnd: false) { AbovePt = above });

    /// <summary>
    /// Records why a column of a band that goes on stopped at <paramref name="fill"/>: the keep
    /// chain after it (a 小标题 with the lines it keeps, a figure with its caption, a table row, lines
    /// the 孤行 rule does not let split) did not fit in the <paramref name="room"/> points left; it goes to
    /// the next column of the band, or with <paramref name="lastColumn"/> to the next page.
    /// </summary>
    private void ColumnStops(Band band, ColumnFill fill, double room, double left, double right, bool lastColumn)
    {
        var body = band.Body;
        var first = fill.End;
        while (first < body.Count && body[first].Discardable)
        {
            first++;
        }

        if (first >= body.Count)
        {
            return;
        }

        var end = first;
        while (end < body.Count - 1 && body[end].KeepWithNext)
        {
            end++;
        }

        var depth = 0.0;
        for (var i = first; i <= end; i++)
        {
            depth += body[i].Height;
        }

        var page = _pages.Count;
        var goesTo = lastColumn ? "goes to page " + (page + 1).ToString(CultureInfo.InvariantCulture) : "goes to the next column";
        _closings.Add(new Closing(page, left, right, Chain(band, body, first, end), band.Path, depth, room, goesTo, lastColumn ? page + 1 : page, DocumentEnd: false));
    }

    /// <summary>
    /// Records that the current page closes with the document's text, the 版记 going on a page of its
    /// own (GB/T 9704-2012 §7.4.1 sets it at the foot of the document's last page): the document's end.
    /// </summary>
    private void ClosesBeforeDistribution(double depth, double room) =>
        _closings.Add(new Closing(_pages.Count, Left, Left + Width, "the 版记", string.Empty, depth, room, "goes to the last page", _pages.Count + 1, DocumentEnd: true));

    /// <summary>
    /// Every column foot of the page grid (the theme's columns across the type area) on every page
    /// but the last with more than a body line of white (and the grid's remainder) between the
    /// lowest thing set in the column and the foot of the type area, except the document's end,
    /// each with the decision that closed the page there; in page, then column order.
    /// </summary>
    public IReadOnlyList<WhiteFootReport> WhiteFeet()
    {
        var reports = new List<WhiteFootReport>();
        var enough = _bodyLine + GridRemainder + WhiteFootMargin;
        var columns = Math.Max(1, _setup.Columns);
        var width = ColumnWidth(columns);
        for (var page = 0; page < _pages.Count - 1; page++)
        {
            for (var column = 0; column < columns; column++)
            {
                var left = Left + (column * (width + _setup.ColumnGapPt));
                var right = left + width;
                var white = Bottom - ContentBottom(left, right, _pages[page]);
                if (white <= enough)
                {
                    continue;
                }

                // The last decision taken on the page for this column is the one that closed it.
                var closing = _closings.LastOrDefault(c => c.Page == page + 1 && c.Left < right - 1 && c.Right > left + 1);
                if (closing is { DocumentEnd: true })
                {
                    continue;
                }

                reports.Add(closing is null
                    ? new WhiteFootReport(page + 1, column + 1, string.Empty, "the page was closed with nothing waiting to go on it") { WhitePt = white, WhiteLines = white / _bodyLine, NextPage = page + 2 }
                    : new WhiteFootReport(page + 1, column + 1, closing.Path, Note(closing))
                    {
                        WhitePt = white,
                        WhiteLines = white / _bodyLine,
                        What = closing.What,
                        DepthLines = closing.DepthPt / _bodyLine,
                        LinesLeft = closing.RoomPt / _bodyLine,
                        NextPage = closing.NextPage,
                    });
            }
        }

        return reports;
    }

    private string Note(Closing closing) => string.Create(
        CultureInfo.InvariantCulture,
        $"{closing.What}{(closing.Path.Length > 0 ? " (" + closing.Path + ")" : "")} needs {closing.DepthPt / _bodyLine:0.#} lines{(closing.AbovePt > ColumnFiller.Epsilon ? $" ({closing.AbovePt / _bodyLine:0.#} of them the space above it)" : "")}, {closing.RoomPt / _bodyLine:0.#} were left: it {closing.GoesTo}");

    /// <summary>What an editor calls <paramref name="band"/>'s item: story «headline», picture news «title», section «banner».</summary>
    private static string ItemName(Band band)
    {
        var title = band.Header.Concat(band.Body).Select(s => ArticleOf(s.Structure)).FirstOrDefault(a => a is not null)?.Title;
        var named = title is null ? "" : " «" + title + "»";
        return band.Item switch
        {
            PictureNews => "picture news" + named,
            Section section => "section «" + section.Banner + "»",
            Article => "story" + named,
            _ => band.Framed ? "the contents box" : "an item" + named,
        };
    }

    /// <summary>What the opening of <paramref name="band"/> is that must go on the page together: the header, and the body up to its first legal break.</summary>
    private static string OpeningOf(Band band) => band.Item switch
    {
        PictureNews => ItemName(band),
        Section when band.Body.Count == 0 => ItemName(band) + ", its banner",
        Section => ItemName(band) + ", its banner with the opening of its first story",
        Article => "the headline of " + ItemName(band) + " with the lines it keeps",
        _ => ItemName(band),
    };

    /// <summary>The keep chain <paramref name="body"/>[<paramref name="first"/>..<paramref name="end"/>] of <paramref name="band"/> in an editor's terms.</summary>
    private static string Chain(Band band, IReadOnlyList<Slice> body, int first, int end)
    {
        var story = ItemName(band);
        var kind = Leaf(body[first]);
        return kind switch
        {
            StructureKind.Subheading => "the 小标题 «" + ChainText(body, first, end) + "» of " + story + " with the lines it keeps",
            StructureKind.Figure or StructureKind.Caption => "a figure of " + story + " with its caption",
            StructureKind.Table or StructureKind.TableRow or StructureKind.TableCell or StructureKind.TableHeaderCell => "a table row of " + story,
            StructureKind.Byline or StructureKind.JumpLine or StructureKind.Note => "the tail of " + story + " with the last lines it keeps",
            StructureKind.Headline or StructureKind.Kicker or StructureKind.Deck or StructureKind.ColumnLabel or StructureKind.SectionBanner => "the headline of " + story + " with the lines it keeps",
            _ => "lines of " + story + " that may not be split there (a paragraph keeps two lines on each side of a break)",
        };
    }

    /// <summary>The kind of the structure element a slice shows, below any list or table that holds it.</summary>
    private static StructureKind? Leaf(Slice slice) => slice is ImageSlice ? StructureKind.Figure : slice is TableRowSlice ? StructureKind.TableRow : slice.Structure?.Kind;

    /// <summary>The text of the lines of the chain's first element.</summary>
    private static string ChainText(IReadOnlyList<Slice> body, int first, int end)
    {
        var node = body[first].Structure;
        var text = new System.Text.StringBuilder();
        for (var i = first; i <= end; i++)
        {
            if (body[i] is LineSlice line && ReferenceEquals(body[i].Structure, node))
            {
                text.Append(line.Line.Line.Text);
            }
        }

        return text.ToString();
    }

    private static StructureNode? ArticleOf(StructureNode? node)
    {
        for (var n = node; n is not null; n = n.Parent)
        {
            if (n.Kind == StructureKind.Article)
            {
                return n;
            }
        }

        return null;
    }
}
