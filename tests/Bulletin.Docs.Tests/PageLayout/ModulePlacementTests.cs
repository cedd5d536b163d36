using Bulletin.Docs.Layout;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;
using NUnit.Framework;
using static Bulletin.Docs.Tests.PageLayout.TestDocuments;

namespace Bulletin.Docs.Tests.PageLayout;

/// <summary>
/// Modules (an article's <see cref="ArticlePlacement"/>), measured on the laid-out pages: a
/// rectangle on the column grid, its own headline across its columns and its body balanced in them;
/// the story after it beside it and on under it, never over it; the flow where it cannot be set.
/// </summary>
public sealed class ModulePlacementTests
{
    // Four columns of 82.5 pt with 10 pt gaps in a 360 pt type area from x = 20; body lines of 12 pt, 1 em = 10 pt.
    private const double ColumnWidth = 82.5;
    private const double Gap = 10;
    private const double Left = 20;

    private static double ColumnLeft(int column) => Left + (column * (ColumnWidth + Gap));

    private static BulletinTheme Theme(int columns = 4, double height = 400)
    {
        var theme = TestThemes.Simple(height, columns, spanning: true);
        return theme with { Page = theme.Page with { WidthPt = 400 } };
    }

    private static Article Module(int chars = 120, int columns = 2, int? depth = null, ModuleSide side = ModuleSide.End) => new()
    {
        Headline = "模块",
        Body = [Chars('模', chars)],
        Placement = new ArticlePlacement { Columns = columns, DepthLines = depth, Side = side },
    };

    private static Article Beside(int chars = 300) => new() { Headline = "标题", Body = [Chars('文', chars)] };

    private static List<TextLineElement> Text(LaidOutPage page, char tag) =>
        [.. Lines(page).Where(line => line.Line.Text.Contains(tag, StringComparison.Ordinal))];

    private static (double Top, double Bottom, double Left, double Right) Box(TextLineElement line) =>
        (line.Baseline - (0.8 * TestThemes.Size), line.Baseline + (0.2 * TestThemes.Size), line.X, line.X + line.Line.Width);

    [Test]
    public void A_module_is_a_rectangle_on_its_columns_with_its_headline_across_them_and_its_body_balanced_in_them()
    {
        var layout = LayOut(new BulletinDocument { Items = [Module(), Beside()] }, Theme());
        var report = layout.Modules.Single();
        var page = layout.Pages.Single();
        var body = Text(page, '模').Where(line => line.Line.Text != "模块").ToList();
        var headline = Lines(page).Single(line => line.Line.Text == "模块");

        Assert.Multiple(() =>
        {
            Assert.That(report.AsModule, Is.True, report.ToString());
            Assert.That(report.Path, Is.EqualTo("Items[0]"));
            Assert.That(report.X, Is.EqualTo(ColumnLeft(2)).Within(0.01), "its left edge is the third column's left edge (the last columns, by default)");
            Assert.That(report.X + report.Width, Is.EqualTo(ColumnLeft(3) + ColumnWidth).Within(0.01), "its right edge is the last column's right edge");
            Assert.That(report.FirstColumn, Is.EqualTo(2));
            Assert.That(report.Columns, Is.EqualTo(2));
            Assert.That(headline.X, Is.GreaterThanOrEqualTo(report.X - 0.01).And.LessThanOrEqualTo(report.X + report.Width - headline.Line.Width + 0.01), "its headline across its own columns");
            Assert.That(body.Select(line => line.X).Distinct().Select(x => Math.Round(x, 2)), Is.SubsetOf(new[] { ColumnLeft(2), ColumnLeft(2) + 20, ColumnLeft(3) }), "its body lines start on its columns' left edges (or one indent in)");
            Assert.That(body.Max(line => line.X + line.Line.Width), Is.LessThanOrEqualTo(report.X + report.Width + 0.01));
            Assert.That(body.Max(line => Box(line).Bottom), Is.LessThanOrEqualTo(report.Y + report.Height + 0.01), "its body within its depth");
            var perColumn = body.GroupBy(line => line.X >= ColumnLeft(3) - 0.01).Select(group => group.Count()).ToList();
            Assert.That(perColumn, Has.Count.EqualTo(2), "both of its columns hold text");
            Assert.That(Math.Abs(perColumn[0] - perColumn[1]), Is.LessThanOrEqualTo(1), "balanced: its columns differ by a line at most");
            Assert.That(string.Concat(body.Select(line => line.Line.Text)), Has.Length.EqualTo(120), "every character of the module is set");
        });
    }

