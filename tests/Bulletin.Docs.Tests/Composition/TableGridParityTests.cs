using Bulletin.Docs.Composition;
using System.Globalization;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Model;
using Bulletin.Docs.Tests.Fonts;
using Bulletin.Docs.Theme;
using NUnit.Framework;
using static Bulletin.Docs.Tests.Word.DocxTestPackage;

namespace Bulletin.Docs.Tests.Composition;

/// <summary>The PDF draws a table's rules where the Word file puts its grid columns.</summary>
public sealed class TableGridParityTests
{
    // Half a twip of rounding on either edge of a column.
    private const double Tolerance = 0.05;

    private static readonly Table[] Tables =
    [
        new([
            ["序号", "名称", "说明"],
            ["1", "太原市互联网协会", "协会自2007年成立以来，积极适应互联网行业的快速发展与变化，逐步成长为地区互联网领域具有影响力的社会组织。"],
            ["2", "山西省大数据中心", "负责全省政务数据的汇聚、共享和开放。"],
        ]),
        new([["指标", "2023年", "2024年"], ["地区生产总值（亿元）", "5573.7", "5865.2"], ["增速", "5.0%", "5.2%"]]) { ColumnWidths = [2, 1, 1] },
        TableColumnsTests.Amounts(),
        new([["网址"], ["https://www.taiyuan.gov.cn/zwgk/tzgg/2025-01/announcements_index.shtml?page=2&id=7"]]),
    ];

    private static IEnumerable<TestCaseData> Cases() =>
        from theme in new[] { BulletinThemes.Newspaper, BulletinThemes.WorkBulletin, BulletinThemes.PressRelease }
        from index in Enumerable.Range(0, Tables.Length)
        select new TestCaseData(theme, index).SetArgDisplayNames(theme.Name, index.ToString(CultureInfo.InvariantCulture));

    [TestCaseSource(nameof(Cases))]
    public void The_pdf_rules_and_the_word_grid_columns_agree(BulletinTheme theme, int index)
    {
        var table = Tables[index];
        var document = new BulletinDocument { Items = [new Article { Headline = "表格", Body = ["表格前的一段话。", table, "表格后的一段话。"] }] };
        var options = new BulletinOptions { Theme = theme, Fonts = FontTestSupport.Default };

        var pdfEdges = PdfEdges(BulletinLayoutEngine.Layout(document, options), table.Rows[0].Count);
        var wordEdges = WordEdges(Of(document, options));

        Assert.That(pdfEdges, Has.Count.EqualTo(table.Rows[0].Count + 1));
        Assert.That(wordEdges, Is.EqualTo(pdfEdges).Within(Tolerance), $"PDF {string.Join(", ", pdfEdges.Select(Pt))}; Word {string.Join(", ", wordEdges.Select(Pt))}");
    }

    [Test]
    public void Numbers_of_a_table_with_explicit_shares_stay_whole_in_a_newspaper_column()
    {
        var table = TableColumnsTests.Amounts();
        var document = new BulletinDocument { Items = [new Article { Headline = "表格", Body = [table] }] };
        var options = new BulletinOptions { Theme = BulletinThemes.Newspaper, Fonts = FontTestSupport.Default };

        var lines = BulletinLayoutEngine.Layout(document, options).Pages
            .SelectMany(page => page.Elements.OfType<TextLineElement>()).Select(line => line.Line.Text).ToHashSet();

        var numbers = table.Rows.Skip(1).SelectMany(row => new[] { row[0], row[2] }).ToList();
        Assert.That(numbers.Where(number => !lines.Contains(number)), Is.Empty, "each 序号 and 金额 is a line of its own cell");
    }

