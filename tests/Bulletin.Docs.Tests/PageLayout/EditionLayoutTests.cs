using System.Globalization;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Model;
using Bulletin.Docs.Tests.Pdf;
using Bulletin.Docs.Theme;
using NUnit.Framework;
using static Bulletin.Docs.Tests.PageLayout.TestDocuments;

namespace Bulletin.Docs.Tests.PageLayout;

/// <summary>
/// Newspaper editions on the laid-out pages: the 版眉 and the folio of every page, counted from the
/// edition's number, and the 报头 only on the first page of an edition that opens with it.
/// </summary>
public sealed class EditionLayoutTests
{
    // TestThemes.Simple(): 200 pt wide, type area 20..180 × 20..(height − 20), 10 pt characters,
    // header baseline at 12 pt, footer baseline 8 pt above the bottom edge.

    [Test]
    public void Every_sheet_of_the_newspaper_samples_second_edition_carries_the_running_head_and_counts_on_from_2()
    {
        const string head = "太原日报　2025年1月7日 星期二　第2版 要闻";
        var layout = RenderedSample.Of("taiyuan-daily").Layout;
        var setup = BulletinThemes.Newspaper.Page;
        var footerSize = BulletinThemes.Newspaper[TextRole.Footer].SizePt;

        Assert.That(layout.Pages, Has.Count.GreaterThanOrEqualTo(2), "the sample's 第2版 runs onto a second sheet");
        for (var i = 0; i < layout.Pages.Count; i++)
        {
            var page = layout.Pages[i];
            var folio = (2 + i).ToString(CultureInfo.InvariantCulture);
            var (heads, feet) = Furniture(page, setup);
            Assert.Multiple(() =>
            {
                Assert.That(page.RunningHead, Is.EqualTo(head), $"sheet {i + 1}: the 版眉 it reports");
                Assert.That(string.Concat(heads.Select(line => line.Line.Text)), Is.EqualTo(head), $"sheet {i + 1}: the 版眉 it prints above the type area");
                Assert.That(page.Folio, Is.EqualTo(folio), $"sheet {i + 1}: the folio it reports");
                Assert.That(feet.Select(line => line.Line.Text), Is.EqualTo(new[] { folio }), $"sheet {i + 1}: the folio it prints under the type area");
                Assert.That(MastheadElements(page), Is.Empty, $"sheet {i + 1}: an inner edition never shows the 报头");
                Assert.That(
                    page.Elements.OfType<RuleElement>().Where(rule => rule.Y1 < setup.MarginTopPt && rule.Y1 > heads.Max(line => line.Baseline)).Select(rule => (rule.X1, rule.X2, rule.ThicknessPt)),
                    Is.EqualTo(new[] { (setup.MarginLeftPt, setup.MarginLeftPt + setup.ContentWidthPt, BulletinThemes.Newspaper.Rules.RunningHeadPt) }),
                    $"sheet {i + 1}: one rule under the 版眉, across the type area");
            });

            // Outside, one character in (GB/T 9704 §7.5), by the printed number: 2 left, 3 right.
            var foot = feet.Single();
            if ((2 + i) % 2 == 1)
            {
                Assert.That(foot.X + foot.Line.Width, Is.EqualTo(setup.MarginLeftPt + setup.ContentWidthPt - footerSize).Within(0.01), $"folio {folio} on the right");
            }
            else
            {
                Assert.That(foot.X, Is.EqualTo(setup.MarginLeftPt + footerSize).Within(0.01), $"folio {folio} on the left");
            }
        }
    }

    [Test]
    public void The_front_page_opens_with_the_masthead_and_the_running_head_starts_on_the_second_page()
    {
        var document = LongArticle() with { Masthead = new Masthead { Name = "报" }, Edition = new Edition { Number = 1, Name = "要闻" } };

        var layout = LayOut(document, Theme());

        Assert.That(layout.Pages, Has.Count.GreaterThanOrEqualTo(2));
        Assert.Multiple(() =>
        {
            Assert.That(layout.Pages[0].RunningHead, Is.Null);
            Assert.That(Furniture(layout.Pages[0], Theme().Page).Heads, Is.Empty, "no 版眉 over the 报头");
            Assert.That(MastheadElements(layout.Pages[0]).OfType<TextLineElement>().Select(line => line.Line.Text), Does.Contain("报"));
            Assert.That(layout.Pages.Select(page => page.Folio), Is.EqualTo(Enumerable.Range(1, layout.Pages.Count).Select(Text)));
        });
        foreach (var page in layout.Pages.Skip(1))
        {
            Assert.Multiple(() =>
            {
                Assert.That(page.RunningHead, Is.EqualTo("报　第1版 要闻"));
                Assert.That(string.Concat(Furniture(page, Theme().Page).Heads.Select(line => line.Line.Text)), Is.EqualTo("报　第1版 要闻"));
                Assert.That(MastheadElements(page), Is.Empty, $"page {page.Number}: the 报头 is not repeated");
            });
        }
    }

