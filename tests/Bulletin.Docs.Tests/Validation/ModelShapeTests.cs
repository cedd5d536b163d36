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
        var problems = BulletinValidator.Validate(document, theme);
        // Against a one-article document with the same theme, so the figure is the walk of the
        // nesting alone (a Debug build allocates in the theme's character scans too).
        var allocated = Allocated(document, theme) - Allocated(WithItems(new Article { Headline = "最深处", Body = [] }), theme);

        Assert.That(problems.Select(p => p.ToString()), Is.EqualTo(new[]
        {
            "Items[0].Items[0]: sections do not nest; this section is inside another section",
            "Items[0].Items[0].Items[0]: sections do not nest; this section is 3 levels deep and is not checked (validation enters at most 2 levels)",
        }));
        // The issue measured 3.5 GB for this model when every level was walked with its full path.
        Assert.That(allocated, Is.LessThan(16 * 1024), "bytes allocated by validation beyond a one-article document");
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

    [Test]
    public void A_model_with_a_hundred_thousand_problems_gets_them_all_and_a_short_message()
    {
        var document = WithBody([.. Enumerable.Repeat<Block>(null!, 100_000)]);

        var error = Assert.Throws<BulletinValidationException>(() => BulletinValidator.ThrowIfInvalid(document, Docs.Theme.BulletinThemes.Newspaper));

        Assert.That(error!.Problems, Has.Count.EqualTo(100_000));
        Assert.That(error.Problems[^1].ToString(), Is.EqualTo("Items[0].Body[99999]: block is null"));
        Assert.That(error.Message.Split(Environment.NewLine), Has.Length.EqualTo(1 + BulletinValidationException.MaxListedProblems + 1));
        Assert.That(error.Message, Does.EndWith("… and 99900 more (see Problems)"));
    }

    /// <summary>The least bytes one validation allocated over a few runs (the first may count the JIT's).</summary>
    private static long Allocated(BulletinDocument document, Docs.Theme.BulletinTheme theme)
    {
        var least = long.MaxValue;
        for (var run = 0; run < 5; run++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            BulletinValidator.Validate(document, theme);
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return least;
    }

    private static readonly Article Shared = new() { Headline = "同一篇", Body = ["正文。"] };
}
