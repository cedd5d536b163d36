using Bulletin.Docs.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Bulletin.Docs.Theme;
using NUnit.Framework;
using static Bulletin.Docs.Tests.Word.DocxTestPackage;

namespace Bulletin.Docs.Tests.Word;

public sealed class SoftHyphenTests
{
    [Test]
    public void A_soft_hyphen_is_written_as_w_softHyphen_in_paragraphs_links_and_table_cells()
    {
        var document = new BulletinDocument
        {
            Items =
            [
                new Article
                {
                    Headline = "标题",
                    Body =
                    [
                        new Paragraph([new Text("Typo\u00ADgraphy 排版"), new Link("hyper\u00ADlink", "https://example.com/")]),
                        new Table([["名称"], ["Bulletin\u00ADDocs"]]),
                    ],
                },
            ],
        };

        var package = Of(document, new BulletinOptions { Theme = BulletinThemes.PressRelease });
        var xml = package.Xml("word/document.xml");
        using var word = WordprocessingDocument.Open(new MemoryStream(package.Bytes), isEditable: false);
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(word).Select(error => $"{error.Path?.XPath}: {error.Description}").ToList();

        var runs = xml.Descendants(W + "r").Where(run => run.Element(W + "softHyphen") is not null).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(errors, Is.Empty, "valid Open XML (soft hyphens, cell margins)");
            Assert.That(xml.Descendants(W + "t").Where(t => t.Value.Contains('\u00AD')), Is.Empty, "no raw U+00AD left in w:t");
            Assert.That(runs.Select(run => string.Join("|", run.Elements().Where(e => e.Name != W + "rPr").Select(e => e.Name == W + "t" ? e.Value : e.Name.LocalName))),
                Is.EqualTo(new[] { "Typo|softHyphen|graphy 排版", "hyper|softHyphen|link", "Bulletin|softHyphen|Docs" }));
        });
    }
}
