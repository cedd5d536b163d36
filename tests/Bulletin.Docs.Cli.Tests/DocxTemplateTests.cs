using Bulletin.Docs.Cli.Themes;
using Bulletin.Docs.Theme;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NUnit.Framework;
using LineSpacing = Bulletin.Docs.Theme.LineSpacing;
using TextAlignment = Bulletin.Docs.Theme.TextAlignment;

namespace Bulletin.Docs.Cli.Tests;

/// <summary>--template HOUSE.docx: the reference document's page setup and named styles become the theme.</summary>
public sealed class DocxTemplateTests
{
    /// <summary>
    /// A house template: A5 with 20/15/25/18 mm margins and a 28 pt line grid; Normal in 仿宋 三号
    /// justified with a two-character indent and exact 28 pt lines; Title in 黑体 二号 red, centred;
    /// a "Byline" style based on Normal in 楷体.
    /// </summary>
    private static void WriteHouseTemplate(string path)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new Document(new Body(
            new Paragraph(new Run(new Text("模板"))),
            new SectionProperties(
                new PageSize { Width = 8391, Height = 11906 },
                new PageMargin { Top = 1134, Bottom = 850, Left = 1417, Right = 1020, Header = 567, Footer = 567 },
                new DocGrid { Type = DocGridValues.Lines, LinePitch = 560 })));
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(new FontSize { Val = "21" }))),
            new Style(
                new StyleName { Val = "Normal" },
                new StyleParagraphProperties(
                    new Justification { Val = JustificationValues.Both },
                    new Indentation { FirstLineChars = 200 },
                    new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact }),
                new StyleRunProperties(new RunFonts { EastAsia = "仿宋_GB2312", Ascii = "Times New Roman" }, new FontSize { Val = "32" }))
            { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(
                new StyleName { Val = "Title" },
                new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }, new Indentation { FirstLineChars = 0 }),
                new StyleRunProperties(new RunFonts { EastAsia = "黑体" }, new FontSize { Val = "44" }, new Color { Val = "E60012" }, new Bold()))
            { Type = StyleValues.Paragraph, StyleId = "Title" },
            new Style(
                new StyleName { Val = "Byline" },
                new BasedOn { Val = "Normal" },
                new StyleRunProperties(new RunFonts { EastAsia = "楷体" }))
            { Type = StyleValues.Paragraph, StyleId = "Byline" });
    }

    [Test]
    public void Page_setup_and_named_styles_come_from_the_template()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "house.docx");
        WriteHouseTemplate(path);

        var (theme, problems) = DocxTemplate.Load(path, "house.docx", BulletinThemes.PressRelease);

        Assert.That(problems, Is.Empty);
        Assert.Multiple(() =>
        {
            Assert.That((theme!.Page.WidthPt, theme.Page.HeightPt), Is.EqualTo((8391 / 20.0, 11906 / 20.0)));
            Assert.That((theme.Page.MarginTopPt, theme.Page.MarginBottomPt, theme.Page.MarginLeftPt, theme.Page.MarginRightPt), Is.EqualTo((56.7, 42.5, 70.85, 51.0)));
            Assert.That(theme.Page.LineGridPitchPt, Is.EqualTo(28));
            var body = theme[TextRole.Body];
            Assert.That((body.Font.WordEastAsian, body.SizePt, body.Alignment, body.FirstLineIndentChars, body.LineSpacing), Is.EqualTo(("仿宋_GB2312", 16.0, TextAlignment.Justify, 2.0, LineSpacing.Exactly(28))));
            var headline = theme[TextRole.Headline];
            Assert.That((headline.Font.WordEastAsian, headline.SizePt, headline.Bold, headline.Color, headline.Alignment, headline.FirstLineIndentChars), Is.EqualTo(("黑体", 22.0, true, RgbColor.OfficialRed, TextAlignment.Center, 0.0)));
            Assert.That((theme[TextRole.Byline].Font.WordEastAsian, theme[TextRole.Byline].SizePt), Is.EqualTo(("楷体", 16.0)));
            Assert.That(theme[TextRole.Caption], Is.EqualTo(BulletinThemes.PressRelease[TextRole.Caption]), "no Caption style: the base theme's");
        });
    }

    [Test]
    public void Render_with_a_template_sets_word_and_pdf_in_the_house_style()
    {
        using var folder = new TempFolder();
        WriteHouseTemplate(Path.Combine(folder.Path, "house.docx"));
        TestIo.Run(folder.Path, "new", "press-release");

        var (exit, io) = TestIo.Run(folder.Path, "render", "press-release.md", "--template", "house.docx");

        Assert.That(exit, Is.EqualTo(ExitCodes.Success), io.Errors);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Path.Combine(folder.Path, "press-release.pdf"));
        Assert.That(pdf.GetPage(1).Width, Is.EqualTo(8391 / 20.0).Within(0.5));
        using var docx = WordprocessingDocument.Open(Path.Combine(folder.Path, "press-release.docx"), false);
        var size = docx.MainDocumentPart!.Document!.Body!.Descendants<PageSize>().First();
        Assert.That(size.Width!.Value, Is.EqualTo(8391).Within(1));
        Assert.That(docx.MainDocumentPart.StyleDefinitionsPart!.Styles!.OuterXml, Does.Contain("仿宋_GB2312"));
    }

    [Test]
    public void A_file_that_is_not_a_docx_is_a_located_problem()
    {
        using var folder = new TempFolder();
        folder.Write("house.docx", "not a zip");
        TestIo.Run(folder.Path, "new", "press-release");

        var (exit, io) = TestIo.Run(folder.Path, "render", "press-release.md", "--template", "house.docx");

        Assert.That(exit, Is.EqualTo(ExitCodes.InputProblems));
        Assert.That(io.Errors, Does.StartWith("house.docx:1:1: not a Word .docx file"));
        Assert.That(Directory.GetFiles(folder.Path), Has.Length.EqualTo(2));
    }

    [TestCase("pgSz", "w", "-5")]
    [TestCase("pgMar", "top", "wide")]
    [TestCase("ind", "firstLineChars", "two")]
    public void A_template_with_a_value_word_would_not_read_is_a_located_problem_not_a_crash(string element, string attribute, string value)
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "house.docx");
        WriteHouseTemplate(path);
        using (var document = WordprocessingDocument.Open(path, isEditable: true))
        {
            var main = document.MainDocumentPart!;
            var target = element == "ind"
                ? (DocumentFormat.OpenXml.OpenXmlElement)main.StyleDefinitionsPart!.Styles!.Descendants<Indentation>().First()
                : main.Document!.Body!.Descendants<SectionProperties>().Single().Elements().First(e => e.LocalName == element);
            target.SetAttribute(new DocumentFormat.OpenXml.OpenXmlAttribute("w", attribute, "http://schemas.openxmlformats.org/wordprocessingml/2006/main", value));
        }

        TestIo.Run(folder.Path, "new", "press-release");

        var (exit, io) = TestIo.Run(folder.Path, "validate", "press-release.md", "--template", "house.docx");

        Assert.That(exit, Is.EqualTo(ExitCodes.InputProblems), io.Errors);
        Assert.That(io.Errors, Does.StartWith("house.docx:1:1: ").And.Contain($"'{value}'").And.Not.Contain("   at "), io.Errors);
    }
}
