using System.Globalization;
using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Model;
using Bulletin.Docs.Tests.Fonts;
using Bulletin.Docs.Tests.Parity;
using Bulletin.Docs.Tests.Support;
using Bulletin.Docs.Theme;
using NUnit.Framework;
using Bulletin.Docs.Samples;
using SampleCatalog = Bulletin.Docs.Samples.Samples;

namespace Bulletin.Docs.Tests.Word;

/// <summary>
/// The Word file sets a module where the page layout set it: a floating table at the same distance
/// from the margin and of the same width (within a twip), a cell per column holding what the
/// page's column holds; in the flow where the layout fell back. LibreOffice puts it on the same columns.
/// </summary>
[TestFixture]
public sealed class ModuleDocxTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static Sample Newspaper => SampleCatalog.All.Single(sample => sample.Name == "taiyuan-daily");

    private static BulletinOptions Options => Newspaper.Options with { Fonts = FontTestSupport.Default };

    private static XDocument DocumentXml(BulletinDocument document, BulletinOptions options)
    {
        var bytes = new MemoryStream();
        BulletinDocx.Write(document, bytes, options);
        using var archive = new ZipArchive(new MemoryStream(bytes.ToArray()), ZipArchiveMode.Read);
        using var stream = archive.GetEntry("word/document.xml")!.Open();
        return XDocument.Load(stream);
    }

    private static List<XElement> FloatingTables(XDocument document) =>
        [.. document.Descendants(W + "tbl").Where(table => table.Element(W + "tblPr")?.Element(W + "tblpPr") is not null)];

    private static int Int(XElement element, string attribute) => int.Parse(element.Attribute(W + attribute)!.Value, CultureInfo.InvariantCulture);

    private static string Visible(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [Test]
    public void The_sample_module_floats_on_the_same_columns_as_in_the_pdf_each_cell_holding_its_column()
    {
        var layout = BulletinLayoutEngine.Layout(Newspaper.Document, Options);
        var report = layout.Modules.Single();
        var page = Newspaper.Options.Theme.Page;
        var xml = DocumentXml(Newspaper.Document, Options);
        var floating = FloatingTables(xml);
        // The picture news set into a story floats too; the module is the one whose first row holds its headline.
        var module = floating.Single(table => table.Descendants(W + "t").Any(t => t.Value.Contains("一只青铜鼎", StringComparison.Ordinal)));
        var position = module.Element(W + "tblPr")!.Element(W + "tblpPr")!;
        var width = module.Element(W + "tblPr")!.Element(W + "tblW")!;
        var rows = module.Elements(W + "tr").ToList();
        var cells = rows[1].Elements(W + "tc").ToList();

        var pdfColumns = PdfColumns(layout, report);

        Assert.Multiple(() =>
        {
            Assert.That(report.AsModule, Is.True, report.ToString());
            Assert.That(position.Attribute(W + "horzAnchor")!.Value, Is.EqualTo("margin"));
            Assert.That(Int(position, "tblpX"), Is.EqualTo((report.X - page.MarginLeftPt) * 20).Within(1), "the same distance from the margin, within a twip");
            Assert.That(Int(width, "w"), Is.EqualTo(report.Width * 20).Within(1), "the same width, within a twip");
            Assert.That(module.Element(W + "tblGrid")!.Elements(W + "gridCol").Sum(col => Int(col, "w")), Is.EqualTo(Int(width, "w")), "its grid adds up to its width");
            Assert.That(module.Element(W + "tblPr")!.Element(W + "tblOverlap")!.Attribute(W + "val")!.Value, Is.EqualTo("never"));
            Assert.That(cells, Has.Count.EqualTo(report.Columns), "a cell per column of the module");
            Assert.That(cells.Select(cell => Visible(string.Concat(cell.Descendants(W + "t").Select(t => t.Value)))), Is.EqualTo(pdfColumns), "each cell holds what the page's column holds");
        });
    }

    [Test]
    public void A_fixed_depth_holds_in_the_word_file_as_the_modules_least_depth()
    {
        var document = Newspaper.Document with
        {
            Items = [TaiyuanDaily.BronzeDing with { Placement = new ArticlePlacement { Columns = 3, DepthLines = 20 } }, TaiyuanDaily.ForestFireChecks],
        };
        var layout = BulletinLayoutEngine.Layout(document, Options);
        var report = layout.Modules.Single();
        var theme = Newspaper.Options.Theme;
        var line = theme[TextRole.Body].LineSpacing.ToPoints(theme[TextRole.Body].SizePt);
        var module = FloatingTables(DocumentXml(document, Options)).Single();
        var rows = module.Elements(W + "tr").ToList();
        var height = rows[1].Element(W + "trPr")!.Element(W + "trHeight")!;
        var headerLines = layout.Pages[0].Elements.OfType<TextLineElement>().Where(l => l.Line.Text == "一只青铜鼎见证晋阳城").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(report.AsModule, Is.True, report.ToString());
            Assert.That(report.Height, Is.EqualTo(20 * line).Within(0.01), "20 body lines deep on the page");
            Assert.That(height.Attribute(W + "hRule")!.Value, Is.EqualTo("atLeast"));
            Assert.That(Int(height, "val"), Is.EqualTo((report.Height - report.BodyTopPt) * 20).Within(1), "the body row at least as deep as the page's, within a twip");
            Assert.That(headerLines, Has.Count.EqualTo(1), "the headline on one line across the module");
            Assert.That(report.BodyTopPt, Is.GreaterThan(headerLines[0].Baseline - report.Y), "the body starts under the headline");
        });
    }

    [Test]
    public void A_module_the_layout_set_in_the_flow_is_in_the_flow_in_the_word_file_too()
    {
        // The story after the module is too short to fill the columns beside it.
        var seed = FontTestSupport.SeedText.Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);
        var document = new BulletinDocument
        {
            Items =
            [
                new Article { Headline = "约束物业倒逼服务优化", Body = [.. Enumerable.Repeat<Block>(seed[..400], 2)], Placement = new ArticlePlacement { Columns = 2 } },
                new Article { Headline = "短讯", Body = [seed[..40]] },
            ],
        };
        var options = Options;
        var report = BulletinLayoutEngine.Layout(document, options).Modules.Single();

        Assert.That(report.AsModule, Is.False, report.ToString());
        Assert.That(FloatingTables(DocumentXml(document, options)), Is.Empty);
    }

    [Test]
    public void On_a_one_column_theme_the_word_file_has_no_module()
    {
        var options = Options with { Theme = BulletinThemes.WorkBulletin };

        Assert.That(FloatingTables(DocumentXml(Newspaper.Document with { Edition = null }, options)), Is.Empty);
    }

    [Test]
    public void The_word_file_with_a_module_is_the_same_bytes_every_time()
    {
        var first = new MemoryStream();
        var second = new MemoryStream();
        BulletinDocx.Write(Newspaper.Document, first, Options);
        BulletinDocx.Write(Newspaper.Document, second, Options);

        Assert.That(second.ToArray(), Is.EqualTo(first.ToArray()));
    }

    [Test]
    public void LibreOffice_sets_the_module_on_the_same_columns_as_our_pdf()
    {
        var rendering = LibreOfficeRendering.Of("taiyuan-daily");
        var layout = BulletinLayoutEngine.Layout(Newspaper.Document, Options);
        var report = layout.Modules.Single();
        // The module's first body line in our PDF, and where LibreOffice sets the same text.
        var ours = layout.Pages[report.Page - 1].Elements.OfType<TextLineElement>()
            .First(line => line.Line.Text.StartsWith("战争当年", StringComparison.Ordinal));
        var theirs = LineStarts(rendering.LibreOfficePdf, "战争当年");

        Assert.Multiple(() =>
        {
            Assert.That(theirs, Has.Count.EqualTo(1), "LibreOffice sets the line once");
            Assert.That(theirs[0].X, Is.EqualTo(ours.X).Within(3), "on the same column: the x of its first character, within 3 pt");
            Assert.That(theirs[0].Page, Is.EqualTo(report.Page), "on the same page");
        });
    }

    [Test]
    public void Two_boxed_commentaries_with_one_headline_each_get_their_own_columns()
    {
        // The layout's columns are carried to Word by article, not by headline text.
        var seed = FontTestSupport.SeedText.Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);
        var first = seed[..300];
        var second = seed[300..600];
        var document = new BulletinDocument
        {
            Items =
            [
                new Article { ColumnLabel = "井州论坛", Headline = "约束物业倒逼服务优化", Body = [first] },
                new Article { ColumnLabel = "井州论坛", Headline = "约束物业倒逼服务优化", Body = [second] },
            ],
        };
        var tables = DocumentXml(document, Options).Descendants(W + "tbl").Select(table => Visible(string.Concat(table.Descendants(W + "t").Select(t => t.Value)))).ToList();

        Assert.That(tables, Has.Count.EqualTo(2), "each commentary one framed table");
        Assert.That(tables[0], Does.Contain(Visible(first)), "the first holds its own text");
        Assert.That(tables[1], Does.Contain(Visible(second)), "the second holds its own text, not the first's");
    }

    [Test]
    public void LibreOffice_floats_a_module_that_opens_the_document_beside_the_stories_the_pdf_sets_beside_it()
    {
        ExternalTool.Require("soffice");
        ExternalTool.Require("pdftotext");
        // The boxed commentary as a 3-column module, two short stories beside it (the second running on under it).
        var document = Newspaper.Document with
        {
            Items =
            [
                TaiyuanDaily.PropertyServiceCommentary with { Placement = new ArticlePlacement { Columns = 3 } },
                TaiyuanDaily.InternetAssociation,
                TaiyuanDaily.GreenDevelopmentExperts,
            ],
        };
        var layout = BulletinLayoutEngine.Layout(document, Options);
        var report = layout.Modules.Single();
        var folder = Directory.CreateTempSubdirectory("bulletin-module-");
        try
        {
            var docx = Path.Combine(folder.FullName, "module.docx");
            BulletinDocx.WriteFile(layout, docx);
            var pdf = ExternalTool.ConvertToPdf(docx, folder.FullName, fontConfig: ParityFonts.WriteConfig(folder.FullName));
            var ours = layout.Pages[0].Elements.OfType<TextLineElement>().First(line => line.Line.Text.StartsWith("日前", StringComparison.Ordinal));
            var beside = layout.Pages[0].Elements.OfType<TextLineElement>().First(line => line.Line.Text.StartsWith("本报讯", StringComparison.Ordinal));
            var theirs = LineStarts(pdf, "日前");
            var theirsBeside = LineStarts(pdf, "本报讯");

            Assert.Multiple(() =>
            {
                Assert.That(report.AsModule, Is.True, report.ToString());
                Assert.That(report.Beside, Has.Count.EqualTo(2), "both stories beside the module");
                Assert.That(theirs.Single().X, Is.EqualTo(ours.X).Within(3), "the module's first line on the same column");
                Assert.That(theirsBeside[0].X, Is.EqualTo(beside.X).Within(3), "the first story beside it starts in the first column");
                Assert.That(theirsBeside, Has.Count.EqualTo(2));
                Assert.That(theirsBeside.All(line => line.Page == 1), Is.True, "both beside it on the first page");
            });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void A_module_with_a_dateline_and_a_trailing_byline_is_split_into_its_cells_where_the_page_splits_it()
    {
        var document = Newspaper.Document with
        {
            Items = [TaiyuanDaily.ForestFireChecks with { Placement = new ArticlePlacement { Columns = 2 } }, TaiyuanDaily.CoalTechnology],
        };
        var layout = BulletinLayoutEngine.Layout(document, Options);
        var report = layout.Modules.Single();
        var module = FloatingTables(DocumentXml(document, Options)).Single(table => table.Descendants(W + "t").Any(t => t.Value.Contains("本报讯", StringComparison.Ordinal)));
        var cells = module.Elements(W + "tr").ElementAt(1).Elements(W + "tc").ToList();
        var dateline = cells[0].Descendants(W + "r").First(run => run.Descendants(W + "t").Any(t => t.Value.Contains("本报讯", StringComparison.Ordinal)));

        Assert.Multiple(() =>
        {
            Assert.That(report.AsModule, Is.True, report.ToString());
            Assert.That(cells.Select(cell => Visible(string.Concat(cell.Descendants(W + "t").Select(t => t.Value)))), Is.EqualTo(PdfColumns(layout, report)), "each cell holds what the page's column holds");
            Assert.That(dateline.Descendants(W + "b").Any() || dateline.Descendants(W + "rStyle").Any(), Is.True, "the 电头 keeps its own run style in the cell");
            Assert.That(cells[^1].Descendants(W + "t").Last().Value, Does.Contain("（李杰华）"), "the trailing byline ends the last column");
        });
    }

    /// <summary>What each of the module's columns holds on the page: its body lines by column, without white space.</summary>
    private static List<string> PdfColumns(LaidOutDocument layout, ModuleReport report)
    {
        var page = Newspaper.Options.Theme.Page;
        var columnWidth = page.ColumnWidthPt;
        var lines = layout.Pages[report.Page - 1].Elements.OfType<TextLineElement>()
            .Where(line => line.X >= report.X - 0.5 && line.X < report.X + report.Width && line.Baseline > report.Y + report.BodyTopPt && line.Baseline < report.Y + report.Height && line.Line.Width <= columnWidth + 0.5)
            .ToList();
        return [.. Enumerable.Range(0, report.Columns)
            .Select(k => Visible(string.Concat(lines.Where(line => (int)Math.Floor((line.X - report.X + 0.5) / (columnWidth + page.ColumnGapPt)) == k).Select(line => line.Line.Text))))];
    }

    /// <summary>The page and left edge of every line of <paramref name="pdf"/> that starts with <paramref name="start"/>, as poppler reads them.</summary>
    private static List<(int Page, double X)> LineStarts(string pdf, string start)
    {
        var run = ExternalTool.Run("pdftotext", ["-enc", "UTF-8", "-bbox-layout", pdf, "-"]);
        using var reader = XmlReader.Create(new StringReader(run.StandardOutput), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        var html = XDocument.Load(reader);
        XNamespace x = "http://www.w3.org/1999/xhtml";
        var found = new List<(int, double)>();
        var number = 0;
        foreach (var page in html.Descendants(x + "page"))
        {
            number++;
            foreach (var line in page.Descendants(x + "line"))
            {
                if (Visible(string.Concat(line.Elements(x + "word").Select(word => word.Value))).StartsWith(start, StringComparison.Ordinal))
                {
                    found.Add((number, double.Parse(line.Attribute("xMin")!.Value, CultureInfo.InvariantCulture)));
                }
            }
        }

        return found;
    }
}