    [Test]
    public void The_number_column_of_the_pdf_table_is_narrow()
    {
        var table = Tables[0];
        var document = new BulletinDocument { Items = [new Article { Headline = "表格", Body = [table] }] };
        var options = new BulletinOptions { Theme = BulletinThemes.WorkBulletin, Fonts = FontTestSupport.Default };

        var layout = BulletinLayoutEngine.Layout(document, options);

        var edges = PdfEdges(layout, 3);
        Assert.That(edges[1] / edges[^1], Is.LessThan(0.1), "序号 takes less than a tenth of the table");
        var header = layout.Pages[0].Elements.OfType<TextLineElement>().Where(line => line.Line.Text is "序" or "号" or "序号").ToList();
        Assert.That(header.Select(line => line.Line.Text), Is.EqualTo(new[] { "序号" }), "序号 on one line");
    }

    [Test]
    public void The_pdf_draws_the_grid_with_the_themes_table_rule_as_word_does()
    {
        var theme = BulletinThemes.PressRelease with { Rules = BulletinThemes.PressRelease.Rules with { TablePt = 1.5 } };
        var document = new BulletinDocument { Items = [new Article { Headline = "表格", Body = [Tables[1]] }] };
        var options = new BulletinOptions { Theme = theme, Fonts = FontTestSupport.Default };

        var layout = BulletinLayoutEngine.Layout(document, options);
        var borders = Of(document, options).Xml("word/document.xml").Descendants(W + "tblBorders").Single();

        var grid = layout.Pages[0].Elements.OfType<RuleElement>().Where(rule => rule.X1 == rule.X2).GroupBy(rule => (rule.Y1, rule.Y2)).First(group => group.Count() == 4);
        Assert.That(grid.Select(rule => rule.ThicknessPt), Is.All.EqualTo(1.5));
        Assert.That(borders.Elements().Select(border => (string?)border.Attribute(W + "sz")), Is.All.EqualTo("12"), "eighths of a point");
    }

    [Test]
    public void A_column_given_a_tiny_share_holds_one_character_in_both_writers()
    {
        var table = new Table([["序号", "名称"], ["1", "太原市互联网协会"]]) { ColumnWidths = [1e-9, 1] };
        var document = new BulletinDocument { Items = [new Article { Headline = "表格", Body = [table] }] };
        var theme = BulletinThemes.PressRelease;
        var options = new BulletinOptions { Theme = theme, Fonts = FontTestSupport.Default };

        var layout = BulletinLayoutEngine.Layout(document, options);

        // 序 in the header style, the cell padding on either side and a rule: not a column the text spills out of.
        var header = theme[TextRole.TableHeader];
        var narrowest = header.SizePt + header.LetterSpacingPt + (2 * TableColumns.CellPaddingEm * theme[TextRole.TableCell].SizePt) + theme.Rules.TablePt;
        Assert.That(PdfEdges(layout, 2)[1], Is.EqualTo(narrowest).Within(Tolerance));
        Assert.That(WordEdges(Of(document, options))[1], Is.EqualTo(narrowest).Within(Tolerance));
        var first = layout.Pages[0].Elements.OfType<TextLineElement>().Where(line => line.Line.Text is "序" or "号").ToList();
        Assert.That(first.Select(line => line.Line.Text), Is.EqualTo(new[] { "序", "号" }), "one character a line, inside the column");
    }

