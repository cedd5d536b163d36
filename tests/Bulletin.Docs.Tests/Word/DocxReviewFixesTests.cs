using Bulletin.Docs.Tests.Support;
using System.Xml.Linq;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using NUnit.Framework;
using static Bulletin.Docs.Tests.Word.DocxTestPackage;

namespace Bulletin.Docs.Tests.Word;

/// <summary>The fixes after the editor's review of the Word output, checked in the XML.</summary>
[TestFixture]
public sealed class DocxReviewFixesTests
{
    private static readonly BulletinTheme WithContents = BulletinThemes.WorkBulletin with { Contents = true };

    private static BulletinOptions Options(BulletinTheme theme) => new() { Theme = theme };

    [Test]
    public void Distribution_is_a_floating_table_at_the_foot_of_the_type_area_between_black_rules()
    {
        var theme = BulletinThemes.WorkBulletin;
        var body = Of(EveryElementBulletin.Create(), Options(theme)).Xml("word/document.xml").Descendants(W + "body").Single();
        var table = body.Elements(W + "tbl").Last();
        var position = table.Element(W + "tblPr")!.Element(W + "tblpPr")!;
        var borders = table.Element(W + "tblPr")!.Element(W + "tblBorders")!;

        Assert.Multiple(() =>
        {
            Assert.That((string?)position.Attribute(W + "vertAnchor"), Is.EqualTo("margin"));
            Assert.That((string?)position.Attribute(W + "tblpYSpec"), Is.EqualTo("bottom"));
            Assert.That((int?)position.Attribute(W + "tblpX"), Is.EqualTo(Length.ToTwips(theme.Page.MarginLeftPt)), "at the left edge of the type area");
            Assert.That((int?)table.Element(W + "tblPr")!.Element(W + "tblW")!.Attribute(W + "w"), Is.EqualTo(Length.ToTwips(theme.Page.ContentWidthPt)));
            Assert.That(table.Elements(W + "tr").Select(row => row.Value), Is.EqualTo(new[] { "报：省委办公厅，省政府办公厅", "送：市委各部委，市人大常委会办公厅", "发：各县（市、区）人民政府", "（共印120份）" }));
            Assert.That((string?)table.Elements(W + "tr").Last().Descendants(W + "jc").Single().Attribute(W + "val"), Is.EqualTo("right"));
            // GB/T 9704-2012 §7.4.1: thick rules (0.35 mm → 8/8 pt) above and below, one thin rule
            // (0.25 mm → 6/8 pt) above the print run only, none between 报/送/发.
            var thin = table.Elements(W + "tr").Last().Descendants(W + "tcBorders").Single().Element(W + "top")!;
            foreach (var (edge, rule, size) in new[] { ("top", borders.Element(W + "top")!, 8), ("bottom", borders.Element(W + "bottom")!, 8), ("above the print run", thin, 6) })
            {
                Assert.That((string?)rule.Attribute(W + "val"), Is.EqualTo("single"), edge);
                Assert.That((int?)rule.Attribute(W + "sz"), Is.EqualTo(size), edge);
                Assert.That((string?)rule.Attribute(W + "color"), Is.EqualTo("000000"), edge);
            }

            Assert.That(table.Elements(W + "tr").SkipLast(1).SelectMany(row => row.Descendants(W + "tcBorders")), Is.Empty, "no rules between 报/送/发");
            Assert.That(new[] { "left", "right", "insideH", "insideV" }.Select(edge => (string?)borders.Element(W + edge)!.Attribute(W + "val")), Is.All.EqualTo("none"));
            Assert.That(table.ElementsAfterSelf().First().Name, Is.EqualTo(W + "p"), "the paragraph the table is anchored to");
            Assert.That(table.ElementsAfterSelf().Skip(1).Single().Name, Is.EqualTo(W + "sectPr"), "the 报尾 is the last thing in the document");
            Assert.That(Of(EveryElementBulletin.Create(), Options(theme)).Style("Distribution").Descendants(W + "pBdr"), Is.Empty, "no red paragraph rules");
        });
    }

    [Test]
    public void Distribution_lines_hang_their_label_so_a_turned_line_aligns_after_the_colon()
    {
        // GB/T 9704-2012 §7.4.2 (回行时与冒号后的首字对齐) as ECMA-376 §17.3.1.12 writes it: the
        // style's one-character start indent plus the label, the first line hanging back by the label.
        var theme = BulletinThemes.WorkBulletin;
        var document = EveryElementBulletin.Create() with
        {
            Distribution = new Distribution { Lines = [new DistributionLine("报", "省委办公厅"), new DistributionLine("抄送", "市委各部委")], PrintRun = 120 },
        };
        var table = Of(document, Options(theme)).Xml("word/document.xml").Descendants(W + "body").Single().Elements(W + "tbl").Last();
        var size = theme[TextRole.Distribution].SizePt;
        var indents = table.Elements(W + "tr").Take(2).Select(row => row.Descendants(W + "ind").Single())
            .Select(ind => ((int?)ind.Attribute(W + "left"), (int?)ind.Attribute(W + "leftChars"), (int?)ind.Attribute(W + "hanging"), (int?)ind.Attribute(W + "hangingChars")));

        Assert.That(indents, Is.EqualTo(new (int?, int?, int?, int?)[]
        {
            (Length.ToTwips(3 * size), 300, Length.ToTwips(2 * size), 200),
            (Length.ToTwips(4 * size), 400, Length.ToTwips(3 * size), 300),
        }));
    }

