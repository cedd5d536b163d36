using Bulletin.Docs.Model;
using Bulletin.Docs.Validation;
using NUnit.Framework;
using static Bulletin.Docs.Tests.Validation.SampleBulletins;
using static Bulletin.Docs.Tests.Validation.ValidationAssert;

namespace Bulletin.Docs.Tests.Validation;

/// <summary>Hostile model shapes: deep nesting and reference cycles end in a bounded list of problems.</summary>
public sealed class ModelShapeTests
{
    [Test]
    public void Sections_nested_8000_deep_give_a_few_problems_with_short_paths_and_little_memory()
    {
        BulletinItem item = new Article { Headline = "最深处", Body = [] };
        for (var i = 0; i < 8000; i++)
        {
            item = new Section { Banner = "层" + i, Items = [item] };
        }

        var document = WithItems(item);
        var theme = Docs.Theme.BulletinThemes.Newspaper;
        BulletinValidator.Validate(document, theme); // warm up: the measurement below is of the walk alone
        var before = GC.GetAllocatedBytesForCurrentThread();
        var problems = BulletinValidator.Validate(document, theme);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(problems.Select(p => p.ToString()), Is.EqualTo(new[]
        {
            "Items[0].Items[0]: sections do not nest; this section is inside another section",
            "Items[0].Items[0].Items[0]: sections do not nest; this section is 3 levels deep and is not checked (validation enters at most 2 levels)",
        }));
        // The issue measured 3.5 GB for this model when every level was walked with its full path.
        Assert.That(allocated, Is.LessThan(64 * 1024), "bytes allocated by validation");
    }

    [Test]
    public void A_section_that_contains_itself_is_reported_with_its_path()
    {
        var items = new List<BulletinItem> { new Article { Headline = "甲", Body = [] } };
        var section = new Section { Banner = "要闻", Items = items };
        items.Add(section);

        Assert.That(Problems(WithItems(new Article { Headline = "前", Body = [] }, section)), Is.EqualTo(new[]
        {
            "Items[1].Items[1]: section contains itself: this is the section at Items[1] again (a reference cycle); its items are not checked again",
        }));
    }

    [Test]
    public void A_cycle_through_two_sections_is_reported_where_it_closes()
    {
        var innerItems = new List<BulletinItem>();
        var outer = new Section { Banner = "外", Items = [new Section { Banner = "内", Items = innerItems }] };
        innerItems.Add(outer);

        Assert.That(Problems(WithItems(outer)), Is.EqualTo(new[]
        {
            "Items[0].Items[0]: sections do not nest; this section is inside another section",
            "Items[0].Items[0].Items[0]: section contains itself: this is the section at Items[0] again (a reference cycle); its items are not checked again",
        }));
    }

    [Test]
    public void The_same_article_twice_is_not_a_cycle() =>
        Assert.That(Problems(WithItems(new Section { Banner = "要闻", Items = [Shared, Shared] }, Shared)), Is.Empty);

    [Test]
    public void Writers_refuse_a_cyclic_model_before_writing()
    {
        var items = new List<BulletinItem>();
        var section = new Section { Banner = "要闻", Items = items };
        items.Add(section);
        using var output = new MemoryStream();

        var error = Assert.Throws<BulletinValidationException>(() => BulletinDocx.Write(WithItems(section), output));
        Assert.That(error!.Problems[0].Path, Is.EqualTo("Items[0].Items[0]"));
        Assert.That(output.Length, Is.Zero);
        Assert.Throws<BulletinValidationException>(() => BulletinLayoutEngine.Layout(WithItems(section)));
    }

    private static readonly Article Shared = new() { Headline = "同一篇", Body = ["正文。"] };
}
