using Bulletin.Docs.Fonts;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Tests.Support;
using Bulletin.Docs.Tests.Pdf;
using Bulletin.Docs.Theme;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.PageLayout;

/// <summary>
/// Columns and pages as an editor checks them (issue 10), counted on the laid-out pages of the
/// three samples, the every-element document in the three built-in themes and a 200-page 简报 of
/// distinct stories: no column but the document's last ends more than one body line short of the
/// foot, every picture's edges are column edges, and the 简报's body lines sit on its 22-line grid
/// (GB/T 9704-2012 §5.2.3). Each white foot that remains is one the layout reports to the editor
/// (<see cref="LaidOutDocument.WhiteFeet"/>) with the cause it closed the page on, and it reports no other.
/// </summary>
public sealed class PageGridTests
{
    private static readonly Lazy<FontRegistry> Fonts = new(DefaultFonts.CreateRegistry);

    private static readonly Lazy<LaidOutDocument> LongBulletin = new(() => BulletinLayoutEngine.Layout(
        DistinctBulletin.Create(DistinctBulletin.StoriesFor200Pages),
        new BulletinOptions { Theme = BulletinThemes.WorkBulletin, Fonts = Fonts.Value }));

    private static readonly Dictionary<string, BulletinTheme> EveryElementThemes = new(StringComparer.Ordinal)
    {
        ["newspaper"] = BulletinThemes.Newspaper,
        ["work-bulletin"] = BulletinThemes.WorkBulletin with { Contents = true },
        ["press-release"] = BulletinThemes.PressRelease,
    };

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<LaidOutDocument>> EveryElement = new(StringComparer.Ordinal);

    /// <summary>Every document the rules are counted on, by name.</summary>
    private static IEnumerable<string> Documents() =>
        [.. RenderedSample.Names().Select(n => "sample " + n), .. EveryElementThemes.Keys.Select(t => "every-element " + t), "200-page 简报"];

    /// <summary>The 简报s: the documents set on a line grid.</summary>
    private static IEnumerable<string> GridDocuments() => ["sample work-bulletin", "every-element work-bulletin", "200-page 简报"];

    /// <summary>
    /// The white feet no remedy removes yet, per document, each with its cause: a column ends at
    /// its foot by loosening or tightening paragraphs (TeX's \looseness within ⅛ em a gap), on the
    /// page or on the pages before (pushing lines over, or pulling a page's first lines up to the
    /// page before set tighter, through as many as five pages made up again together, which on a
    /// line grid may also set two of their stories a grid line further apart), floating
    /// picture news and figures past a page they do not fit, or vertical justification where there
    /// is no line grid; these are what none of them can reach. A count that goes down is progress:
    /// lower it here.
    /// </summary>
    private static readonly Dictionary<string, (int Count, string Cause)> Remaining = new(StringComparer.Ordinal)
    {
        ["every-element work-bulletin"] = (1, "page 3: picture news 汾河晚霞 (photo, title and caption, about 11 lines at the full measure) does not fit in the 5 lines the page has left under the end of the first story and the commentary 让城市更新更有温度 that came up past it; nothing else follows to fill the page (the last page holds the picture and the 版记), and the page's paragraphs are one or two lines, too short to be set a line longer. (The figure of the first story, which closes it and left 5.4 lines on page 2, now goes up to the top of page 2.) Setting the picture at the top of page 3 instead, the first story going on under it, was tried: its table and its tail do not fit under the picture, which leaves 7 lines; page 3 opens with list items and page 2 ends with one, so no lines can be pushed over to it either."),
    };