    [TestCase(5, 8)]
    [TestCase(5, 6)]
    [TestCase(4, 8)]
    [TestCase(3, 5)]
    public void A_module_of_many_paragraphs_fills_every_one_of_its_columns(int columns, int paragraphs)
    {
        // Six columns of 60 pt (six characters of 10 pt); paragraphs of unequal length, as stories are.
        var theme = Theme(columns: 6) with { Page = Theme().Page with { WidthPt = 450, Columns = 6 } };
        var module = Module(columns: columns) with { Body = [.. Enumerable.Range(0, paragraphs).Select(i => (Block)Chars('模', 40 + (17 * i % 45)))] };
        var layout = LayOut(new BulletinDocument { Items = [module, Beside(2000)] }, theme);
        var report = layout.Modules.Single();
        var body = Text(layout.Pages[0], '模').Where(line => line.Line.Text != "模块").ToList();
        var perColumn = Enumerable.Range(report.FirstColumn, columns)
            .Select(column => body.Count(line => line.X >= Left + (column * 70) - 0.01 && line.X < Left + ((column + 1) * 70) - 0.01))
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(report.AsModule, Is.True, report.ToString());
            Assert.That(perColumn, Has.All.GreaterThan(0), "every column of the module holds text: " + string.Join(", ", perColumn));
            Assert.That(perColumn.Max() - perColumn.Take(columns - 1).Min(), Is.LessThanOrEqualTo(1), "balanced: its columns but the last differ by a line at most: " + string.Join(", ", perColumn));
            Assert.That(perColumn.Max() - perColumn[^1], Is.LessThanOrEqualTo(columns), "the last no shorter than its share: " + string.Join(", ", perColumn));
        });
    }

    [Test]
    public void The_story_after_a_module_runs_beside_it_and_on_under_it_and_never_over_it()
    {
        var layout = LayOut(new BulletinDocument { Items = [Module(), Beside()] }, Theme());
        var report = layout.Modules.Single();
        var page = layout.Pages.Single();
        var beside = Text(page, '文');
        var headline = Lines(page).Single(line => line.Line.Text == "标题");
        var right = report.X + report.Width;

        var overlapping = beside.Where(line =>
        {
            var box = Box(line);
            return box.Right > report.X + 0.01 && box.Left < right - 0.01 && box.Bottom > report.Y + 0.01 && box.Top < report.Y + report.Height - 0.01;
        }).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(overlapping, Is.Empty, "no line of the story beside is set over the module");
            Assert.That(headline.X + headline.Line.Width, Is.LessThanOrEqualTo(report.X - Gap + 0.01), "its headline across the columns beside the module");
            Assert.That(Math.Abs(headline.Baseline - Lines(page).Single(line => line.Line.Text == "模块").Baseline), Is.LessThan(0.01), "level with the module's headline");
            Assert.That(beside.Where(line => line.X < report.X), Is.Not.Empty, "text beside the module");
            var under = beside.Where(line => line.X >= report.X - 0.01).ToList();
            Assert.That(under, Is.Not.Empty, "the text goes on under the module across the page");
            Assert.That(under.Min(line => Box(line).Top), Is.GreaterThanOrEqualTo(report.Y + report.Height + (TestThemes.Line / 2) - 0.01), "under the module's foot, after the gap between stories");
            Assert.That(string.Concat(beside.Select(line => line.Line.Text)), Has.Length.EqualTo(300), "every character of the story is set");
            Assert.That(page.Elements.OfType<RuleElement>().Any(rule => Math.Abs(rule.X1 - (report.X - (Gap / 2))) < 0.01 && rule.Y1 <= report.Y + 0.01), Is.True, "a column rule along the module's edge from its top");
        });
    }

    private static Article Story(string headline, char tag, int chars) => new() { Headline = headline, Body = [Chars(tag, chars)] };

    [Test]
    public void Stories_too_short_to_reach_the_modules_foot_go_one_under_the_other_beside_it()
    {
        var layout = LayOut(new BulletinDocument { Items = [Module(chars: 200), Story("甲题", '甲', 60), Story("乙题", '乙', 400)] }, Theme());
        var report = layout.Modules.Single();
        var page = layout.Pages.Single();
        var first = Text(page, '甲').Where(line => line.Line.Text != "甲题").ToList();
        var second = Text(page, '乙').Where(line => line.Line.Text != "乙题").ToList();
        var secondHeadline = Lines(page).Single(line => line.Line.Text == "乙题");
        var right = report.X + report.Width;
        var overlapping = first.Concat(second).Concat([secondHeadline]).Where(line =>
        {
            var box = Box(line);
            return box.Right > report.X + 0.01 && box.Left < right - 0.01 && box.Bottom > report.Y + 0.01 && box.Top < report.Y + report.Height - 0.01;
        }).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(report.AsModule, Is.True, report.ToString());
            Assert.That(first.Max(line => line.X + line.Line.Width), Is.LessThanOrEqualTo(report.X - Gap + 0.01), "the first story wholly beside the module");
            Assert.That(first.Select(line => line.X >= ColumnLeft(1) - 0.01).Distinct().Count(), Is.EqualTo(2), "balanced in both columns beside it");
            Assert.That(secondHeadline.X + secondHeadline.Line.Width, Is.LessThanOrEqualTo(report.X - Gap + 0.01), "the second story's headline beside the module too");
            Assert.That(Box(secondHeadline).Top, Is.GreaterThan(first.Max(line => Box(line).Bottom)), "under the first story");
            Assert.That(second.Where(line => line.X >= report.X - 0.01), Is.Not.Empty, "and on under the module");
            Assert.That(overlapping, Is.Empty, "nothing over the module");
            Assert.That(string.Concat(first.Concat(second).Select(line => line.Line.Text)), Has.Length.EqualTo(460), "every character set");
        });
    }

    [Test]
    public void A_story_after_the_one_that_runs_under_the_module_is_set_in_the_flow_across_the_page()
    {
        var layout = LayOut(new BulletinDocument { Items = [Module(), Beside(), Story("丙题", '丙', 200)] }, Theme());
        var report = layout.Modules.Single();
        var page = layout.Pages.Single();
        var headline = Lines(page).Single(line => line.Line.Text == "丙题");
        var body = Text(page, '丙').Where(line => line.Line.Text != "丙题").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(report.AsModule, Is.True, report.ToString());
            Assert.That(headline.X, Is.EqualTo(Left).Within(0.01), "its headline at the type area's start");
            Assert.That(Box(headline).Top, Is.GreaterThan(report.Y + report.Height), "under the module");
            Assert.That(body.Select(line => Math.Round(line.X, 2)).Where(x => x >= report.X - 0.01), Is.Not.Empty, "its text in the module's columns too");
        });
    }

    [Test]
    public void A_module_inside_a_section_is_set_and_reported_at_its_path_but_not_one_that_opens_the_section()
    {
        var layout = LayOut(new BulletinDocument
        {
            Items =
            [
                new Section { Banner = "发布会", Items = [Story("前题", '前', 80), Module(), Beside()] },
                new Section { Banner = "专栏", Items = [Module(), Beside()] },
            ],
        }, Theme(height: 800));

        Assert.Multiple(() =>
        {
            Assert.That(layout.Modules.Select(report => report.Path), Is.EqualTo(new[] { "Items[0].Items[1]", "Items[1].Items[0]" }));
            Assert.That(layout.Modules[0].AsModule, Is.True, layout.Modules[0].ToString());
            Assert.That(layout.Modules[1].AsModule, Is.False);
            Assert.That(layout.Modules[1].Note, Does.Contain("opens a section"));
        });
    }

    [Test]
    public void A_module_may_take_the_first_columns()
    {
        // The story beside ends beside it: 120 characters in two columns, as the module's own body.
        var layout = LayOut(new BulletinDocument { Items = [Module(side: ModuleSide.Start), Beside(120)] }, Theme());
        var report = layout.Modules.Single();
        var headline = Lines(layout.Pages[0]).Single(line => line.Line.Text == "标题");

        Assert.Multiple(() =>
        {
            Assert.That(report.AsModule, Is.True, report.ToString());
            Assert.That(report.X, Is.EqualTo(ColumnLeft(0)).Within(0.01));
            Assert.That(report.X + report.Width, Is.EqualTo(ColumnLeft(1) + ColumnWidth).Within(0.01));
            Assert.That(headline.X, Is.GreaterThanOrEqualTo(ColumnLeft(2) - 0.01), "the story beside it takes the last columns");
        });
    }

    [Test]
    public void A_story_beside_a_module_on_the_first_columns_does_not_run_on_under_it()
    {
        // Word flows a section's columns left to right, so a story running on under a module on the
        // first columns would open under the module, away from its headline over the last columns:
        // a page a make-up editor sends back. The module goes into the flow instead, and says why.
        var layout = LayOut(new BulletinDocument { Items = [Module(side: ModuleSide.Start), Beside(), Story("丙题", '丙', 60)] }, Theme(height: 800));
        var report = layout.Modules.Single();
        var page = layout.Pages[0];
        var headline = Lines(page).Single(line => line.Line.Text == "标题");
        var story = Text(page, '文');

        Assert.Multiple(() =>
        {
            Assert.That(report.AsModule, Is.False, report.ToString());
            Assert.That(report.Note, Does.Contain("first columns").And.Contain("under it"));
            Assert.That(story.Min(line => line.Baseline), Is.GreaterThan(headline.Baseline), "the story opens under its own headline");
            Assert.That(string.Concat(story.Select(line => line.Line.Text)), Has.Length.EqualTo(300), "every character of the story is set");
        });
    }

    [Test]
    public void A_fixed_depth_makes_the_module_exactly_that_deep_and_the_story_beside_keeps_out_of_it()
    {
        var layout = LayOut(new BulletinDocument { Items = [Module(depth: 12), Beside()] }, Theme());
        var report = layout.Modules.Single();
        var page = layout.Pages.Single();
        var under = Text(page, '文').Where(line => line.X >= report.X - 0.01).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(report.AsModule, Is.True, report.ToString());
            Assert.That(report.Height, Is.EqualTo(12 * TestThemes.Line).Within(0.01), "12 body lines deep");
            Assert.That(under.Min(line => Box(line).Top), Is.GreaterThanOrEqualTo(report.Y + report.Height - 0.01), "the story beside starts under the depth asked for");
            Assert.That(report.Note, Does.Contain("short of the depth"), "the white inside the module is reported");
        });
    }

    [Test]
    public void A_depth_too_small_for_the_text_sets_the_module_deeper_and_says_so_rather_than_cut_text()
    {
        var layout = LayOut(new BulletinDocument { Items = [Module(depth: 4), Beside()] }, Theme());
        var report = layout.Modules.Single();

        Assert.Multiple(() =>
        {
            Assert.That(report.AsModule, Is.True, report.ToString());
            Assert.That(report.Height, Is.GreaterThan(4 * TestThemes.Line));
            Assert.That(report.Note, Does.Contain("more than the 4 asked for"));
            Assert.That(string.Concat(Text(layout.Pages[0], '模').Select(line => line.Line.Text)).Count(c => c == '模'), Is.EqualTo(120 + 1), "every character set (and the headline's)");
        });
    }

    [Test]
    public void On_a_one_column_theme_a_placement_falls_back_to_the_flow_as_if_it_were_not_asked_for()
    {
        var theme = TestThemes.Simple(height: 400);
        var withPlacement = LayOut(new BulletinDocument { Items = [Module(columns: 3), Beside()] }, theme);
        var without = LayOut(new BulletinDocument { Items = [Module(columns: 3) with { Placement = null }, Beside()] }, theme);
        var report = withPlacement.Modules.Single();

        Assert.Multiple(() =>
        {
            Assert.That(report.AsModule, Is.False);
            Assert.That(report.Note, Does.Contain("one column"));
            Assert.That(LayoutDump.Write(withPlacement), Is.EqualTo(LayoutDump.Write(without)), "the same pages");
        });
    }

    [Test]
    public void On_a_theme_of_columns_whose_headlines_do_not_span_the_note_says_so()
    {
        var theme = TestThemes.Simple(height: 400, columns: 4, spanning: false) with { Page = Theme().Page };
        var report = LayOut(new BulletinDocument { Items = [Module(), Beside()] }, theme).Modules.Single();

        Assert.Multiple(() =>
        {
            Assert.That(report.AsModule, Is.False);
            Assert.That(report.Note, Does.Contain("headlines do not span its columns").And.Not.Contain("one column"));
        });
    }

    [TestCase(4, TestName = "A module of all the page's columns falls back to the flow")]
    public void A_module_of_every_column_falls_back(int columns)
    {
        var report = LayOut(new BulletinDocument { Items = [Module(columns: columns), Beside()] }, Theme()).Modules.Single();

        Assert.That(report, Has.Property(nameof(ModuleReport.AsModule)).False.And.Property(nameof(ModuleReport.Note)).Contains("leaves none"));
    }

    [Test]
    public void A_module_with_no_story_after_it_falls_back_to_the_flow()
    {
        var layout = LayOut(new BulletinDocument { Items = [Beside(), Module()] }, Theme());
        var report = layout.Modules.Single();
        var body = Text(layout.Pages[0], '模').Where(line => line.Line.Text != "模块").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(report.AsModule, Is.False);
            Assert.That(report.Note, Does.Contain("no story follows"));
            Assert.That(body.Select(line => Math.Round(line.X, 2)).Distinct().Count(l => Array.IndexOf(new[] { ColumnLeft(0), ColumnLeft(1), ColumnLeft(2), ColumnLeft(3) }, l) >= 0), Is.GreaterThanOrEqualTo(3), "in the flow, across the page's columns");
        });
    }

    [Test]
    public void A_module_whose_text_leaves_a_column_empty_says_so()
    {
        // Ten characters: one line of a 2-column module, its second column left empty.
        var report = LayOut(new BulletinDocument { Items = [Module(chars: 10), Beside(40)] }, Theme()).Modules.Single();

        Assert.Multiple(() =>
        {
            Assert.That(report.AsModule, Is.True, report.ToString());
            Assert.That(report.Note, Does.Contain("fills 1 of its 2 columns"));
        });
    }

    [Test]
    public void A_module_followed_by_picture_news_says_the_item_after_it_is_not_a_story()
    {
        var picture = new PictureNews { Title = "图片新闻", Figure = new Figure { Image = Png(400, 300), AltText = "景", Caption = "说明" } };
        var report = LayOut(new BulletinDocument { Items = [Module(), picture, Beside()] }, Theme(height: 800)).Modules.Single();

        Assert.Multiple(() =>
        {
            Assert.That(report.AsModule, Is.False);
            Assert.That(report.Note, Does.Contain("the item after it is picture news"));
        });
    }

    [Test]
    public void A_story_too_short_to_fill_the_columns_beside_the_module_sends_both_to_the_flow()
    {
        var layout = LayOut(new BulletinDocument { Items = [Module(chars: 300), Beside(chars: 40)] }, Theme());
        var report = layout.Modules.Single();
        var headline = Lines(layout.Pages[0]).Single(line => line.Line.Text == "模块");

        Assert.Multiple(() =>
        {
            Assert.That(report.AsModule, Is.False, report.ToString());
            Assert.That(report.Note, Does.Contain("above the module's foot"));
            Assert.That(headline.X, Is.EqualTo(Left).Within(0.01), "the module's headline at the type area's start, as in the flow (not on the module's columns)");
            Assert.That(string.Concat(Text(layout.Pages[0], '文').Select(line => line.Line.Text)), Has.Length.EqualTo(40));
        });
    }

    [Test]
    public void A_module_with_no_room_left_on_the_page_falls_back_to_the_flow()
    {
        // The first story fills most of the 400 pt page; the module's 2 columns of text cannot fit under it.
        var layout = LayOut(new BulletinDocument { Items = [Beside(chars: 800), Module(chars: 300), Beside()] }, Theme());
        var report = layout.Modules.Single();

        Assert.Multiple(() =>
        {
            Assert.That(report.AsModule, Is.False, report.ToString());
            Assert.That(report.Note, Does.Contain("room left on the page"));
            Assert.That(Text(layout.Pages[0], '文').Count, Is.GreaterThan(100), "the first story fills most of the first page");
            Assert.That(Enumerable.Range(0, layout.Pages.Count).Sum(i => Text(layout.Pages[i], '模').Sum(line => line.Line.Text.Length)), Is.EqualTo(300 + 2), "every character set");
        });
    }

    [Test]
    public void A_story_beside_a_module_that_runs_off_the_page_goes_on_on_the_next_across_the_columns()
    {
        var layout = LayOut(new BulletinDocument { Items = [Module(), Beside(chars: 1500)] }, Theme(height: 300));
        var report = layout.Modules.Single();

        Assert.Multiple(() =>
        {
            Assert.That(report.AsModule, Is.True, report.ToString());
            Assert.That(layout.Pages, Has.Count.GreaterThan(1));
            Assert.That(layout.Pages.Sum(page => Text(page, '文').Sum(line => line.Line.Text.Length)), Is.EqualTo(1500));
            Assert.That(Text(layout.Pages[1], '文').Select(line => Math.Round(line.X, 2)).Distinct().Count(), Is.GreaterThanOrEqualTo(4), "across the columns on the next page");
        });
    }

    /// <summary>Modules of every size against stories of every length: whatever is decided, it holds.</summary>
    [Test]
    public void Over_many_modules_every_character_is_set_nothing_overlaps_a_module_and_its_edges_are_column_edges()
    {
        var edges = Enumerable.Range(0, 4).SelectMany(c => new[] { ColumnLeft(c), ColumnLeft(c) + ColumnWidth }).ToArray();
        var cases = 0;
        var set = 0;
        foreach (var columns in new[] { 1, 2, 3 })
        {
            foreach (var moduleChars in new[] { 30, 150, 400 })
            {
                foreach (var depth in new int?[] { null, 6, 18 })
                {
                    foreach (var (first, second) in new[] { (40, 0), (90, 500), (700, 0), (60, 60) })
                    {
                        var side = (cases % 2 == 0) ? ModuleSide.End : ModuleSide.Start;
                        Article[] items = [Story("前题", '前', 100), Module(moduleChars, columns, depth, side), Story("甲题", '甲', first), .. second > 0 ? [Story("乙题", '乙', second)] : Array.Empty<Article>()];
                        var layout = LayOut(new BulletinDocument { Items = items }, Theme(height: 500));
                        var report = layout.Modules.Single();
                        var context = $"columns {columns}, module {moduleChars}, depth {depth}, beside {first}/{second}, {side}: {report}";
                        cases++;
                        foreach (var (tag, count) in new[] { ('前', 100), ('模', moduleChars), ('甲', first), ('乙', second) })
                        {
                            var printed = layout.Pages.Sum(page => Lines(page).Where(line => line.Line.Text is not ("模块" or "前题" or "甲题" or "乙题")).Sum(line => line.Line.Text.Count(c => c == tag)));
                            Assert.That(printed, Is.EqualTo(count), $"every {tag} set — {context}");
                        }

                        if (!report.AsModule)
                        {
                            Assert.That(report.Note, Is.Not.Null.And.Not.Empty, context);
                            continue;
                        }

                        set++;
                        var page = layout.Pages[report.Page - 1];
                        var right = report.X + report.Width;
                        Assert.That(edges.Any(e => Math.Abs(e - report.X) < 0.01) && edges.Any(e => Math.Abs(e - right) < 0.01), Is.True, $"edges on column edges — {context}");
                        foreach (var line in Lines(page))
                        {
                            var box = Box(line);
                            var inModule = line.Line.Text.Contains('模', StringComparison.Ordinal);
                            var overlaps = box.Right > report.X + 0.01 && box.Left < right - 0.01 && box.Bottom > report.Y + 0.01 && box.Top < report.Y + report.Height - 0.01;
                            Assert.That(overlaps, Is.EqualTo(inModule), $"'{line.Line.Text}' {(inModule ? "inside" : "outside")} the module — {context}");
                        }
                    }
                }
            }
        }

        Assert.That(set, Is.GreaterThan(cases / 4), "a fair share of the cases set as modules");
        Assert.That(set, Is.LessThan(cases), "and some fall back");
    }

    [Test]
    public void The_same_document_lays_out_to_the_same_pages()
    {
        var document = new BulletinDocument { Items = [Beside(), Module(depth: 14), Beside(chars: 600)] };

        var first = LayoutDump.Write(LayOut(document, Theme()));
        var second = LayoutDump.Write(LayOut(document, Theme()));

        Assert.That(second, Is.EqualTo(first));
    }
}
