using System.Text.Json;
using System.Text.RegularExpressions;
using Bulletin.Docs.Model;
using Bulletin.Docs.Tests.Samples;
using Bulletin.Docs.Tests.Support;
using NUnit.Framework;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace Bulletin.Docs.Tests.Pdf;

/// <summary>
/// The PDF is tagged (ISO 32000-1, 14.8), navigable and declares its language, as poppler, qpdf and
/// PdfPig read it: the structure lists headlines, paragraphs and figures in model order across
/// columns and pages; one bookmark per section and article.
/// </summary>
public sealed partial class TaggedPdfTests
{
    private static IEnumerable<string> SampleNames() => RenderedSample.Names();

    [TestCaseSource(nameof(SampleNames))]
    public void Pdfinfo_reports_a_tagged_file(string name)
    {
        var run = ExternalTool.Run("pdfinfo", [RenderedSample.Of(name).PdfPath]);
        Assert.That(run.StandardOutput, Does.Match(@"(?m)^Tagged:\s+yes$"), run.ToString());
    }

    [TestCaseSource(nameof(SampleNames))]
    public void Structure_lists_the_headlines_in_model_order_and_holds_all_the_text_in_reading_order(string name)
    {
        var rendered = RenderedSample.Of(name);
        var structure = StructText(rendered.PdfPath);
        var headlines = structure.Where(e => e.Type == "H1" && e.Parent == "Art").Select(e => SampleText.WithoutWhiteSpace(e.Text)).ToList();
        Assert.That(headlines, Is.EqualTo(SampleText.Headlines(rendered.Sample.Document).Select(SampleText.WithoutWhiteSpace)), "H1 headlines under Art, in model order");

        rendered.AssertHoldsTheModelsTextInOrder(string.Concat(structure.Select(e => SampleText.WithoutWhiteSpace(e.Text))), "the structure tree");
    }

    [Test]
    public void The_newspapers_figure_is_tagged_with_its_alternative_text_and_followed_by_its_caption()
    {
        var rendered = RenderedSample.Of("taiyuan-daily");
        var structure = StructText(rendered.PdfPath);
        var figure = structure.FindIndex(e => e.Type == "Figure");
        Assert.That(figure, Is.GreaterThanOrEqualTo(0), "a Figure element");
        Assert.That(structure[figure + 1].Type, Is.EqualTo("Caption"));

        using var qpdf = QpdfObjects.Read(rendered.PdfPath);
        var figures = qpdf.All().Where(o => o.TryGetProperty("/S", out var s) && s.GetString() == "/Figure").ToList();
        Assert.That(figures, Has.Count.EqualTo(1));
        var alt = figures[0].GetProperty("/Alt").GetString();
        var expected = SampleText.Stories(rendered.Sample.Document).OfType<PictureNews>().Single().Figure.AltText;
        Assert.That(alt, Is.EqualTo("u:" + expected));
    }

    [TestCaseSource(nameof(SampleNames))]
    public void Catalog_declares_the_language_marks_the_file_tagged_and_opens_the_outline(string name)
    {
        using var qpdf = QpdfObjects.Read(RenderedSample.Of(name).PdfPath);
        var catalog = qpdf.Catalog;
        Assert.Multiple(() =>
        {
            Assert.That(catalog.GetProperty("/Lang").GetString(), Is.EqualTo("u:zh-CN"));
            Assert.That(catalog.GetProperty("/MarkInfo").GetProperty("/Marked").GetBoolean(), Is.True);
            Assert.That(catalog.GetProperty("/PageMode").GetString(), Is.EqualTo("/UseOutlines"));
            Assert.That(catalog.GetProperty("/ViewerPreferences").GetProperty("/DisplayDocTitle").GetBoolean(), Is.True);
            var roleMap = qpdf.Resolve(catalog.GetProperty("/StructTreeRoot")).GetProperty("/RoleMap");
            Assert.That(roleMap.GetProperty("/Kicker").GetString(), Is.EqualTo("/P"), "a kicker reads as a paragraph");
        });
    }

    [TestCaseSource(nameof(SampleNames))]
    public void One_bookmark_per_section_and_article_nested_as_in_the_model(string name)
    {
        var rendered = RenderedSample.Of(name);
        using var pdf = PdfDocument.Open(rendered.PdfPath);
        Assert.That(pdf.TryGetBookmarks(out var bookmarks), Is.True, "the PDF has an outline");
        var expected = rendered.Sample.Document.Items.Select(Expected).ToList();
        Assert.That(bookmarks!.Roots.Select(Actual).ToList(), Is.EqualTo(expected));

        static string Expected(BulletinItem item) => item switch
        {
            Section section => section.Banner + "[" + string.Join("|", section.Items.Select(Expected)) + "]",
            Article article => article.Headline.Text,
            PictureNews picture => picture.Title ?? picture.Figure.Caption ?? picture.Figure.AltText,
            _ => throw new NotSupportedException(item.GetType().Name),
        };

        static string Actual(BookmarkNode node) =>
            node.Children.Count > 0 ? node.Title + "[" + string.Join("|", node.Children.Select(Actual)) + "]" : node.Title;
    }

    [Test]
    public void Page_furniture_is_an_artifact_not_part_of_the_structure()
    {
        var rendered = RenderedSample.Of("work-bulletin");
        var text = string.Concat(StructText(rendered.PdfPath).Select(e => e.Text));
        // The 简报's folios "— 2 —" are drawn on the pages but are not content.
        Assert.That(text, Does.Not.Contain("— 2 —"));
        Assert.That(ExternalTool.PdfToText(rendered.PdfPath, raw: true), Does.Contain("— 2 —"), "the folio is drawn");
    }

    /// <summary>The structure elements poppler lists, in order, each with its type, its parent's type and its text.</summary>
    internal static List<(string Type, string Parent, string Text)> StructText(string pdf)
    {
        var run = ExternalTool.Run("pdfinfo", ["-struct-text", pdf]);
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var elements = new List<(string Type, string Parent, string Text)>();
        var stack = new List<(int Indent, string Type)>();
        foreach (var line in run.StandardOutput.Split('\n'))
        {
            var indent = line.Length - line.TrimStart(' ').Length;
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (trimmed.StartsWith('"'))
            {
                var last = elements[^1];
                elements[^1] = last with { Text = last.Text + trimmed.Trim('"') };
                continue;
            }

            var type = ElementType().Match(trimmed).Value;
            stack.RemoveAll(entry => entry.Indent >= indent);
            elements.Add((type, stack.Count > 0 ? stack[^1].Type : "", ""));
            stack.Add((indent, type));
        }

        return elements;
    }

    [GeneratedRegex(@"^\S+")]
    private static partial Regex ElementType();
}