    [Test]
    public void Distribution_lines_stand_one_character_in_from_the_right_as_the_print_run_does()
    {
        // GB/T 9704-2012 §7.4.2 (左右各空一字) as ECMA-376 §17.3.1.12 writes it: a right indent of
        // one character, in characters and in twips, on every 报尾 line.
        var theme = BulletinThemes.WorkBulletin;
        var document = EveryElementBulletin.Create() with
        {
            Distribution = new Distribution { Lines = [new DistributionLine("报", "省委办公厅"), new DistributionLine("抄送", "市委各部委")], PrintRun = 120 },
        };
        var table = Of(document, Options(theme)).Xml("word/document.xml").Descendants(W + "body").Single().Elements(W + "tbl").Last();
        var size = theme[TextRole.Distribution].SizePt;
        var rights = table.Elements(W + "tr").Select(row => row.Descendants(W + "ind").Single())
            .Select(ind => ((int?)ind.Attribute(W + "right"), (int?)ind.Attribute(W + "rightChars")));

        Assert.That(rights, Is.EqualTo(Enumerable.Repeat<(int?, int?)>((Length.ToTwips(size), 100), 3)), "报, 抄送 and the print run");
    }

    [Test]
    public void Picture_news_caption_and_credit_sit_under_the_photo_within_its_width()
    {
        var theme = BulletinThemes.Newspaper;
        var paragraphs = Of(EveryElementBulletin.Create(), Options(theme)).Xml("word/document.xml").Descendants(W + "p").ToList();
        var photo = paragraphs.Single(p => p.Descendants(Wp + "docPr").Any(d => (string?)d.Attribute("descr") == EveryElementBulletin.PhotoAltText));
        var pictureTwips = (long)photo.Descendants(Wp + "extent").Single().Attribute("cx")! / 635.0;
        var side = (Length.ToTwips(theme.Page.ContentWidthPt) - pictureTwips) / 2;
        var caption = photo.ElementsAfterSelf(W + "p").First();
        var credit = caption.Elements(W + "r").Last();
        var tab = caption.Element(W + "pPr")!.Element(W + "tabs")!.Element(W + "tab")!;

        Assert.Multiple(() =>
        {
            Assert.That(side, Is.GreaterThan(1000), "the photo is narrower than the band");
            Assert.That(StyleOf(caption), Is.EqualTo("Caption"));
            var indent = caption.Element(W + "pPr")!.Element(W + "ind")!;
            Assert.That((double?)indent.Attribute(W + "left"), Is.EqualTo(side).Within(1));
            Assert.That((double?)indent.Attribute(W + "right"), Is.EqualTo(side).Within(1));

            // Run in at the right of the caption's last line, as the PDF sets it: a right tab at the picture's right edge.
            Assert.That(credit.Value, Is.EqualTo("王韵菲 摄"));
            Assert.That((string?)credit.Element(W + "rPr")!.Element(W + "rStyle")!.Attribute(W + "val"), Is.EqualTo("CreditChar"));
            Assert.That(credit.ElementsBeforeSelf(W + "r").Last().Element(W + "tab"), Is.Not.Null);
            Assert.That((string?)tab.Attribute(W + "val"), Is.EqualTo("right"));
            Assert.That((double?)tab.Attribute(W + "pos"), Is.EqualTo(side + pictureTwips).Within(2), "from the margin (ECMA-376 §17.3.1.37)");
            Assert.That((string?)Of(EveryElementBulletin.Create(), Options(theme)).Style("Credit").Descendants(W + "jc").Single().Attribute(W + "val"), Is.EqualTo("right"));
        });
    }