    [TestCaseSource(nameof(Documents))]
    public void No_column_but_the_last_ends_over_one_body_line_short_of_the_foot(string name)
    {
        var (layout, theme) = Of(name);
        var white = new PageGrid(theme).WhiteFeet(layout).ToList();
        var counted = white.Where(w => w.DocumentEnd is null).ToList();
        var (allowed, cause) = Remaining.TryGetValue(name, out var known) ? known : (0, "");
        TestContext.Out.WriteLine($"{name}: {counted.Count} column feet with white over one body line on {layout.Pages.Count} pages, {white.Count - counted.Count} more at the end of the document's text\n"
            + string.Join("\n", white.Take(40)) + (counted.Count > 0 ? $"\nwhy they remain: {cause}" : ""));
        TestContext.Out.WriteLine("reported:\n" + string.Join("\n", layout.WhiteFeet));
        Assert.That(layout.Pages.Count, Is.GreaterThan(0));
        Assert.That(counted, Has.Count.LessThanOrEqualTo(allowed), "white feet no remedy explains");
        Assert.That(Unreported(layout, counted), Is.Empty, "every white foot reported with its cause, and no report without one");
        if (name.StartsWith("sample ", StringComparison.Ordinal))
        {
            Assert.That(white.Where(w => w.White - w.Line >= w.Line), Is.Empty, "a sample foot two lines short or more");
        }
    }

    /// <summary>
    /// The same count over seven more 200-page 简报s of distinct stories (other seeds of the same
    /// generator), so that the make-up is not tuned to one document: each seed's white feet, as
    /// measured when they were added, may not grow (18 in all; 11 since pages made up again may open
    /// up the gap between two of their stories by a grid line, and lines may be pushed over above a
    /// 小标题 that opens a page). All are a headline or 小标题 facing
    /// 2–5 lines of white that neither setting the pages before looser or tighter (within ⅛ em
    /// widening, 1/24 em closing up), nor a line more between their stories, nor pushing or pulling
    /// lines through up to five pages can reach: few paragraphs can be set a line longer within ⅛ em,
    /// and a push stops at a page that opens with a story's head. Lower a budget when its count falls.
    /// </summary>
    [TestCase(2, 3)]
    [TestCase(3, 3)]
    [TestCase(4, 0)]
    [TestCase(5, 0)]
    [TestCase(6, 2)]
    [TestCase(7, 2)]
    [TestCase(8, 1)]
    public void Other_200_page_bulletins_keep_within_their_white_foot_budget(int seed, int budget)
    {
        var theme = BulletinThemes.WorkBulletin;
        var layout = BulletinLayoutEngine.Layout(DistinctBulletin.Create(DistinctBulletin.StoriesFor200Pages, seed), new BulletinOptions { Theme = theme, Fonts = Fonts.Value });
        var white = new PageGrid(theme).WhiteFeet(layout).Where(w => w.DocumentEnd is null).ToList();
        var off = new PageGrid(theme).OffGridLines(layout, out var lines);
        TestContext.Out.WriteLine($"seed {seed}: {white.Count} column feet with white over one body line on {layout.Pages.Count} pages, {off.Count} of {lines} body lines off the grid\n" + string.Join("\n", white)
            + "\nreported:\n" + string.Join("\n", layout.WhiteFeet));
        Assert.That(white, Has.Count.LessThanOrEqualTo(budget));
        Assert.That(Unreported(layout, white), Is.Empty, "every white foot reported with its cause, and no report without one");
        Assert.That(off, Is.Empty, "body lines off the grid (a page made up again moves whole grid lines)");
    }

    /// <summary>
    /// Where the layout's white-foot reports (<see cref="LaidOutDocument.WhiteFeet"/>) and the feet
    /// the page walk found (<paramref name="feet"/>, the document's end left out) disagree: a foot
    /// not reported on its page and column with its white, a report of no foot, a report with no
    /// cause (what did not fit, its item, a depth over the lines left, a later page it went to).
    /// </summary>
    private static List<string> Unreported(LaidOutDocument layout, IReadOnlyList<PageGrid.WhiteFoot> feet)
    {
        var problems = new List<string>();
        foreach (var foot in feet)
        {
            if (!layout.WhiteFeet.Any(r => r.Page == foot.Page && r.Column == foot.Column && Math.Abs(r.WhitePt - foot.White) < 0.1))
            {
                problems.Add("not reported: " + foot);
            }
        }

        foreach (var report in layout.WhiteFeet)
        {
            if (!feet.Any(f => f.Page == report.Page && f.Column == report.Column))
            {
                problems.Add("reported, but no such foot: " + report);
            }

            if (report.What.Length == 0 || report.Path.Length == 0 || report.DepthLines <= report.LinesLeft || report.NextPage <= report.Page)
            {
                problems.Add("reported without its cause: " + report);
            }
        }

        return problems;
    }

