using System.Xml.Linq;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Model;
using Bulletin.Docs.Tests.Fonts;
using Bulletin.Docs.Tests.Support;
using Bulletin.Docs.Theme;
using Bulletin.Docs.Word;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Word;

/// <summary>
/// The Word file of a one-column document carries our layout's make-up (<see cref="WordMakeUp"/>):
/// a page break where each PDF page starts, the lines our layout set tighter or looser held by
/// character spacing, and a figure the layout lifted set where the PDF sets it.
/// </summary>
[TestFixture]
public sealed class PageMakeUpTests
{
    private static readonly XNamespace W = DocxTestPackage.W;

    private static readonly Lazy<(LaidOutDocument Layout, XDocument Document)> Distinct = new(() => Written(DistinctBulletin.Create(8)));

    private static (LaidOutDocument Layout, XDocument Document) Written(BulletinDocument document, BulletinTheme? theme = null)
    {
        var layout = BulletinLayoutEngine.Layout(document, new BulletinOptions { Theme = theme ?? BulletinThemes.WorkBulletin, Fonts = FontTestSupport.Default });
        return (layout, DocxTestPackage.Of(BulletinDocx.ToBytes(layout)).Xml("word/document.xml"));
    }

    [Test]
    public void A_page_after_one_closed_early_starts_after_a_page_break_with_the_text_the_pdf_page_starts_with()
    {
        var (layout, document) = Distinct.Value;
        // The text after each break, up to the next: a paragraph with pageBreakBefore from its
        // start, a w:br of type page from the run after it.
        var body = document.Descendants(W + "body").Single();
        var texts = new List<System.Text.StringBuilder>();
        foreach (var element in body.Descendants().Where(e => e.Name == W + "p" || e.Name == W + "br" || e.Name == W + "t"))
        {
            if ((element.Name == W + "p" && element.Element(W + "pPr")?.Element(W + "pageBreakBefore") is not null)
                || (element.Name == W + "br" && (string?)element.Attribute(W + "type") == "page"))
            {
                texts.Add(new System.Text.StringBuilder());
            }
            else if (element.Name == W + "t" && texts.Count > 0)
            {
                texts[^1].Append(WordLayoutHints.Key(element.Value));
            }
        }

        // The pages that follow one ending a line or more short of the type area's foot: those
        // the layout's make-up closed early, where Word's own filling would go on.
        var page = BulletinThemes.WorkBulletin.Page;
        var bodyStyle = BulletinThemes.WorkBulletin[TextRole.Body];
        var pageStarts = layout.Pages.Zip(layout.Pages.Skip(1))
            .Where(pair => page.HeightPt - page.MarginBottomPt - pair.First.Elements.OfType<TextLineElement>().Where(line => line.Structure is not null).Max(line => line.Baseline + line.Line.Descent)
                >= bodyStyle.LineSpacing.ToPoints(bodyStyle.SizePt) - 0.01)
            .Select(pair => pair.Second.Elements.OfType<TextLineElement>().Where(line => line.Structure is not null).MinBy(line => line.Baseline)!)
            .Select(line => WordLayoutHints.Key(line.Line.Text))
            .ToList();

        Assert.That(layout.Pages, Has.Count.GreaterThan(10), "a long document");
        Assert.That(pageStarts, Is.Not.Empty, "pages the make-up closed early");
        Assert.That(texts, Has.Count.EqualTo(pageStarts.Count), "one page break a page closed early");
        Assert.That(
            texts.Zip(pageStarts).Where(pair => !pair.First.ToString().StartsWith(pair.Second, StringComparison.Ordinal)).Select(pair => $"«{pair.First}» does not start with «{pair.Second}»"),
            Is.Empty);
    }

    [Test]
    public void A_line_our_layout_squeezed_holds_its_characters_by_character_spacing_just_under_its_measure()
    {
        var (layout, document) = Distinct.Value;
        var measurePt = BulletinThemes.WorkBulletin.Page.ContentWidthPt;
        var sizePt = BulletinThemes.WorkBulletin[TextRole.Body].SizePt;
        // Lines of more characters than the 28 a line of the 简报 holds at their own width.
        var squeezed = layout.Pages.SelectMany(page => page.Elements.OfType<TextLineElement>())
            .Where(line => line.Structure?.Kind == Layout.Structure.StructureKind.Paragraph && line.Line.Text.All(c => c > '~') && line.Line.Text.Length > 28)
            .Select(line => line.Line.Text)
            .ToList();
        var spaced = document.Descendants(W + "r")
            .Where(run => run.Element(W + "rPr")?.Element(W + "spacing") is not null)
            .GroupBy(run => string.Concat(run.Elements(W + "t").Select(t => t.Value)), StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => (int)group.First().Element(W + "rPr")!.Element(W + "spacing")!.Attribute(W + "val")!, StringComparer.Ordinal);

        Assert.That(squeezed, Is.Not.Empty, "the document has squeezed lines");
        Assert.Multiple(() =>
        {
            foreach (var line in squeezed)
            {
                Assert.That(spaced.TryGetValue(line, out var twips), Is.True, $"a run of its own for «{line}»");
                // Characters one em wide, each twips/20 pt wider: just under the measure (less what a
                // page break takes from the lines around it), within a twip a character.
                var widthPt = line.Length * (sizePt + (twips / 20.0));
                Assert.That(widthPt, Is.LessThan(measurePt).And.GreaterThan(measurePt - WordMakeUp.PageBreakPt - (line.Length * 0.1)), line);
            }
        });
    }