    [Test]
    public void Commentary_box_is_a_band_of_its_own_in_half_the_columns_with_a_smaller_headline()
    {
        var theme = BulletinThemes.Newspaper;
        var package = Of(EveryElementBulletin.Create(), Options(theme));
        var body = package.Xml("word/document.xml").Descendants(W + "body").Single();
        var paragraphs = body.Elements(W + "p").ToList();
        var label = paragraphs.Single(p => StyleOf(p) == "ColumnLabel");
        var box = paragraphs.SkipWhile(p => p != label).TakeWhile(p => p.Descendants(W + "pBdr").Any()).ToList();
        var boxSections = box.Select(p => p.Element(W + "pPr")?.Element(W + "sectPr")).OfType<XElement>().ToList();
        var before = label.ElementsBeforeSelf().Last();
        var boxedHeadline = package.Style("BoxedHeadline");

        Assert.Multiple(() =>
        {
            Assert.That(box.Select(StyleOf), Is.EqualTo(new[] { "ColumnLabel", "BoxedHeadline", "Byline", "Body", "Body" }));
            Assert.That(box.Select(p => p.Descendants(W + "pBdr").Single().ToString()).Distinct().Count(), Is.EqualTo(1), "equal borders join");
            Assert.That(box.Select(p => p.Element(W + "pPr")!.Element(W + "ind")?.ToString()).Distinct().Count(), Is.EqualTo(1), "equal indents join");
            Assert.That(boxSections, Has.Count.EqualTo(1), "the box closes its own section");
            Assert.That(box[^1].Element(W + "pPr")!.Element(W + "sectPr"), Is.SameAs(boxSections[0]));
            Assert.That((string?)boxSections[0].Element(W + "cols")!.Attribute(W + "num"), Is.EqualTo("3"));
            Assert.That((string?)boxSections[0].Element(W + "type")!.Attribute(W + "val"), Is.EqualTo("continuous"));
            Assert.That(before.Descendants(W + "sectPr").Count(), Is.EqualTo(1), "what came before ends its section before the box");
            Assert.That((string?)boxedHeadline.Element(W + "basedOn")!.Attribute(W + "val"), Is.EqualTo("Heading2"));
            Assert.That((string?)boxedHeadline.Descendants(W + "sz").Single().Attribute(W + "val"), Is.EqualTo("36"), "小二 18 pt, not 一号");
        });
    }

    [Test]
    public void Two_line_subheading_indents_both_lines_when_the_style_indents_the_first()
    {
        var theme = BulletinThemes.WorkBulletin;
        var subheading = Of(EveryElementBulletin.Create(), Options(theme)).Xml("word/document.xml").Descendants(W + "p").Single(p => StyleOf(p) == "Heading3");
        var indent = subheading.Element(W + "pPr")!.Element(W + "ind")!;
        var newspaper = Of(EveryElementBulletin.Create(), Options(BulletinThemes.Newspaper)).Xml("word/document.xml").Descendants(W + "p").Single(p => StyleOf(p) == "Heading3");

        Assert.Multiple(() =>
        {
            Assert.That(theme[TextRole.Subheading].FirstLineIndentChars, Is.EqualTo(2), "the case under test");
            Assert.That(subheading.Descendants(W + "br").Count(), Is.EqualTo(1), "one paragraph, two lines");
            Assert.That((string?)indent.Attribute(W + "leftChars"), Is.EqualTo("200"));
            Assert.That((int?)indent.Attribute(W + "left"), Is.EqualTo(Length.ToTwips(2 * theme[TextRole.Subheading].SizePt)));
            Assert.That((string?)indent.Attribute(W + "firstLineChars"), Is.EqualTo("0"));
            Assert.That((string?)indent.Attribute(W + "firstLine"), Is.EqualTo("0"));
            Assert.That(newspaper.Element(W + "pPr")!.Element(W + "ind"), Is.Null, "a centred 小标题 keeps its style");
        });
    }

