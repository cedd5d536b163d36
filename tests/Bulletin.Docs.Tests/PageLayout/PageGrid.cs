using Bulletin.Docs.Layout;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Tests.PageLayout;

/// <summary>
/// Measures laid-out pages against their theme's column grid and line grid, walking the page
/// elements as the PDF writer draws them: what is white at a column's foot, whether an image's
/// edges are column edges, whether a body line's baseline is on the GB/T 9704 line grid.
/// </summary>
internal sealed class PageGrid(BulletinTheme theme)
{
    private const double Tolerance = 0.05;

    private PageSetup Setup => theme.Page;

    private double Top => Setup.MarginTopPt;

    private double Bottom => Setup.MarginTopPt + Setup.ContentHeightPt;

    /// <summary>The body text's line pitch in points (one body line).</summary>
    public double BodyLine => theme[TextRole.Body].LineSpacing.ToPoints(theme[TextRole.Body].SizePt);

    /// <summary>What is left under the last whole grid line of the type area (0.9 pt on the 简报's 22 lines); 0 without a grid.</summary>
    private double GridRemainder => Setup.LineGridPitchPt is { } pitch ? Setup.ContentHeightPt - (Math.Floor((Setup.ContentHeightPt / pitch) + 1e-9) * pitch) : 0;

    /// <summary>Left and right of every column: the page's, and those inside a frame's padding.</summary>
    public IReadOnlyList<(double Left, double Right)> Columns()
    {
        var columns = new List<(double, double)>();
        foreach (var pad in new[] { 0, theme.FramePaddingPt })
        {
            var left = Setup.MarginLeftPt + pad;
            var width = Setup.ContentWidthPt - 2 * pad;
            var n = Math.Max(1, Setup.Columns);
            var column = (width - (n - 1) * Setup.ColumnGapPt) / n;
            for (var c = 0; c < n; c++)
            {
                var x = left + c * (column + Setup.ColumnGapPt);
                columns.Add((x, x + column));
            }
        }

        return columns;
    }

    /// <summary>
    /// A column foot with white over one body line: where, how much, what the next page opens with
    /// and, when the foot is the end of the document's text, why it counts as the document's end.
    /// </summary>
    public sealed record WhiteFoot(int Page, int Column, double White, double Line, string Opening, string? DocumentEnd)
    {
        public override string ToString() =>
            $"page {Page} column {Column}: {White:F1} pt ({White / Line:F1} lines) white at the foot; the next page opens with {Opening}{(DocumentEnd is null ? "" : $" (the document's end: {DocumentEnd})")}";
    }

    /// <summary>
    /// Every column foot, on every page but the last (where the document ends), with more than one
    /// body line of white between the lowest thing set in the column and the foot of the type area.
    /// One such foot is the document's end all the same: the page the text ends on when the last
    /// page holds nothing but the 版记, which GB/T 9704-2012 §7.4.1 puts at the foot of the
    /// document's last page, its last rule on the type area's foot (§7.5 even allows blank pages
    /// before it, unnumbered): the white under the text's end is the end of the document's text.
    /// </summary>
    public IEnumerable<WhiteFoot> WhiteFeet(LaidOutDocument document)
    {
        var columns = Columns().Take(Math.Max(1, Setup.Columns)).ToList();
        foreach (var page in document.Pages.Take(document.Pages.Count - 1))
        {
            for (var c = 0; c < columns.Count; c++)
            {
                var (left, right) = columns[c];
                var lowest = Top;
                foreach (var (x0, x1, bottom) in Extents(page))
                {
                    if (x0 < right - 1 && x1 > left + 1 && bottom <= Bottom + 1)
                    {
                        lowest = Math.Max(lowest, bottom);
                    }
                }

                var white = Bottom - lowest;
                if (white > BodyLine + GridRemainder + Tolerance)
                {
                    var next = document.Pages[page.Number];
                    var end = page.Number == document.Pages.Count - 1 && OnlyTheDistribution(next)
                        ? "the text ends here and the last page holds only the 版记 (GB/T 9704-2012 §7.4.1, §7.5)"
                        : null;
                    yield return new WhiteFoot(page.Number, c + 1, white, BodyLine, Opening(next), end);
                }
            }
        }
    }

    /// <summary>Whether every content line of <paramref name="page"/> is the 版记's.</summary>
    private static bool OnlyTheDistribution(LaidOutPage page)
    {
        var lines = page.Elements.OfType<TextLineElement>().Where(l => l.Structure is not null).ToList();
        return lines.Count > 0 && lines.All(l => Within(l.Structure!, StructureKind.Distribution));
    }

