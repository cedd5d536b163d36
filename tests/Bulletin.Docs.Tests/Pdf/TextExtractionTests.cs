using System.Text.RegularExpressions;
using Bulletin.Docs.Tests.Samples;
using Bulletin.Docs.Tests.Support;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Pdf;

/// <summary>
/// Copy and paste gives the model's text (ISO 32000-1, 14.9.4 /ActualText where the drawing and the
/// text differ): pdftotext -raw reads the model's text in order, reads no space where the layout
/// only opened a ¼-em gap between Han and Latin, and never starts a line at a compressed mark.
/// </summary>
public sealed partial class TextExtractionTests
{
    private static readonly Lazy<Docs.Fonts.FontRegistry> Fonts = new(Docs.Fonts.DefaultFonts.CreateRegistry);

    private static IEnumerable<string> SampleNames() => RenderedSample.Names();

    [TestCaseSource(nameof(SampleNames))]
    public void Pdftotext_raw_reads_the_models_text_in_order(string name)
    {
        var rendered = RenderedSample.Of(name);
        var pages = ExternalTool.PdfToText(rendered.PdfPath, raw: true).Split('\f')[..rendered.Layout.Pages.Count];
        rendered.AssertHoldsTheModelsTextInOrder(rendered.ContentText(pages), "pdftotext -raw");
    }

    [TestCaseSource(nameof(SampleNames))]
    public void No_space_is_read_at_a_Han_Latin_gap_the_model_does_not_have(string name)
    {
        var rendered = RenderedSample.Of(name);
        var model = string.Join("\n", SampleText.Printed(rendered.Sample.Document));
        var spurious = new List<string>();
        foreach (var line in ExternalTool.PdfToText(rendered.PdfPath, raw: true).Split('\n'))
        {
            foreach (Match match in HanLatinSpace().Matches(line))
            {
                // Spurious: the model has these characters side by side, without the space. (Two
                // separate elements on one line, like the red head's mark and serial, are not.)
                if (!model.Contains(match.Value, StringComparison.Ordinal) && model.Contains(match.Value.Replace(" ", ""), StringComparison.Ordinal))
                {
                    spurious.Add($"«{match.Value}» in «{line}»");
                }
            }
        }

        Assert.That(spurious, Is.Empty);
    }

    [TestCaseSource(nameof(SampleNames))]
    public void No_extracted_line_starts_with_a_closing_mark(string name)
    {
        // The layout never starts a line with these (GB/T 15834 line-start rules), so an extracted
        // line that does was split where a compressed mark overlaps its neighbour.
        var lines = ExternalTool.PdfToText(RenderedSample.Of(name).PdfPath, raw: true).Split('\n');
        Assert.That(lines.Where(line => line.Length > 0 && "，。、；：！？）》」』”’".Contains(line[0])), Is.Empty);
    }

    [Test]
    public void Bold_runs_ideographic_spaces_and_digits_read_back_without_breaks_or_spaces()
    {
        var document = new Docs.Model.BulletinDocument
        {
            Items =
            [
                new Docs.Model.Article
                {
                    Headline = "提取测试",
                    Body =
                    [
                        new Docs.Model.Paragraph([new Docs.Model.Text("他说，"), new Docs.Model.Strong("“重要”"), new Docs.Model.Text("。增长"), new Docs.Model.Strong("52"), new Docs.Model.Text("个。")]),
                        new Docs.Model.Paragraph([new Docs.Model.Text("为深入贯彻落实"), new Docs.Model.Strong("《中华人民共和国政府信息公开条例》"), new Docs.Model.Text("，进一步做好政务公开工作。")]),
                        "表意空格：　　前面。",
                    ],
                },
            ],
        };
        var folder = Directory.CreateTempSubdirectory("bulletin-extraction-");
        try
        {
            var path = Path.Combine(folder.FullName, "runs.pdf");
            BulletinPdf.WriteFile(document, path, new BulletinOptions { Theme = Docs.Theme.BulletinThemes.WorkBulletin, Fonts = Fonts.Value });
            var text = ExternalTool.PdfToText(path, raw: true);
            var joined = text.Replace("\n", "", StringComparison.Ordinal);
            Assert.Multiple(() =>
            {
                Assert.That(joined, Does.Contain("他说，“重要”。增长52个。"));
                Assert.That(joined, Does.Contain("条例》，进一步"));
                Assert.That(text, Does.Contain("表意空格：　　前面。"), "U+3000 stays U+3000");
                Assert.That(text.Split('\n').Where(line => line.Length > 0 && "，。、；：！？）》」』”’".Contains(line[0])), Is.Empty);
            });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs} [0-9A-Za-z]|[0-9A-Za-z] \p{IsCJKUnifiedIdeographs}")]
    private static partial Regex HanLatinSpace();
}