    [Test]
    public void Contents_box_lists_every_article_with_a_page_reference_to_its_bookmark()
    {
        var document = EveryElementBulletin.Create();
        var withoutId = new Article { Headline = "太原市互联网协会服务能力逐年增强", Body = [new Paragraph("协会成立以来……")] };
        document = document with { Items = [.. document.Items, withoutId] };
        var xml = Of(document, Options(WithContents)).Xml("word/document.xml");
        var paragraphs = xml.Descendants(W + "p").ToList();
        var contents = paragraphs.Where(p => StyleOf(p) == "Contents").ToList();
        var bookmarks = xml.Descendants(W + "bookmarkStart").Select(b => (string)b.Attribute(W + "name")!).ToList();
        var references = contents.Skip(1).Select(p => p.Descendants(W + "instrText").Single().Value.Trim()).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(StyleOf(paragraphs[paragraphs.IndexOf(contents[0]) - 1]), Is.EqualTo("MastheadDetail"), "right after the masthead");
            Assert.That(contents[0].Value, Is.EqualTo("本期要目"));
            Assert.That(contents.Skip(1).Select(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value))), Is.EqualTo(new[] { "太原高质量发展步伐坚实有力", "汾河晚霞", "让城市更新更有温度", "太原市互联网协会服务能力逐年增强" }));
            Assert.That(references, Is.EqualTo(new[] { @"PAGEREF lead \h", @"PAGEREF photo \h", @"PAGEREF column \h", @"PAGEREF _Item4 \h" }));
            Assert.That(references.Select(r => r.Split(' ')[1]), Is.SubsetOf(bookmarks), "every reference has its bookmark");
            Assert.That(bookmarks, Is.Unique);
            var entryHeadline = paragraphs.Single(p => StyleOf(p) == "Heading2" && p.Value == withoutId.Headline.Text);
            Assert.That((string?)entryHeadline.Element(W + "bookmarkStart")?.Attribute(W + "name"), Is.EqualTo("_Item4"), "an article without an id is bookmarked too");
            foreach (var entry in contents.Skip(1))
            {
                var tab = entry.Element(W + "pPr")!.Element(W + "tabs")!.Element(W + "tab")!;
                Assert.That((string?)tab.Attribute(W + "val"), Is.EqualTo("right"));
                Assert.That((string?)tab.Attribute(W + "leader"), Is.EqualTo("dot"));
                Assert.That(entry.Descendants(W + "tab").Count(), Is.EqualTo(2), "the tab stop and the tab before the number");
            }

            Assert.That(contents.Select(p => p.Descendants(W + "pBdr").Single().ToString()).Distinct().Count(), Is.EqualTo(1), "one box");
            Assert.That(contents.Select(p => p.Element(W + "pPr")!.Element(W + "ind")!.ToString()).Distinct().Count(), Is.EqualTo(1), "indented alike, so Word joins the borders");
        });
    }

    [Test]
    public void Without_contents_there_is_no_box_and_no_hidden_bookmark()
    {
        var xml = Of(EveryElementBulletin.Create(), Options(BulletinThemes.WorkBulletin)).Xml("word/document.xml");

        Assert.Multiple(() =>
        {
            Assert.That(xml.Descendants(W + "p").Where(p => StyleOf(p) == "Contents"), Is.Empty);
            Assert.That(xml.Descendants(W + "bookmarkStart").Select(b => (string?)b.Attribute(W + "name")), Has.None.StartsWith("_"));
        });
    }

    [Test]
    public void Contents_bulletin_validates_and_is_deterministic()
    {
        var bytes = Write(EveryElementBulletin.Create(), Options(WithContents));
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document)
            .Select(error => $"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}")
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(errors, Is.Empty, string.Join(Environment.NewLine, errors));
            Assert.That(Write(EveryElementBulletin.Create(), Options(WithContents)), Is.EqualTo(bytes));
        });
    }

    [Test]
    public void App_properties_name_the_application_and_nothing_that_changes()
    {
        var package = Of(EveryElementBulletin.Create(), Options(BulletinThemes.PressRelease));
        XNamespace ep = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
        var app = package.Xml("docProps/app.xml").Root!;
        var relationship = package.Xml("_rels/.rels").Root!.Elements().Single(r => (string?)r.Attribute("Target") == "docProps/app.xml");
        XNamespace ct = "http://schemas.openxmlformats.org/package/2006/content-types";
        var contentType = package.Xml("[Content_Types].xml").Root!.Elements(ct + "Override").Single(o => (string?)o.Attribute("PartName") == "/docProps/app.xml");

        Assert.Multiple(() =>
        {
            Assert.That(app.Name, Is.EqualTo(ep + "Properties"));
            Assert.That(app.Elements().Select(e => e.Name.LocalName), Is.EqualTo(new[] { "Application" }), "no template, no dates, no statistics");
            Assert.That((string?)app.Element(ep + "Application"), Is.EqualTo("Bulletin.Docs"));
            Assert.That((string?)relationship.Attribute("Type"), Is.EqualTo("http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"));
            Assert.That((string?)contentType.Attribute("ContentType"), Is.EqualTo("application/vnd.openxmlformats-officedocument.extended-properties+xml"));
        });
    }

    [Test]
    public void Odd_and_even_footers_cache_the_first_page_they_stand_on()
    {
        var package = Of(EveryElementBulletin.Create(), Options(BulletinThemes.WorkBulletin));
        var section = package.Xml("word/document.xml").Descendants(W + "body").Single().Elements().Last();
        var footers = section.Elements(W + "footerReference").ToDictionary(f => (string)f.Attribute(W + "type")!, f => (string)f.Attribute(R + "id")!);
        var rels = package.Xml("word/_rels/document.xml.rels").Root!.Elements().ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!);
        string Text(string kind) => string.Concat(package.Xml("word/" + rels[footers[kind]]).Descendants(W + "t").Select(t => t.Value));

        Assert.Multiple(() =>
        {
            Assert.That(Text("default"), Is.EqualTo("— 1 —"));
            Assert.That(Text("even"), Is.EqualTo("— 2 —"));
        });
    }

    private static string? StyleOf(XElement paragraph) =>
        (string?)paragraph.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val");
}
