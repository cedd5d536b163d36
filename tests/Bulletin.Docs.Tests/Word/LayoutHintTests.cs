using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Tests.Fonts;
using NUnit.Framework;
using SampleCatalog = Bulletin.Docs.Samples.Samples;

namespace Bulletin.Docs.Tests.Word;

/// <summary>With fonts given, the Word file carries what our layout found: page numbers in its fields (shown without F9), heading line breaks.</summary>
[TestFixture]
public sealed partial class LayoutHintTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    [Test]
    public void Contents_pagerefs_cache_the_pages_of_the_pdf_layout()
    {
        var sample = SampleCatalog.All.Single(s => s.Name == "work-bulletin");
        var options = sample.Options with { Fonts = FontTestSupport.Default };
        var layout = BulletinLayoutEngine.Layout(sample.Document, options);
        // The PDF's contents box: each entry's page number is a line of digits alone, after the box's title.
        var printed = layout.Pages[0].Elements.OfType<TextLineElement>()
            .SkipWhile(line => line.Line.Text != "本期要目")
            .Where(line => PageNumber().IsMatch(line.Line.Text))
            .Select(line => line.Line.Text)
            .ToList();

        var cached = FieldResults(Document(sample.Document, options), "PAGEREF");

        Assert.That(printed, Has.Count.EqualTo(3), "the sample's contents box lists three stories");
        Assert.That(cached, Is.EqualTo(printed));
    }

    [Test]
    public void Without_fonts_pagerefs_have_no_cached_number()
    {
        var sample = SampleCatalog.All.Single(s => s.Name == "work-bulletin");

        var cached = FieldResults(Document(sample.Document, sample.Options with { Fonts = null }), "PAGEREF");

        Assert.That(cached, Has.Count.EqualTo(3).And.All.Empty);
    }

    [Test]
    public void Numpages_caches_the_page_count_of_the_pdf_layout()
    {
        var sample = SampleCatalog.All.Single(s => s.Name == "press-release");
        var options = sample.Options with { Fonts = FontTestSupport.Default };
        var pages = BulletinLayoutEngine.Layout(sample.Document, options).Pages.Count;
        var bytes = new MemoryStream();
        BulletinDocx.Write(sample.Document, bytes, options);

        using var archive = new ZipArchive(new MemoryStream(bytes.ToArray()), ZipArchiveMode.Read);
        var footers = archive.Entries.Where(entry => entry.FullName.StartsWith("word/footer", StringComparison.Ordinal))
            .Select(entry => XDocument.Load(entry.Open()))
            .SelectMany(footer => FieldResults(footer, "NUMPAGES"))
            .ToList();

        Assert.That(footers, Is.Not.Empty.And.All.EqualTo(pages.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void Headings_the_layout_balanced_are_written_with_its_line_breaks()
    {
        var sample = SampleCatalog.All.Single(s => s.Name == "taiyuan-daily");
        var options = sample.Options with { Fonts = FontTestSupport.Default };
        var layout = BulletinLayoutEngine.Layout(sample.Document, options);
        var printed = layout.Pages.SelectMany(page => page.Elements).OfType<TextLineElement>()
            .Where(line => line.Structure?.Kind == Layout.Structure.StructureKind.Subheading)
            .Select(line => line.Line.Text.Trim())
            .ToList();

        var written = Document(sample.Document, options).Descendants(W + "p")
            .Where(p => (string?)p.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val") == "Heading3")
            .SelectMany(p => string.Concat(p.Descendants().Select(e => e.Name == W + "br" ? "\n" : e.Name == W + "t" ? e.Value : "")).Split('\n'))
            .Select(line => line.Trim())
            .ToList();

        Assert.That(printed, Does.Contain("聚焦行业难题").And.Contain("解锁硬核技术"), "the balancer breaks at the phrase space");
        Assert.That(written, Is.EqualTo(printed), "every 小标题 line in Word is a line of the PDF");
    }

    [Test]
    public void The_commentary_is_one_frame_with_its_headline_across_the_columns_the_pdf_set()
    {
        var sample = SampleCatalog.All.Single(s => s.Name == "taiyuan-daily");
        var commentary = sample.Document.Items.OfType<Model.Article>().Single(article => article.ColumnLabel is not null);
        var options = sample.Options with { Fonts = FontTestSupport.Default };

        var table = Document(sample.Document, options).Descendants(W + "tbl")
            .Single(t => t.Descendants(W + "t").Any(text => text.Value.Contains(commentary.ColumnLabel!, StringComparison.Ordinal)));
        var rows = table.Elements(W + "tr").ToList();
        var borders = table.Element(W + "tblPr")!.Element(W + "tblBorders")!;
        var body = string.Concat(rows[1].Descendants(W + "t").Select(text => text.Value));

        Assert.Multiple(() =>
        {
            Assert.That(rows, Has.Count.EqualTo(2));
            Assert.That((int?)rows[0].Descendants(W + "gridSpan").Single().Attribute(W + "val"), Is.EqualTo(sample.Options.Theme.Page.Columns), "the stack spans every column");
            Assert.That(rows[0].Descendants(W + "t").Select(text => text.Value), Does.Contain(commentary.Headline.Text));
            Assert.That(rows[1].Elements(W + "tc").Count(), Is.EqualTo(sample.Options.Theme.Page.Columns), "a cell per body column");
            Assert.That(new[] { "top", "left", "bottom", "right" }.Select(edge => (string?)borders.Element(W + edge)!.Attribute(W + "color")), Is.All.EqualTo(sample.Options.Theme.AccentColor.Hex));
            Assert.That(new[] { "insideH", "insideV" }.Select(edge => (string?)borders.Element(W + edge)!.Attribute(W + "val")), Is.All.EqualTo("none"));
            Assert.That(body, Is.EqualTo(string.Concat(commentary.Body.OfType<Model.Paragraph>().SelectMany(p => p.Inlines.OfType<Model.Text>()).Select(t => t.Value))), "every body character once, in order");
            Assert.That(table.Descendants(W + "pBdr"), Is.Empty, "no paragraph borders inside the frame");
        });
    }

    [Test]
    public void Without_fonts_the_commentary_keeps_its_bordered_paragraphs()
    {
        var sample = SampleCatalog.All.Single(s => s.Name == "taiyuan-daily");
        var commentary = sample.Document.Items.OfType<Model.Article>().Single(article => article.ColumnLabel is not null);

        var document = Document(sample.Document, sample.Options with { Fonts = null });

        Assert.That(document.Descendants(W + "tbl").Any(t => t.Descendants(W + "t").Any(text => text.Value.Contains(commentary.ColumnLabel!, StringComparison.Ordinal))), Is.False);
        Assert.That(document.Descendants(W + "p").Where(p => p.Descendants(W + "pBdr").Any()).Select(p => p.Value), Does.Contain(commentary.Headline.Text));
    }

    [Test]
    public void A_document_our_layout_refuses_is_still_written_without_the_hints()
    {
        var sample = SampleCatalog.All.Single(s => s.Name == "work-bulletin");
        // No registered font has a glyph for an emoji: the PDF refuses the document, the Word file does not.
        var first = sample.Document.Items.OfType<Model.Article>().First();
        var document = sample.Document with
        {
            Items = [first with { Body = [.. first.Body, new Model.Paragraph([new Model.Text("笑\U0001F600")])] }, .. sample.Document.Items.Skip(1)],
        };
        var options = sample.Options with { Fonts = FontTestSupport.Default };

        Assert.That(() => BulletinLayoutEngine.Layout(document, options), Throws.InstanceOf<Model.BulletinException>());
        Assert.That(FieldResults(Document(document, options), "PAGEREF"), Has.Count.EqualTo(3).And.All.Empty);
    }

    private static XDocument Document(Model.BulletinDocument document, BulletinOptions options)
    {
        var bytes = new MemoryStream();
        BulletinDocx.Write(document, bytes, options);
        using var archive = new ZipArchive(new MemoryStream(bytes.ToArray()), ZipArchiveMode.Read);
        return XDocument.Load(archive.GetEntry("word/document.xml")!.Open());
    }

    /// <summary>The cached result of every complex field whose instruction starts with <paramref name="name"/>.</summary>
    private static List<string> FieldResults(XDocument part, string name)
    {
        var results = new List<string>();
        var runs = part.Descendants(W + "r").ToList();
        for (var i = 0; i < runs.Count; i++)
        {
            var code = runs[i].Element(W + "instrText")?.Value.Trim();
            if (code is null || !code.StartsWith(name, StringComparison.Ordinal)) continue;
            // begin, instruction, separate, result…, end
            var result = runs.Skip(i + 2).TakeWhile(run => run.Element(W + "fldChar") is null).Select(run => run.Element(W + "t")?.Value ?? "");
            results.Add(string.Concat(result));
        }
        return results;
    }

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex PageNumber();
}