    [Test]
    public void A_file_holding_the_second_sheet_of_an_edition_starts_at_its_first_page_number()
    {
        var document = LongArticle() with { Masthead = new Masthead { Name = "报" }, Edition = new Edition { Number = 2 }, FirstPageNumber = 5 };

        var layout = LayOut(document, Theme());

        Assert.That(layout.Pages.Select(page => page.Folio), Is.EqualTo(Enumerable.Range(5, layout.Pages.Count).Select(Text)));
        Assert.That(layout.Pages.Select(page => page.RunningHead), Is.All.EqualTo("报　第2版"), "an inner edition heads its first page too");
        Assert.That(layout.Pages.SelectMany(MastheadElements), Is.Empty);
        var five = Furniture(layout.Pages[0], Theme().Page).Feet.Single();
        var six = Furniture(layout.Pages[1], Theme().Page).Feet.Single();
        Assert.That(five.X + five.Line.Width, Is.EqualTo(180 - TestThemes.Size), "the first sheet's folio 5 is odd: right, one character in");
        Assert.That(six.X, Is.EqualTo(20 + TestThemes.Size), "6 is even: left, one character in");
    }

    [Test]
    public void An_inner_edition_may_open_with_the_masthead_when_it_says_so()
    {
        var document = LongArticle() with { Masthead = new Masthead { Name = "报" }, Edition = new Edition { Number = 2, OpensWithMasthead = true } };

        var layout = LayOut(document, Theme());

        Assert.Multiple(() =>
        {
            Assert.That(MastheadElements(layout.Pages[0]), Is.Not.Empty);
            Assert.That(layout.Pages[0].RunningHead, Is.Null);
            Assert.That(layout.Pages.Skip(1).Select(page => page.RunningHead), Is.All.EqualTo("报　第2版"));
            Assert.That(layout.Pages.Select(page => page.Folio), Is.EqualTo(Enumerable.Range(2, layout.Pages.Count).Select(Text)));
        });
    }

    [Test]
    public void The_contents_box_prints_folios_not_sheet_indices()
    {
        var document = new BulletinDocument
        {
            Items = [new Article { Headline = "甲", Body = [Chars('A', 14 + 16 * 12)] }, new Article { Headline = "乙", Body = [Chars('B', 20)] }],
            FirstPageNumber = 7,
        };

        var layout = LayOut(document, TestThemes.Simple(numbers: PageNumberFormat.Dashed) with { Contents = true });

        var second = (Article)document.Items[1];
        var sheet = layout.Pages.Last(page => Lines(page).Any(line => line.Line.Text == "乙")); // after its contents entry
        Assert.That(layout.ItemPages[document.Items[0]], Is.EqualTo(7));
        Assert.That(layout.ItemPages[second], Is.EqualTo(7 + sheet.Number - 1), "the folio of the sheet the story starts on");
        Assert.That(sheet.Number, Is.GreaterThan(1), "the story starts on a later sheet, so the offset shows");
        Assert.That(layout.Pages.Select(page => page.Folio), Is.EqualTo(Enumerable.Range(7, layout.Pages.Count).Select(n => $"— {n} —")));
    }

    private static BulletinTheme Theme() =>
        TestThemes.Simple(numbers: PageNumberFormat.Plain, position: PageNumberPosition.Outside, masthead: MastheadStyle.Newspaper);

    private static BulletinDocument LongArticle() => Article(Chars('A', 14 + 16 * 12));

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The furniture's text lines (no structure element) in the top and in the bottom margin.</summary>
    private static (List<TextLineElement> Heads, List<TextLineElement> Feet) Furniture(LaidOutPage page, PageSetup setup)
    {
        var furniture = page.Elements.OfType<TextLineElement>().Where(line => line.Structure is null).ToList();
        return (
            [.. furniture.Where(line => line.Baseline < setup.HeightPt / 2)],
            [.. furniture.Where(line => line.Baseline > setup.HeightPt - setup.MarginBottomPt)]);
    }

    /// <summary>What the page draws of the masthead (the 报头) structure element.</summary>
    private static IEnumerable<PageElement> MastheadElements(LaidOutPage page) =>
        page.Elements.Where(element => InMasthead(element.Structure));

    private static bool InMasthead(StructureNode? node)
    {
        for (; node is not null; node = node.Parent)
        {
            if (node.Kind == StructureKind.Masthead)
            {
                return true;
            }
        }

        return false;
    }
}
