using Bulletin.Docs.Layout;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Model;
using Bulletin.Docs.Tests.Pdf;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.PageLayout;

/// <summary>
/// A story's tail — its trailing byline or source line, its （下转…） jump line — never opens a page
/// alone: it keeps with the story's last two lines (docs/typography.md §4).
/// </summary>
public sealed class StoryTailTests
{
    private static IEnumerable<string> SampleNames() => RenderedSample.Names();

    [TestCaseSource(nameof(SampleNames))]
    public void No_page_opens_with_a_storys_tail(string name)
    {
        var stranded = new List<string>();
        foreach (var page in RenderedSample.Of(name).Layout.Pages.Skip(1))
        {
            var first = page.Elements.OfType<TextLineElement>().Where(line => line.Structure is not null).MinBy(line => line.Baseline);
            if (first is { Structure.Kind: StructureKind.Byline or StructureKind.JumpLine } && first.Line.Text.StartsWith('（') && !first.Line.Text.StartsWith("（上接", StringComparison.Ordinal))
            {
                stranded.Add($"page {page.Number}: {first.Line.Text}");
            }
        }

        Assert.That(stranded, Is.Empty);
    }

    [Test]
    public void A_tail_after_a_table_keeps_with_its_last_two_rows_not_the_whole_table()
    {
        // A table splits between rows, so the byline needs only the last two with it, as it needs a
        // paragraph's last two lines: the rows that fit under the text stay on page 1 with or without it.
        string[][] rows = [["项目", "数量"], .. Enumerable.Range(1, 5).Select(i => new[] { "行" + i, i.ToString(System.Globalization.CultureInfo.InvariantCulture) })];
        var untailed = TestDocuments.Article(TestDocuments.Chars('A', 14 + 16 * 4), new Table(rows));
        var tailed = untailed with { Items = [((Article)untailed.Items[0]) with { TrailingByline = "李四" }] };

        var without = TestDocuments.LayOut(untailed, TestThemes.Simple());
        var with = TestDocuments.LayOut(tailed, TestThemes.Simple());

        static int Rows(LaidOutPage page) => TestDocuments.Lines(page).Count(line => line.Line.Text.StartsWith('行'));
        Assert.That(without.Pages.Select(Rows), Is.EqualTo(new[] { 1, 4 }), "without the tail, the table splits after its first row");
        Assert.That(with.Pages.Select(Rows), Is.EqualTo(new[] { 1, 4 }), "with it too");
        Assert.That(TestDocuments.Lines(with.Pages[^1]).Select(line => line.Line.Text).TakeLast(5), Is.EqualTo(new[] { "行4", "4", "行5", "5", "（李四）" }), "the tail under the last rows");
    }
}