    [Test]
    public void A_lifted_figure_is_set_at_the_head_of_its_page_before_what_follows_it_there()
    {
        var (layout, document) = Written(EveryElementBulletin.Create());
        var page = layout.Pages.Single(p => p.Elements.OfType<ImageElement>().Any(image => image.AltText == EveryElementBulletin.FigureAltText));
        var top = page.Elements.Where(element => element is ImageElement or TextLineElement { Structure: not null })
            .MinBy(element => element is ImageElement image ? image.Y : ((TextLineElement)element).Baseline);
        var paragraphs = document.Descendants(W + "body").Single().Elements(W + "p").ToList();
        var picture = paragraphs.FindIndex(p => p.Descendants(DocxTestPackage.Wp + "docPr").Any(d => (string?)d.Attribute("descr") == EveryElementBulletin.FigureAltText));
        var after = paragraphs.Skip(picture + 2).First(p => p.Descendants(W + "t").Any());

        Assert.Multiple(() =>
        {
            Assert.That(top, Is.InstanceOf<ImageElement>(), "our layout lifts the figure to the head of page 2");
            Assert.That(paragraphs[picture].Element(W + "pPr")?.Element(W + "pageBreakBefore"), Is.Not.Null, "a page starts with the picture");
            Assert.That(string.Concat(after.Descendants(W + "t").Select(t => t.Value)), Does.StartWith("悉心打造科创平台"), "the subheading under it on that page follows it");
        });
    }

    [TestCase("distinct-8")]
    [TestCase("every-element")]
    [TestCase("taiyuan-daily")]
    public void The_make_up_leaves_valid_open_xml(string name)
    {
        var workBulletin = new BulletinOptions { Theme = BulletinThemes.WorkBulletin, Fonts = FontTestSupport.Default };
        var sample = Bulletin.Docs.Samples.Samples.All.SingleOrDefault(s => s.Name == name);
        var bytes = name switch
        {
            "distinct-8" => BulletinDocx.ToBytes(BulletinLayoutEngine.Layout(DistinctBulletin.Create(8), workBulletin)),
            "every-element" => BulletinDocx.ToBytes(BulletinLayoutEngine.Layout(EveryElementBulletin.Create(), workBulletin)),
            _ => DocxTestPackage.Write(sample!.Document, sample.Options with { Fonts = FontTestSupport.Default }),
        };
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);

        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(word)
            .Select(error => $"{error.Path?.XPath}: {error.Description}").ToList();

        Assert.That(errors, Is.Empty, "page breaks, split runs and their spacing where the schema puts them");
    }

    [Test]
    public void Pages_of_many_columns_are_left_to_word()
    {
        var sample = Bulletin.Docs.Samples.Samples.All.Single(s => s.Name == "taiyuan-daily");
        var document = DocxTestPackage.Of(sample.Document, sample.Options with { Fonts = FontTestSupport.Default }).Xml("word/document.xml");

        Assert.Multiple(() =>
        {
            Assert.That(document.Descendants(W + "pageBreakBefore"), Is.Empty);
            Assert.That(document.Descendants(W + "br").Where(br => (string?)br.Attribute(W + "type") == "page"), Is.Empty);
        });
    }

    [Test]
    public void Items_follow_the_order_the_pdf_prints_them_in_when_picture_news_floats_past_a_story()
    {
        // The every-element 简报 floats picture news 汾河晚霞 to page 4, past the commentary after it.
        var (layout, document) = Written(EveryElementBulletin.Create(), BulletinThemes.WorkBulletin with { Contents = true });
        string[] titles = ["让城市更新更有温度", "汾河晚霞"];
        var printed = layout.Pages.SelectMany(page => page.Elements.OfType<TextLineElement>())
            .Where(line => !InContentsBox(line.Structure))
            .Select(line => WordLayoutHints.Key(line.Line.Text))
            .Where(text => titles.Contains(text))
            .ToList();
        // The contents box's entries carry leaders and page numbers, so only the titles themselves match.
        var inBodyOrder = document.Descendants(W + "p")
            .Select(paragraph => WordLayoutHints.Key(string.Concat(paragraph.Descendants(W + "t").Select(text => text.Value))))
            .Where(text => titles.Contains(text))
            .ToList();

        Assert.That(printed, Is.EqualTo(titles), "the PDF prints the commentary first");
        Assert.That(inBodyOrder, Is.EqualTo(titles), "the Word body sets them in the same order");
    }

    private static bool InContentsBox(Layout.Structure.StructureNode? node) =>
        node is not null && (node.Kind == Layout.Structure.StructureKind.Contents || InContentsBox(node.Parent));
}