    [Test]
    public void A_short_cell_beside_a_tall_one_is_centred_in_its_row_as_the_word_cell_is()
    {
        var tall = "协会自2007年成立以来，积极适应互联网行业的快速发展与变化，逐步成长为地区互联网领域具有影响力的社会组织。";
        var table = new Table([["名称", "说明"], ["协会", tall + tall]]) { ColumnWidths = [1, 1] };
        var document = new BulletinDocument { Items = [new Article { Headline = "表格", Body = [table] }] };
        var options = new BulletinOptions { Theme = BulletinThemes.PressRelease, Fonts = FontTestSupport.Default };

        var layout = BulletinLayoutEngine.Layout(document, options);

        var lines = layout.Pages[0].Elements.OfType<TextLineElement>().ToList();
        var shortCell = lines.Single(line => line.Line.Text == "协会");
        var tallCell = lines.Where(line => line.Structure == lines.First(l => l.Line.Text.StartsWith("协会自", StringComparison.Ordinal)).Structure).ToList();
        Assert.That(tallCell, Has.Count.GreaterThan(2), "the long cell takes several lines");
        var middle = (tallCell[0].Baseline + tallCell[^1].Baseline) / 2;
        Assert.That(shortCell.Baseline, Is.EqualTo(middle).Within(0.01), "w:vAlign center (ECMA-376 Part 1 §17.4.84) in the Word file");
        var docx = Of(document, options).Xml("word/document.xml");
        Assert.That(docx.Descendants(W + "tc").Select(cell => (string?)cell.Element(W + "tcPr")?.Element(W + "vAlign")?.Attribute(W + "val")), Is.All.EqualTo("center"));
    }

    [Test]
    public void A_table_whose_columns_cannot_each_hold_a_character_is_refused_by_the_layout_with_its_path()
    {
        // 30 columns in a newspaper column 13 characters wide: every column narrower than one digit
        // and its padding, so the PDF's text ran out of its cells over the neighbours'.
        var table = new Table([.. Enumerable.Range(0, 3).Select(r => (IReadOnlyList<string>)[.. Enumerable.Range(0, 30).Select(c => $"{r}{c}")])]);
        var document = new BulletinDocument { Items = [new Article { Headline = "表格", Body = ["正文。", table] }] };

        var error = Assert.Throws<BulletinLayoutException>(() => BulletinLayoutEngine.Layout(document, new BulletinOptions { Theme = BulletinThemes.Newspaper, Fonts = FontTestSupport.Default }));

        Assert.That(error!.Path, Is.EqualTo("Items[0].Body[1]"));
        Assert.That(error.Problem, Does.Contain("30 columns"));
        Assert.DoesNotThrow(() => BulletinLayoutEngine.Layout(document, new BulletinOptions { Theme = BulletinThemes.PressRelease, Fonts = FontTestSupport.Default }), "a type area wide enough takes one digit a column");
    }

    // x of the vertical rules of the table's first row, from its left rule: the rules of one row
    // share their top and bottom, and a row has one more of them than the table has columns.
    private static List<double> PdfEdges(LaidOutDocument layout, int columns)
    {
        var row = layout.Pages
            .SelectMany(page => page.Elements.OfType<RuleElement>().Where(rule => rule.X1 == rule.X2).Select(rule => (page.Number, Rule: rule)))
            .GroupBy(found => (found.Number, Math.Round(found.Rule.Y1, 3), Math.Round(found.Rule.Y2, 3)))
            .First(group => group.Count() == columns + 1)
            .Select(found => found.Rule.X1)
            .Order()
            .ToList();
        return [.. row.Select(x => x - row[0])];
    }

    // The cumulative widths of the data table's w:gridCol, in points.
    private static List<double> WordEdges(Word.DocxTestPackage package)
    {
        var table = package.Xml("word/document.xml").Descendants(W + "tbl").Single(t => t.Descendants(W + "tblHeader").Any());
        var grid = table.Element(W + "tblGrid")!.Elements(W + "gridCol").Select(column => (string)column.Attribute(W + "w")!).ToList();
        foreach (var row in table.Elements(W + "tr"))
        {
            Assert.That(row.Elements(W + "tc").Select(cell => (string?)cell.Descendants(W + "tcW").Single().Attribute(W + "w")), Is.EqualTo(grid), "every cell's w:tcW is its grid column's width");
        }

        var edges = new List<double> { 0 };
        foreach (var twips in grid)
        {
            edges.Add(edges[^1] + int.Parse(twips, CultureInfo.InvariantCulture) / 20.0);
        }

        return edges;
    }

    private static string Pt(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