    [Test]
    public void The_report_check_finds_a_foot_not_reported_and_a_report_of_no_foot()
    {
        var (layout, theme) = Of("sample work-bulletin");
        var grid = new PageGrid(theme);
        Assert.That(Unreported(layout, [.. grid.WhiteFeet(layout).Where(w => w.DocumentEnd is null)]), Is.Empty);

        var invented = layout with { WhiteFeet = [new WhiteFootReport(1, 1, "Items[0]", "invented") { What = "story", DepthLines = 6, LinesLeft = 4, NextPage = 2, WhitePt = 100 }] };
        Assert.That(Unreported(invented, [.. grid.WhiteFeet(invented).Where(w => w.DocumentEnd is null)]), Has.Count.EqualTo(1).And.Some.StartsWith("reported, but no such foot"));

        var page = layout.Pages[1];
        var lowest = page.Elements.OfType<TextLineElement>().Where(l => l.Structure is not null).OrderByDescending(l => l.Baseline).Take(7).ToHashSet();
        var cut = layout with { Pages = [layout.Pages[0], page with { Elements = [.. page.Elements.Where(e => e is not TextLineElement line || !lowest.Contains(line))] }, .. layout.Pages.Skip(2)] };
        Assert.That(Unreported(cut, [.. grid.WhiteFeet(cut).Where(w => w.DocumentEnd is null)]), Has.Count.EqualTo(1).And.Some.StartsWith("not reported: page 2 column 1"));
    }

    [Test]
    public void The_every_element_bulletin_s_white_foot_names_the_picture_that_went_to_the_next_page()
    {
        var (layout, _) = Of("every-element work-bulletin");
        var report = layout.WhiteFeet.Single();
        TestContext.Out.WriteLine(report);
        Assert.That(report, Has.Property(nameof(WhiteFootReport.Page)).EqualTo(3).And.Property(nameof(WhiteFootReport.NextPage)).EqualTo(4).And.Property(nameof(WhiteFootReport.Column)).EqualTo(1));
        Assert.That(report.What, Is.EqualTo("picture news «汾河晚霞»"));
        Assert.That(report.Path, Does.Match(@"^Items\[\d+\](\.Items\[\d+\])?$"));
        Assert.That(report.LinesLeft, Is.EqualTo(report.WhiteLines).Within(0.5), "the room left is the white the page closes with");
        Assert.That(report.DepthLines, Is.GreaterThan(10).And.LessThan(14), "about 11 lines of picture, title and caption, and the line between stories");
        Assert.That(Layout.LayoutDump.Write(layout), Does.Contain("[white foot: column 1, ").And.Contain("picture news «汾河晚霞»"));
    }

    [TestCaseSource(nameof(Documents))]
    public void Every_picture_has_its_edges_on_column_edges(string name)
    {
        var (layout, theme) = Of(name);
        var images = layout.Pages.Sum(p => p.Elements.OfType<ImageElement>().Count());
        var off = new PageGrid(theme).FiguresOffTheColumnEdges(layout).ToList();
        TestContext.Out.WriteLine($"{name}: {off.Count} of {images} pictures off the column edges\n" + string.Join("\n", off));
        Assert.That(off, Is.Empty);
    }

    [TestCaseSource(nameof(GridDocuments))]
    public void Body_lines_sit_on_the_line_grid(string name)
    {
        var (layout, theme) = Of(name);
        var off = new PageGrid(theme).OffGridLines(layout, out var lines);
        TestContext.Out.WriteLine($"{name}: {off.Count} of {lines} body lines off the grid\n" + string.Join("\n", off.Take(40)));
        Assert.That(lines, Is.GreaterThan(5), "body lines to check");
        Assert.That(off, Is.Empty);
    }

