using Bulletin.Docs.Model;
using Bulletin.Docs.Tests.Support;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Architecture;

/// <summary>
/// The writers dispatch on the model's blocks, inlines and items with switches whose last arm
/// throws; C# cannot check such a switch over a record hierarchy for exhaustiveness. So the test
/// document holds every kind, and the tests that write it as Word and as PDF in every theme fail
/// the day a kind is added that a writer does not handle.
/// </summary>
[TestFixture]
public sealed class ModelCoverageTests
{
    [Test]
    public void The_every_element_document_holds_every_kind_of_block_inline_and_item()
    {
        var document = EveryElementBulletin.Create();
        var items = Flatten(document.Items).ToList();
        var blocks = items.OfType<Article>().SelectMany(article => article.Body).ToList();
        var inlines = blocks.SelectMany(InlinesOf).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(Missing<BulletinItem>(items), Is.Empty, "items");
            Assert.That(Missing<Block>(blocks), Is.Empty, "blocks");
            Assert.That(Missing<Inline>(inlines), Is.Empty, "inlines");
        });
    }

    [Test]
    public void Word_and_pdf_write_the_every_element_document_in_every_theme()
    {
        foreach (var theme in new[] { Docs.Theme.BulletinThemes.Newspaper, Docs.Theme.BulletinThemes.WorkBulletin, Docs.Theme.BulletinThemes.PressRelease })
        {
            var options = new BulletinOptions { Theme = theme, Fonts = Fonts.FontTestSupport.Default };
            Assert.That(BulletinDocx.ToBytes(EveryElementBulletin.Create(), options), Is.Not.Empty, theme.Name);
            Assert.That(BulletinLayoutEngine.Layout(EveryElementBulletin.Create(), options).Pages, Is.Not.Empty, theme.Name);
        }
    }

    /// <summary>The concrete subtypes of <typeparamref name="T"/> in the library that none of <paramref name="found"/> is.</summary>
    private static IEnumerable<string> Missing<T>(IEnumerable<T> found)
        where T : class
    {
        var kinds = found.Select(value => value.GetType()).ToHashSet();
        return typeof(T).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(T)) && !type.IsAbstract && type.IsPublic)
            .Where(type => !kinds.Contains(type))
            .Select(type => type.Name);
    }

    private static IEnumerable<BulletinItem> Flatten(IEnumerable<BulletinItem> items) =>
        items.SelectMany(item => item is Section section ? Flatten(section.Items).Prepend(item) : [item]);

    private static IEnumerable<Inline> InlinesOf(Block block) => block switch
    {
        Paragraph paragraph => paragraph.Inlines,
        Quote quote => quote.Inlines,
        Note note => note.Inlines,
        ListBlock list => list.Items.SelectMany(item => item),
        _ => [],
    };
}
