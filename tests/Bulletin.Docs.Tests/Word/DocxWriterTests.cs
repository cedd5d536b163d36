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

[TestFixture]
public sealed class DocxWriterTests
{
    private static readonly BulletinTheme[] Themes = [BulletinThemes.Newspaper, BulletinThemes.WorkBulletin, BulletinThemes.PressRelease];

    private static BulletinOptions Options(BulletinTheme theme) => new() { Theme = theme };

    [TestCaseSource(nameof(Themes))]
    public void Every_element_validates_without_errors(BulletinTheme theme)
    {
        var bytes = Write(EveryElementBulletin.Create(), Options(theme));

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document)
            .Select(error => $"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}")
            .ToList();

        Assert.That(errors, Is.Empty, string.Join(Environment.NewLine, errors));
    }

    [TestCaseSource(nameof(Themes))]
    public void Two_writes_give_identical_bytes(BulletinTheme theme)
    {
        var first = Write(EveryElementBulletin.Create(), Options(theme));
        var second = Write(EveryElementBulletin.Create(), Options(theme));

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Zip_entries_have_a_fixed_order_and_timestamp()
    {
        var package = Of(EveryElementBulletin.Create(), Options(BulletinThemes.WorkBulletin));

        Assert.Multiple(() =>
        {
            Assert.That(package.EntryNames.Take(3), Is.EqualTo(new[] { "[Content_Types].xml", "_rels/.rels", "word/document.xml" }));
            Assert.That(package.EntryTimes, Is.All.EqualTo(new DateTime(1980, 1, 1)));
            Assert.That(package.Has("word/media/image1.png") && package.Has("word/media/image2.jpeg"), Is.True, string.Join(", ", package.EntryNames));
        });
    }

    [TestCaseSource(nameof(Themes))]
    public void Every_role_has_a_named_paragraph_style_with_four_literal_fonts(BulletinTheme theme)
    {
        var package = Of(EveryElementBulletin.Create(), Options(theme));

        Assert.Multiple(() =>
        {
            foreach (var role in Enum.GetValues<TextRole>())
            {
                // The section banner, headline and 小标题 are Word's built-in headings 1–3, with Chinese aliases.
                var heading = role switch { TextRole.SectionBanner => 1, TextRole.Headline => 2, TextRole.Subheading => 3, _ => 0 };
                var style = package.Style(heading > 0 ? $"Heading{heading}" : role.ToString());
                var expected = theme[role];
                var fonts = style.Descendants(W + "rFonts").Single();
                Assert.That((string?)style.Attribute(W + "type"), Is.EqualTo("paragraph"), role.ToString());
                Assert.That((string?)style.Element(W + "name")?.Attribute(W + "val"), Is.EqualTo(heading > 0 ? $"heading {heading}" : "Bulletin " + role));
                Assert.That((string?)style.Attribute(W + "customStyle"), heading > 0 ? Is.Null : Is.EqualTo("1").Or.EqualTo("true"), role.ToString());
                if (heading > 0)
                {
                    Assert.That((string?)style.Element(W + "aliases")?.Attribute(W + "val"), Does.Contain("Bulletin " + role), role.ToString());
                    Assert.That((string?)style.Descendants(W + "outlineLvl").Single().Attribute(W + "val"), Is.EqualTo((heading - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), role.ToString());
                }
                Assert.That((string?)fonts.Attribute(W + "ascii"), Is.EqualTo(expected.Font.WordLatin), role.ToString());
                Assert.That((string?)fonts.Attribute(W + "hAnsi"), Is.EqualTo(expected.Font.WordLatin), role.ToString());
                Assert.That((string?)fonts.Attribute(W + "cs"), Is.EqualTo(expected.Font.WordLatin), role.ToString());
                Assert.That((string?)fonts.Attribute(W + "eastAsia"), Is.EqualTo(expected.Font.WordEastAsian), role.ToString());
                Assert.That((string?)fonts.Attribute(W + "hint"), Is.EqualTo("eastAsia"), role.ToString());
                var halfPoints = ((int)Math.Round(expected.SizePt * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                Assert.That((string?)style.Descendants(W + "sz").Single().Attribute(W + "val"), Is.EqualTo(halfPoints), role.ToString());
                Assert.That((string?)style.Descendants(W + "szCs").Single().Attribute(W + "val"), Is.EqualTo(halfPoints), role.ToString());
                Assert.That((string?)style.Descendants(W + "kinsoku").SingleOrDefault()?.Attribute(W + "val") ?? "on", Is.Not.EqualTo("0"));
                Assert.That(style.Descendants(W + "kinsoku").Count(), Is.EqualTo(1), role + " kinsoku");
                Assert.That((string?)style.Descendants(W + "overflowPunct").Single().Attribute(W + "val"), Is.EqualTo("1"), role + " overflowPunct written on: LibreOffice drops line-final marks otherwise");
                Assert.That(style.Descendants(W + "topLinePunct").Count(), Is.EqualTo(1), role + " topLinePunct");
                Assert.That((string?)style.Descendants(W + "lang").Single().Attribute(W + "eastAsia"), Is.EqualTo("zh-CN"), role.ToString());
            }
        });
    }

    [TestCaseSource(nameof(Themes))]
    public void No_part_uses_theme_fonts(BulletinTheme theme)
    {
        var package = Of(EveryElementBulletin.Create(), Options(theme));

        foreach (var name in package.EntryNames.Where(name => name.EndsWith(".xml", StringComparison.Ordinal)))
        {
            Assert.That(package.Text(name), Does.Not.Contain("Theme=\"").And.Not.Contain("asciiTheme"), name);
        }
    }

    [Test]
    public void Defaults_and_settings_carry_language_and_punctuation_compression()
    {
        var package = Of(EveryElementBulletin.Create(), Options(BulletinThemes.PressRelease));
        var defaults = package.Xml("word/styles.xml").Descendants(W + "docDefaults").Single();
        var settings = package.Xml("word/settings.xml").Root!;

        Assert.Multiple(() =>
        {
            var lang = defaults.Descendants(W + "lang").Single();
            Assert.That((string?)lang.Attribute(W + "val"), Is.EqualTo("en-US"));
            Assert.That((string?)lang.Attribute(W + "eastAsia"), Is.EqualTo("zh-CN"));
            Assert.That((string?)defaults.Descendants(W + "rFonts").Single().Attribute(W + "hint"), Is.EqualTo("eastAsia"));
            Assert.That((string?)settings.Element(W + "characterSpacingControl")?.Attribute(W + "val"), Is.EqualTo("compressPunctuation"));
            Assert.That((string?)settings.Element(W + "themeFontLang")?.Attribute(W + "eastAsia"), Is.EqualTo("zh-CN"));
            Assert.That(settings.Element(W + "evenAndOddHeaders"), Is.Null, "a centred page number needs no even footer");
        });
    }

    [TestCaseSource(nameof(Themes))]
    public void Body_is_justified_with_a_two_character_first_line_indent(BulletinTheme theme)
    {
        var package = Of(EveryElementBulletin.Create(), Options(theme));
        var body = package.Style("Body");
        var indent = body.Descendants(W + "ind").Single();
        var twips = (int)Math.Round(2 * theme[TextRole.Body].SizePt * 20);

        Assert.Multiple(() =>
        {
            Assert.That((string?)indent.Attribute(W + "firstLineChars"), Is.EqualTo("200"));
            Assert.That((int?)indent.Attribute(W + "firstLine"), Is.EqualTo(twips));
            Assert.That((string?)body.Descendants(W + "jc").Single().Attribute(W + "val"), Is.EqualTo("both"));
            var spacing = body.Element(W + "pPr")!.Element(W + "spacing")!;
            Assert.That((string?)spacing.Attribute(W + "lineRule"), Is.EqualTo("exact"));
            Assert.That((int?)spacing.Attribute(W + "line"), Is.EqualTo(Length.ToTwips(theme[TextRole.Body].LineSpacing.Value)));
            // Letter spacing (the 简报's GB/T 9704 28-character grid) in twips, or none.
            var tracking = body.Element(W + "rPr")?.Element(W + "spacing");
            var expectedTracking = theme[TextRole.Body].LetterSpacingPt;
            Assert.That((int?)tracking?.Attribute(W + "val") ?? 0, Is.EqualTo(Length.ToTwips(expectedTracking)));
        });
    }

    [TestCaseSource(nameof(Themes))]
    public void Headings_have_outline_levels_and_keep_with_next(BulletinTheme theme)
    {
        var package = Of(EveryElementBulletin.Create(), Options(theme));
        var headline = package.Style("Heading2");
        var paragraphs = package.Xml("word/document.xml").Descendants(W + "p").ToList();

        Assert.Multiple(() =>
        {
            Assert.That((string?)headline.Descendants(W + "outlineLvl").Single().Attribute(W + "val"), Is.EqualTo("1"));
            Assert.That(headline.Descendants(W + "keepNext").Count(), Is.EqualTo(1));
            Assert.That((string?)package.Style("Heading1").Descendants(W + "outlineLvl").Single().Attribute(W + "val"), Is.EqualTo("0"));
            Assert.That(paragraphs.Count(p => StyleOf(p) is "Heading2" or "BoxedHeadline"), Is.EqualTo(2));
            var twoLineHeadline = paragraphs.First(p => StyleOf(p) == "Heading2");
            Assert.That(twoLineHeadline.Descendants(W + "br").Count(), Is.EqualTo(1), "explicit headline lines are joined by w:br");
        });
    }

    [Test]
    public void Work_bulletin_has_the_gbt9704_page_and_outside_dashed_page_numbers()
    {
        var package = Of(EveryElementBulletin.Create(), Options(BulletinThemes.WorkBulletin));
        var document = package.Xml("word/document.xml");
        var section = document.Descendants(W + "body").Single().Elements().Last();
        var margins = section.Element(W + "pgMar")!;

        Assert.Multiple(() =>
        {
            Assert.That(section.Name, Is.EqualTo(W + "sectPr"));
            Assert.That((int?)section.Element(W + "pgSz")?.Attribute(W + "w"), Is.EqualTo(11906));
            Assert.That((int?)section.Element(W + "pgSz")?.Attribute(W + "h"), Is.EqualTo(16838));
            Assert.That((int?)margins.Attribute(W + "top"), Is.EqualTo(2098));
            Assert.That((int?)margins.Attribute(W + "left"), Is.EqualTo(1587));
            Assert.That((int?)margins.Attribute(W + "right"), Is.EqualTo(1474));
            Assert.That((int?)margins.Attribute(W + "bottom"), Is.EqualTo(1984));
            Assert.That((string?)section.Element(W + "docGrid")?.Attribute(W + "type"), Is.EqualTo("lines"));
            Assert.That((int?)section.Element(W + "docGrid")?.Attribute(W + "linePitch"), Is.EqualTo(579));
            Assert.That(package.Xml("word/settings.xml").Root!.Element(W + "evenAndOddHeaders"), Is.Not.Null);

            var footers = section.Elements(W + "footerReference").ToDictionary(f => (string)f.Attribute(W + "type")!, f => (string)f.Attribute(R + "id")!);
            Assert.That(footers.Keys, Is.EquivalentTo(new[] { "default", "even" }));
            var odd = FooterOf(package, footers["default"]);
            var even = FooterOf(package, footers["even"]);
            Assert.That(TextOf(odd), Is.EqualTo("— 1 —"));
            Assert.That(odd.Descendants(W + "instrText").Single().Value.Trim(), Is.EqualTo("PAGE"));
            Assert.That((string?)odd.Descendants(W + "jc").Single().Attribute(W + "val"), Is.EqualTo("right"));
            Assert.That((string?)odd.Descendants(W + "ind").Single().Attribute(W + "rightChars"), Is.EqualTo("100"));
            Assert.That((string?)even.Descendants(W + "jc").Single().Attribute(W + "val"), Is.EqualTo("left"));
            Assert.That((string?)even.Descendants(W + "ind").Single().Attribute(W + "leftChars"), Is.EqualTo("100"));
            Assert.That(odd.Descendants(W + "fldChar").Select(f => (string?)f.Attribute(W + "fldCharType")), Is.EqualTo(new[] { "begin", "separate", "end" }));
        });
    }

    [Test]
    public void Work_bulletin_red_head_has_marks_name_issue_and_a_red_rule()
    {
        var package = Of(EveryElementBulletin.Create(), Options(BulletinThemes.WorkBulletin));
        var paragraphs = package.Xml("word/document.xml").Descendants(W + "p").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(paragraphs.Take(4).Select(StyleOf), Is.EqualTo(new[] { "MastheadMark", "MastheadName", "MastheadIssue", "MastheadDetail" }));
            Assert.That(paragraphs[0].Value, Is.EqualTo("内部资料000123"));
            Assert.That(paragraphs[0].Descendants(W + "tab").Count(), Is.EqualTo(2), "a right tab stop and a tab character");
            Assert.That(paragraphs[1].Value, Is.EqualTo("工作简报"));
            Assert.That(paragraphs[2].Value, Is.EqualTo("第3期"));
            Assert.That(paragraphs[3].Value, Is.EqualTo("太原市人民政府办公室2025年1月7日"));
            var rule = paragraphs[3].Descendants(W + "pBdr").Single().Element(W + "bottom")!;
            Assert.That((string?)rule.Attribute(W + "color"), Is.EqualTo("E60012"));
            var tab = paragraphs[3].Descendants(W + "tabs").Single().Element(W + "tab")!;
            Assert.That((int?)tab.Attribute(W + "pos"), Is.EqualTo(Length.ToTwips(BulletinThemes.WorkBulletin.Page.ContentWidthPt)));
            Assert.That((string?)package.Style("MastheadName").Descendants(W + "color").Single().Attribute(W + "val"), Is.EqualTo("E60012"));
        });
    }

    [Test]
    public void Newspaper_sets_headlines_across_six_columns_of_body()
    {
        var package = Of(EveryElementBulletin.Create(), Options(BulletinThemes.Newspaper));
        var body = package.Xml("word/document.xml").Descendants(W + "body").Single();
        var inParagraphs = body.Elements(W + "p").Select(p => p.Element(W + "pPr")?.Element(W + "sectPr")).OfType<XElement>().ToList();
        var all = body.Descendants(W + "sectPr").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(body.Elements().Last().Name, Is.EqualTo(W + "sectPr"));
            Assert.That(body.Elements(W + "sectPr").Count(), Is.EqualTo(1), "only the final sectPr is a child of the body");
            Assert.That(inParagraphs, Has.Count.EqualTo(all.Count - 1));
            var sixColumns = all.Where(s => (string?)s.Element(W + "cols")?.Attribute(W + "num") == "6").ToList();
            Assert.That(sixColumns, Is.Not.Empty);
            Assert.That(sixColumns.Select(s => (string?)s.Element(W + "cols")!.Attribute(W + "sep")), Is.All.EqualTo("1"));
            Assert.That(all.Skip(1).Select(s => (string?)s.Element(W + "type")?.Attribute(W + "val")), Is.All.EqualTo("continuous"));
            Assert.That(all[0].Elements(W + "footerReference"), Is.Not.Empty, "the first section carries the footers");

            // The lead's headline stack is in a one-column section, its story in the six-column one after it.
            var paragraphs = body.Elements(W + "p").ToList();
            var headline = paragraphs.First(p => StyleOf(p) == "Heading2");
            var headlineSection = SectionOf(body, headline);
            var storySection = SectionOf(body, paragraphs.First(p => StyleOf(p) == "ContinuationNote"));
            Assert.That((string?)headlineSection.Element(W + "cols")?.Attribute(W + "num"), Is.Null);
            Assert.That((string?)storySection.Element(W + "cols")?.Attribute(W + "num"), Is.EqualTo("6"));
        });
    }

    [TestCaseSource(nameof(Themes))]
    public void Figures_carry_alt_text_and_stable_ids(BulletinTheme theme)
    {
        var package = Of(EveryElementBulletin.Create(), Options(theme));
        var docPr = package.Xml("word/document.xml").Descendants(Wp + "docPr").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(docPr.Select(d => (string?)d.Attribute("descr")), Is.EqualTo(new[] { EveryElementBulletin.FigureAltText, EveryElementBulletin.PhotoAltText }));
            Assert.That(docPr.Select(d => (int?)d.Attribute("id")), Is.EqualTo(new int?[] { 1, 2 }));
            var extents = package.Xml("word/document.xml").Descendants(Wp + "extent").ToList();
            var first = extents[0];
            Assert.That((double)(long)first.Attribute("cy")! / (long)first.Attribute("cx")!, Is.EqualTo(40.0 / 64).Within(0.001), "aspect kept");
        });
    }

    [TestCaseSource(nameof(Themes))]
    public void Links_point_to_bookmarks_and_to_external_relationships(BulletinTheme theme)
    {
        var package = Of(EveryElementBulletin.Create(), Options(theme));
        var document = package.Xml("word/document.xml");
        var bookmarks = document.Descendants(W + "bookmarkStart").Select(b => (string)b.Attribute(W + "name")!).ToList();
        var anchors = document.Descendants(W + "hyperlink").Select(h => (string?)h.Attribute(W + "anchor")).OfType<string>().ToList();
        var external = document.Descendants(W + "hyperlink").Select(h => (string?)h.Attribute(R + "id")).OfType<string>().Single();
        var relationship = package.Xml("word/_rels/document.xml.rels").Root!.Elements().Single(r => (string?)r.Attribute("Id") == external);

        Assert.Multiple(() =>
        {
            Assert.That(bookmarks, Is.EqualTo(new[] { "press_conference", "lead", "photo", "column" }));
            Assert.That(document.Descendants(W + "bookmarkStart").Select(b => (int)b.Attribute(W + "id")!), Is.EqualTo(new[] { 0, 1, 2, 3 }));
            Assert.That(anchors, Is.EqualTo(new[] { "column", "lead" }));
            Assert.That((string?)relationship.Attribute("Target"), Is.EqualTo("https://www.taiyuan.gov.cn/"));
            Assert.That((string?)relationship.Attribute("TargetMode"), Is.EqualTo("External"));
        });
    }

    [Test]
    public void Article_furniture_is_in_place()
    {
        var package = Of(EveryElementBulletin.Create(), Options(BulletinThemes.PressRelease));
        var paragraphs = package.Xml("word/document.xml").Descendants(W + "p").ToList();
        var firstBody = paragraphs.First(p => StyleOf(p) == "Body");
        var runs = firstBody.Elements(W + "r").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(paragraphs.Single(p => StyleOf(p) == "ColumnLabel").Value, Is.EqualTo("｜井州论坛｜"));
            Assert.That(paragraphs.First(p => StyleOf(p) == "ContinuationNote").Value, Is.EqualTo("（上接第1版）"));
            Assert.That(paragraphs.Last(p => StyleOf(p) == "ContinuationNote").Value, Is.EqualTo("（下转第3版）"));
            Assert.That(runs[0].Value, Is.EqualTo("本报讯"));
            Assert.That((string?)runs[0].Descendants(W + "rStyle").Single().Attribute(W + "val"), Is.EqualTo("DatelineChar"));
            Assert.That(runs[1].Value, Is.EqualTo("\u3000"));
            var lastBodyOfLead = paragraphs.FindIndex(p => StyleOf(p) == "Body" && p.Value.StartsWith("下一步", StringComparison.Ordinal));
            Assert.That(StyleOf(paragraphs[lastBodyOfLead + 1]), Is.EqualTo("TrailingByline"));
            Assert.That(paragraphs[lastBodyOfLead + 1].Value, Is.EqualTo("（尹哲）"));
            Assert.That((string?)package.Style("TrailingByline").Descendants(W + "jc").Single().Attribute(W + "val"), Is.EqualTo("right"));
            Assert.That(paragraphs.Single(p => StyleOf(p) == "Note").Value, Does.StartWith("编者按："));
            Assert.That(paragraphs.Single(p => StyleOf(p) == "Heading3").Descendants(W + "br").Count(), Is.EqualTo(1));
            Assert.That(paragraphs.Count(p => StyleOf(p) == "Distribution"), Is.EqualTo(4));
            Assert.That(paragraphs.Last(p => StyleOf(p) == "Distribution").Value, Is.EqualTo("（共印120份）"));
            Assert.That(paragraphs.Single(p => StyleOf(p) == "Heading1").Value, Is.EqualTo("省政府新闻办发布会"));
            Assert.That(paragraphs.Single(p => StyleOf(p) == "MastheadDetail").Value, Does.Contain("2025年1月7日"));
        });
    }

    [Test]
    public void Lists_tables_and_boxes_have_their_structure()
    {
        var package = Of(EveryElementBulletin.Create(), Options(BulletinThemes.Newspaper));
        var document = package.Xml("word/document.xml");
        var numbering = package.Xml("word/numbering.xml").Root!;
        var listItems = document.Descendants(W + "p").Where(p => StyleOf(p) == "ListItem").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(listItems.Select(p => (string?)p.Descendants(W + "numId").Single().Attribute(W + "val")), Is.EqualTo(new[] { "2", "2", "2", "1", "1" }));
            Assert.That(numbering.Elements(W + "abstractNum").Select(a => (string?)a.Attribute(W + "abstractNumId")), Is.EqualTo(new[] { "1", "2" }));
            Assert.That(numbering.Descendants(W + "numFmt").Select(f => (string?)f.Attribute(W + "val")), Is.EqualTo(new[] { "bullet", "decimal" }));
            var dataTable = document.Descendants(W + "tbl").Single(t => t.Descendants(W + "tblHeader").Any());
            Assert.That(dataTable.Element(W + "tblGrid")!.Elements(W + "gridCol").Count(), Is.EqualTo(3));
            Assert.That(dataTable.Elements(W + "tr").First().Descendants(W + "tblHeader").Count(), Is.EqualTo(1));
            Assert.That(dataTable.Elements(W + "tr").Skip(1).Descendants(W + "tblHeader"), Is.Empty);
            var box = document.Descendants(W + "p").SkipWhile(p => StyleOf(p) != "ColumnLabel").Where(p => p.Descendants(W + "pBdr").Any()).ToList();
            Assert.That(box.Select(StyleOf), Is.EqualTo(new[] { "ColumnLabel", "BoxedHeadline", "Byline", "Body", "Body" }));
            Assert.That(box.Select(p => p.Descendants(W + "pBdr").Single().ToString()).Distinct().Count(), Is.EqualTo(1), "equal borders join into one box");
            Assert.That((string?)box[0].Descendants(W + "pBdr").Single().Element(W + "left")!.Attribute(W + "color"), Is.EqualTo("E60012"));
        });
    }

    [Test]
    public void Core_properties_come_from_metadata_and_have_no_dates_unless_given()
    {
        var withoutDates = Of(EveryElementBulletin.Create(), Options(BulletinThemes.WorkBulletin)).Xml("docProps/core.xml").Root!;
        var created = new DateTimeOffset(2025, 1, 7, 8, 30, 0, TimeSpan.FromHours(8));
        var metadata = new DocumentMetadata { Title = "标题", Created = created, Modified = created.AddHours(1) };
        var withDates = Of(EveryElementBulletin.Create(metadata), Options(BulletinThemes.WorkBulletin)).Xml("docProps/core.xml").Root!;
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        XNamespace dcterms = "http://purl.org/dc/terms/";

        Assert.Multiple(() =>
        {
            Assert.That(withoutDates.Elements().Where(e => e.Name.Namespace == dcterms), Is.Empty);
            Assert.That((string?)withoutDates.Element(dc + "title"), Is.EqualTo("工作简报 第3期"));
            Assert.That((string?)withoutDates.Element(dc + "creator"), Is.EqualTo("太原市人民政府办公室"));
            Assert.That((string?)withoutDates.Element(dc + "subject"), Is.EqualTo("省会发展"));
            Assert.That((string?)withoutDates.Element(cp + "keywords"), Is.EqualTo("科技创新; 城市更新"));
            Assert.That((string?)withoutDates.Element(dc + "language"), Is.EqualTo("zh-CN"));
            Assert.That((string?)withDates.Element(dcterms + "created"), Is.EqualTo("2025-01-07T00:30:00Z"));
            Assert.That((string?)withDates.Element(dcterms + "modified"), Is.EqualTo("2025-01-07T01:30:00Z"));
        });
    }

    [Test]
    public void Press_release_counts_pages_in_a_centred_footer()
    {
        var package = Of(EveryElementBulletin.Create(), Options(BulletinThemes.PressRelease));
        var footer = package.Xml("word/footer1.xml").Root!;

        Assert.Multiple(() =>
        {
            Assert.That(TextOf(footer), Is.EqualTo("第 1 页 共 1 页"));
            Assert.That(footer.Descendants(W + "instrText").Select(i => i.Value.Trim()), Is.EqualTo(new[] { "PAGE", "NUMPAGES" }));
            Assert.That((string?)footer.Descendants(W + "jc").Single().Attribute(W + "val"), Is.EqualTo("center"));
        });
    }

    [Test]
    public void Failed_write_to_a_path_keeps_the_existing_file_and_leaves_no_temporary_file()
    {
        var folder = Directory.CreateTempSubdirectory("bulletin-docx-");
        try
        {
            var path = Path.Combine(folder.FullName, "bulletin.docx");
            File.WriteAllText(path, "previous contents");
            var broken = EveryElementBulletin.Create() with
            {
                Items = [new PictureNews { Figure = new Figure { Image = new ImageData(new byte[] { 1, 2, 3 }, ImageFormat.Png), AltText = "坏图" } }],
            };

            Assert.That(() => BulletinDocx.WriteFile(broken, path, Options(BulletinThemes.WorkBulletin)), Throws.Exception);
            Assert.That(File.ReadAllText(path), Is.EqualTo("previous contents"));
            Assert.That(Directory.GetFiles(folder.FullName), Is.EqualTo(new[] { path }));

            BulletinDocx.WriteFile(EveryElementBulletin.Create(), path, Options(BulletinThemes.WorkBulletin));
            Assert.That(File.ReadAllBytes(path), Is.EqualTo(Write(EveryElementBulletin.Create(), Options(BulletinThemes.WorkBulletin))));
            Assert.That(Directory.GetFiles(folder.FullName), Is.EqualTo(new[] { path }));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void A_failed_write_to_a_stream_writes_nothing()
    {
        var output = new MemoryStream();
        var broken = new BulletinDocument
        {
            Items = [new PictureNews { Figure = new Figure { Image = new ImageData(new byte[] { 0xFF, 0xD8, 0xFF }, ImageFormat.Jpeg), AltText = "坏图" } }],
        };

        Assert.That(() => BulletinDocx.Write(broken, output, Options(BulletinThemes.PressRelease)), Throws.Exception);
        Assert.That(output.Length, Is.Zero);
    }

    private static string TextOf(XElement element) => string.Concat(element.Descendants(W + "t").Select(t => t.Value));

    private static string? StyleOf(XElement paragraph) =>
        (string?)paragraph.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val");

    private static XElement SectionOf(XElement body, XElement paragraph)
    {
        var after = body.Elements().SkipWhile(e => e != paragraph);
        foreach (var element in after)
        {
            if (element.Name == W + "sectPr")
            {
                return element;
            }

            if (element.Element(W + "pPr")?.Element(W + "sectPr") is { } section)
            {
                return section;
            }
        }

        throw new AssertionException("No section after the paragraph.");
    }

    private static XElement FooterOf(DocxTestPackage package, string relationshipId)
    {
        var target = package.Xml("word/_rels/document.xml.rels").Root!.Elements()
            .Single(r => (string?)r.Attribute("Id") == relationshipId).Attribute("Target")!.Value;
        return package.Xml("word/" + target).Root!;
    }
}
