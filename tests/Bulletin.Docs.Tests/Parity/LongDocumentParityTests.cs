using Bulletin.Docs.Model;
using Bulletin.Docs.Tests.Fonts;
using Bulletin.Docs.Tests.Support;
using Bulletin.Docs.Theme;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Parity;

/// <summary>
/// Parity beyond the samples: a 20-page 简报 of distinct stories, whose page feet are our page
/// composer's make-up, and the every-element 简报, whose figure the composer lifts to a page's head.
/// The Word file carries both (<see cref="Bulletin.Docs.Word.WordMakeUp"/>).
/// </summary>
[TestFixture]
public sealed class LongDocumentParityTests
{
    private static readonly BulletinOptions Options = new() { Theme = BulletinThemes.WorkBulletin, Fonts = FontTestSupport.Default };

    [Test]
    public void A_long_bulletin_starts_every_paragraph_on_its_page_and_keeps_its_lines()
    {
        var (layout, pdf) = LibreOfficeRendering.Convert("distinct-8", DistinctBulletin.Create(8), Options);
        var count = ParityCount.Of(layout, pdf);
        TestContext.Out.Write(count.Describe("distinct-8"));

        Assert.Multiple(() =>
        {
            Assert.That(count.OurPages, Is.EqualTo(20), "the document is as long as when the numbers were taken");
            Assert.That(count.NotFound, Is.Empty, "paragraphs of our PDF that start no line of LibreOffice's");
            Assert.That(count.TheirPages, Is.EqualTo(count.OurPages), "page count");
            Assert.That(count.SamePage, Is.EqualTo(count.Found.Count), "paragraphs on the same first page");
            Assert.That(count.SameLines, Is.EqualTo(count.Found.Count), "paragraphs in as many lines");
        });
    }

    [Test]
    public void The_every_element_bulletin_starts_every_paragraph_on_its_page()
    {
        var (layout, pdf) = LibreOfficeRendering.Convert("every-element", EveryElementBulletin.Create(), Options);
        var count = ParityCount.Of(layout, pdf);
        TestContext.Out.Write(count.Describe("every-element"));

        Assert.Multiple(() =>
        {
            Assert.That(count.NotFound, Is.Empty, "paragraphs of our PDF that start no line of LibreOffice's");
            Assert.That(count.TheirPages, Is.EqualTo(count.OurPages), "page count");
            Assert.That(count.SamePage, Is.EqualTo(count.Found.Count), "paragraphs on the same first page");
            // Two paragraphs break otherwise: the dateline's bold run and a paragraph with a link.
            Assert.That(count.SameLines, Is.GreaterThanOrEqualTo(count.Found.Count - 2), "paragraphs in as many lines");
        });
    }

    /// <summary>
    /// The measurement behind the numbers: <c>BULLETIN_PARITY_STORIES=90</c> (the 200-page 简报, about
    /// 10 s of LibreOffice) with <c>dotnet test --filter "FullyQualifiedName~LongDocumentParityTests.Measure"</c>.
    /// </summary>
    [Explicit("a measurement, printed: BULLETIN_PARITY_STORIES stories of DistinctBulletin (8 unless set), of BULLETIN_PARITY_SEED (1 unless set)")]
    [Test]
    public void Measure()
    {
        var stories = int.Parse(Environment.GetEnvironmentVariable("BULLETIN_PARITY_STORIES") ?? "8", System.Globalization.CultureInfo.InvariantCulture);
        var seed = int.Parse(Environment.GetEnvironmentVariable("BULLETIN_PARITY_SEED") ?? "1", System.Globalization.CultureInfo.InvariantCulture);
        var name = $"distinct-{stories}-{seed}";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (layout, pdf) = LibreOfficeRendering.Convert(name, DistinctBulletin.Create(stories, seed), Options);
        TestContext.Out.Write(ParityCount.Of(layout, pdf).Describe(name));
        TestContext.Out.WriteLine($"  ({watch.Elapsed.TotalSeconds:0.0} s with the layout)");
    }
}