    [Test]
    public void The_foot_check_finds_white_at_a_foot()
    {
        // Page 2 of the 简报 ends a line short of the foot (the story's tail) and page 3 opens with
        // a story that needs six lines (the gap, a headline of three, two lines of text): take seven
        // lines off page 2 and its foot holds white the next story would have filled.
        var (layout, theme) = Of("sample work-bulletin");
        var page = layout.Pages[1];
        var lowest = page.Elements.OfType<TextLineElement>().Where(l => l.Structure is not null).OrderByDescending(l => l.Baseline).Take(7).ToHashSet();
        var cut = layout with { Pages = [layout.Pages[0], page with { Elements = [.. page.Elements.Where(e => e is not TextLineElement line || !lowest.Contains(line))] }, .. layout.Pages.Skip(2)] };
        var grid = new PageGrid(theme);
        Assert.That(grid.WhiteFeet(layout).ToList(), Is.Empty);
        Assert.That(grid.WhiteFeet(cut).Select(w => (w.Page, w.DocumentEnd)), Is.EqualTo(new[] { (2, (string?)null) }));
    }

    [Test]
    public void White_under_the_text_s_end_is_the_document_s_end_only_when_the_last_page_holds_nothing_but_the_distribution()
    {
        // The 简报's text ends seven lines short on its next-to-last page, and the last page holds the
        // 版记 alone (GB/T 9704-2012 §7.4.1): the document's end. With text on the last page, it is a white foot.
        var (layout, theme) = Of("sample work-bulletin");
        var before = layout.Pages[^2];
        var lowest = before.Elements.OfType<TextLineElement>().Where(l => l.Structure is not null).OrderByDescending(l => l.Baseline).Take(7).ToHashSet();
        var cut = before with { Elements = [.. before.Elements.Where(e => e is not TextLineElement line || !lowest.Contains(line))] };
        var last = layout.Pages[^1];
        var distribution = last with { Elements = [.. last.Elements.Where(e => e is not TextLineElement { Structure: { } s } || InDistribution(s))] };
        Assert.That(distribution.Elements.OfType<TextLineElement>().Count(l => l.Structure is not null), Is.GreaterThan(0), "the sample has a 版记");
        var grid = new PageGrid(theme);

        var end = grid.WhiteFeet(layout with { Pages = [.. layout.Pages.SkipLast(2), cut, distribution] }).ToList();
        var text = grid.WhiteFeet(layout with { Pages = [.. layout.Pages.SkipLast(2), cut, last] }).ToList();

        Assert.That(end.Select(w => (w.Page, w.DocumentEnd is not null)), Is.EqualTo(new[] { (layout.Pages.Count - 1, true) }));
        Assert.That(text.Select(w => (w.Page, w.DocumentEnd is not null)), Is.EqualTo(new[] { (layout.Pages.Count - 1, false) }));
    }

    private static bool InDistribution(Layout.Structure.StructureNode node) =>
        node.Kind == Layout.Structure.StructureKind.Distribution || (node.Parent is { } parent && InDistribution(parent));

    [Test]
    public void The_grid_check_finds_a_line_moved_off_the_grid()
    {
        var (layout, theme) = Of("sample work-bulletin");
        var page = layout.Pages[1];
        var line = page.Elements.OfType<TextLineElement>().First(l => l.Structure?.Kind == Layout.Structure.StructureKind.Paragraph);
        var moved = layout with { Pages = [page with { Elements = [.. page.Elements.Select(e => ReferenceEquals(e, line) ? line with { Baseline = line.Baseline + 3 } : e)] }] };
        Assert.That(new PageGrid(theme).OffGridLines(moved, out _), Has.Count.EqualTo(1));
    }

    private static (LaidOutDocument Layout, BulletinTheme Theme) Of(string name)
    {
        if (name.StartsWith("sample ", StringComparison.Ordinal))
        {
            var sample = RenderedSample.Of(name["sample ".Length..]);
            return (sample.Layout, sample.Sample.Theme);
        }

        if (name.StartsWith("every-element ", StringComparison.Ordinal))
        {
            var theme = EveryElementThemes[name["every-element ".Length..]];
            var layout = EveryElement.GetOrAdd(name, _ => new Lazy<LaidOutDocument>(() => BulletinLayoutEngine.Layout(EveryElementBulletin.Create(), new BulletinOptions { Theme = theme, Fonts = Fonts.Value }))).Value;
            return (layout, theme);
        }

        return (LongBulletin.Value, BulletinThemes.WorkBulletin);
    }
}