    private static bool Within(StructureNode node, StructureKind kind)
    {
        for (var n = node; n is not null; n = n.Parent)
        {
            if (n.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A picture narrower than its column only because it may take no more than
    /// <see cref="FigureSizing.MaxHeightShare"/> of the type area's height (the Word file sizes it
    /// the same way), centred in the column.
    /// </summary>
    private bool HeldToTheHeightShare(ImageElement image, IReadOnlyList<(double Left, double Right)> columns) =>
        Math.Abs(image.Height - (Setup.ContentHeightPt * FigureSizing.MaxHeightShare)) <= Tolerance
        && columns.Any(c => image.X > c.Left && image.X + image.Width < c.Right && Math.Abs((image.X - c.Left) - (c.Right - image.X - image.Width)) <= Tolerance);

    /// <summary>What a page opens with: the kind and text of its first story line, for the report.</summary>
    private static string Opening(LaidOutPage page) =>
        page.Elements.OfType<TextLineElement>().Where(l => l.Structure is not null).MinBy(l => (l.Baseline, l.X)) is { } first
            ? $"{first.Structure!.Kind} «{first.Line.Text}»"
            : "no text";

    /// <summary>Every image whose left or right edge is not a column edge.</summary>
    public IEnumerable<string> FiguresOffTheColumnEdges(LaidOutDocument document)
    {
        var columns = Columns();
        foreach (var page in document.Pages)
        {
            foreach (var image in page.Elements.OfType<ImageElement>())
            {
                var left = columns.Any(c => Math.Abs(c.Left - image.X) <= Tolerance);
                var right = columns.Any(c => Math.Abs(c.Right - (image.X + image.Width)) <= Tolerance);
                if ((!left || !right) && !HeldToTheHeightShare(image, columns))
                {
                    yield return $"page {page.Number}: «{image.AltText}» at x {image.X:F1}–{image.X + image.Width:F1} pt (column edges: {string.Join(", ", columns.Select(c => $"{c.Left:F1}–{c.Right:F1}"))})";
                }
            }
        }
    }

    /// <summary>
    /// Every body paragraph line whose baseline is not on the page's line grid: the grid's slots are
    /// <see cref="PageSetup.LineGridPitchPt"/> tall from the top of the type area, and a line's
    /// glyph box is centred in its slot. <paramref name="lines"/> counts the body lines looked at.
    /// </summary>
    public List<string> OffGridLines(LaidOutDocument document, out int lines)
    {
        var pitch = Setup.LineGridPitchPt ?? throw new InvalidOperationException($"{theme.Name} has no line grid");
        var off = new List<string>();
        lines = 0;
        foreach (var page in document.Pages)
        {
            foreach (var line in page.Elements.OfType<TextLineElement>().Where(l => l.Structure?.Kind == StructureKind.Paragraph && InAnArticle(l.Structure)))
            {
                lines++;
                var slots = (line.Baseline - Top - (pitch + line.Line.Ascent - line.Line.Descent) / 2) / pitch;
                var drift = (slots - Math.Round(slots)) * pitch;
                if (Math.Abs(drift) > Tolerance)
                {
                    off.Add($"page {page.Number}: {drift:+0.0;-0.0} pt off the grid: {line.Line.Text}");
                }
            }
        }

        return off;
    }

    /// <summary>A story's own paragraph: not the masthead's lines, not the 版记's, not a table cell's.</summary>
    private static bool InAnArticle(StructureNode node)
    {
        for (var parent = node.Parent; parent is not null; parent = parent.Parent)
        {
            switch (parent.Kind)
            {
                case StructureKind.TableCell or StructureKind.TableHeaderCell or StructureKind.Masthead or StructureKind.Distribution:
                    return false;
                case StructureKind.Article:
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What the page shows, as left, right and bottom: content lines (a body line's bottom is its
    /// slot's, one body line tall), images, frames and horizontal rules; not furniture lines and not column rules.
    /// </summary>
    private IEnumerable<(double X0, double X1, double Bottom)> Extents(LaidOutPage page)
    {
        foreach (var element in page.Elements)
        {
            switch (element)
            {
                case TextLineElement { Structure: not null } text:
                    var below = Math.Max(text.Line.Descent, (BodyLine - text.Line.Ascent + text.Line.Descent) / 2);
                    yield return (text.X, text.X + Math.Max(text.Line.Width, 1), text.Baseline + below);
                    break;
                case ImageElement image:
                    yield return (image.X, image.X + image.Width, image.Y + image.Height);
                    break;
                case BoxElement box:
                    yield return (box.X, box.X + box.Width, box.Y + box.Height);
                    break;
                case RuleElement rule when Math.Abs(rule.Y1 - rule.Y2) < Tolerance:
                    yield return (Math.Min(rule.X1, rule.X2), Math.Max(rule.X1, rule.X2), rule.Y1);
                    break;
            }
        }
    }
}
