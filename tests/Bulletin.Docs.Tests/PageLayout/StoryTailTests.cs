using Bulletin.Docs.Layout;
using Bulletin.Docs.Layout.Structure;
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
}
