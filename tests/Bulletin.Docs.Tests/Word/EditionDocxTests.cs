using System.Xml.Linq;
using Bulletin.Docs.Model;
using Bulletin.Docs.Tests.Pdf;
using Bulletin.Docs.Theme;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using NUnit.Framework;
using static Bulletin.Docs.Tests.Word.DocxTestPackage;

namespace Bulletin.Docs.Tests.Word;

/// <summary>
/// Newspaper editions in the Word file: the 版眉 in the header parts, the folio's number start in
/// the first section (w:pgNumType w:start, ECMA-376 §17.6.12), a first page of its own (w:titlePg,
/// §17.10.6) only under the 报头 — and the same running head and folio text as the laid-out pages.
/// </summary>
public sealed class EditionDocxTests
{
    [Test]
    public void The_newspaper_samples_inner_edition_numbers_from_2_and_heads_every_page_as_the_pdf_does()
    {
        var rendered = RenderedSample.Of("taiyuan-daily");
        var package = Of(rendered.Sample.Document, rendered.Sample.Options);
        var sections = package.Xml("word/document.xml").Descendants(W + "sectPr").ToList();
        var first = sections[0];
        var pages = rendered.Layout.Pages;

        Assert.Multiple(() =>
        {
            Assert.That(Attribute(first.Element(W + "pgNumType"), "start"), Is.EqualTo("2"), "the first section numbers from the edition's 2");
            Assert.That(sections.Skip(1).Select(section => section.Element(W + "pgNumType")), Is.All.Null, "later sections continue the count");
            Assert.That(sections.Select(section => section.Element(W + "titlePg")), Is.All.Null, "an inner edition heads its first page too");
            Assert.That(HeaderText(package, first, "default"), Is.EqualTo(pages[1].RunningHead), "odd pages: the PDF's 版眉");
            Assert.That(HeaderText(package, first, "even"), Is.EqualTo(pages[0].RunningHead), "even pages: the PDF's 版眉");
            Assert.That(pages[0].RunningHead, Is.EqualTo("太原日报　2025年1月7日 星期二　第2版 要闻"));
            Assert.That(Attribute(Part(package, first, "headerReference", "default").Descendants(W + "pBdr").Single().Element(W + "bottom"), "sz"), Is.EqualTo("4"), "the rule under the 版眉: ½ pt in eighths");
            // The cached PAGE results are the folios of the pages each footer first stands on: 2 is even, 3 odd.
            Assert.That(FooterText(package, first, "even"), Is.EqualTo(pages[0].Folio).And.EqualTo("2"));
            Assert.That(FooterText(package, first, "default"), Is.EqualTo(pages[1].Folio).And.EqualTo("3"));
            Assert.That(Footer(package, first, "default").Descendants(W + "instrText").Select(code => code.Value.Trim()), Is.EqualTo(new[] { "PAGE" }));
            Assert.That(Attribute(Footer(package, first, "default").Descendants(W + "jc").Single(), "val"), Is.EqualTo("right"), "odd folios outside, on the right");
            Assert.That(Attribute(Footer(package, first, "even").Descendants(W + "jc").Single(), "val"), Is.EqualTo("left"), "even folios outside, on the left");
        });
        Assert.That(package.Xml("word/document.xml").Descendants(W + "t").Select(text => text.Value), Has.None.EqualTo("太原日报"), "no 报头 in the body of an inner edition");
        AssertValid(package);
    }

    [Test]
    public void A_front_page_keeps_its_first_page_header_empty_under_the_masthead()
    {
        var document = Front() with { Edition = new Edition { Number = 1 } };

        var package = Of(document, new BulletinOptions { Theme = BulletinThemes.Newspaper });
        var first = package.Xml("word/document.xml").Descendants(W + "sectPr").First();

        Assert.Multiple(() =>
        {
            Assert.That(first.Element(W + "titlePg"), Is.Not.Null);
            Assert.That(first.Element(W + "pgNumType"), Is.Null, "page 1 needs no start");
            Assert.That(HeaderText(package, first, "first"), Is.Empty);
            Assert.That(HeaderText(package, first, "default"), Is.EqualTo("太原日报　2025年1月7日 星期二　第1版"));
            Assert.That(FooterText(package, first, "first"), Is.EqualTo("1"));
            Assert.That(FooterText(package, first, "even"), Is.EqualTo("2"));
            Assert.That(FooterText(package, first, "default"), Is.EqualTo("3"), "the first odd page after the first page");
            Assert.That(package.Xml("word/document.xml").Descendants(W + "t").Select(text => text.Value), Does.Contain("太原日报").And.Contain("第1版"), "the 报头 with its edition label");
        });
        AssertValid(package);
    }

    [Test]
    public void A_dashed_folio_starts_where_the_document_says()
    {
        var document = Front() with { FirstPageNumber = 3 };

        var package = Of(document, new BulletinOptions { Theme = BulletinThemes.WorkBulletin });
        var first = package.Xml("word/document.xml").Descendants(W + "sectPr").First();

        Assert.Multiple(() =>
        {
            Assert.That(Attribute(first.Element(W + "pgNumType"), "start"), Is.EqualTo("3"));
            Assert.That(FooterText(package, first, "default"), Is.EqualTo("— 3 —"), "as the layout prints page 3 (GB/T 9704 §7.5)");
            Assert.That(FooterText(package, first, "even"), Is.EqualTo("— 4 —"));
        });
        AssertValid(package);
    }

    private static BulletinDocument Front() => new()
    {
        Masthead = new Masthead { Name = "太原日报", Date = new DateOnly(2025, 1, 7) },
        Items = [new Article { Headline = "标题", Body = [new Paragraph("正文。")] }],
    };

    private static string? Attribute(XElement? element, string name) => (string?)element?.Attribute(W + name);

    private static XElement Part(DocxTestPackage package, XElement section, string reference, string type)
    {
        var id = (string)section.Elements(W + reference).Single(element => Attribute(element, "type") == type).Attribute(R + "id")!;
        var target = (string)package.Xml("word/_rels/document.xml.rels").Root!.Elements().Single(relationship => (string?)relationship.Attribute("Id") == id).Attribute("Target")!;
        return package.Xml("word/" + target).Root!;
    }

    private static XElement Footer(DocxTestPackage package, XElement section, string type) => Part(package, section, "footerReference", type);

    private static string HeaderText(DocxTestPackage package, XElement section, string type) =>
        string.Concat(Part(package, section, "headerReference", type).Descendants(W + "t").Select(text => text.Value));

    private static string FooterText(DocxTestPackage package, XElement section, string type) =>
        string.Concat(Footer(package, section, type).Descendants(W + "t").Select(text => text.Value));

    private static void AssertValid(DocxTestPackage package)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(package.Bytes), isEditable: false);
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document)
            .Select(error => $"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}")
            .ToList();
        Assert.That(errors, Is.Empty, string.Join(Environment.NewLine, errors));
    }
}
