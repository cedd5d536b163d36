using Bulletin.Docs.Tests.Samples;
using NUnit.Framework;
using UglyToad.PdfPig;

namespace Bulletin.Docs.Tests.Pdf;

/// <summary>PdfPig, a reader independent of our writer, reads every sample PDF back: pages, text in reading order, metadata.</summary>
public sealed class PdfReadBackTests
{
    private const double SizeTolerancePt = 0.5;

    private static IEnumerable<string> SampleNames() => RenderedSample.Names();

    [TestCaseSource(nameof(SampleNames))]
    public void Pages_have_the_layouts_count_and_the_themes_paper_size(string name)
    {
        var rendered = RenderedSample.Of(name);
        var (width, height) = name == "taiyuan-daily" ? (841.89, 1190.55) : (595.28, 841.89);
        using var pdf = PdfDocument.Open(rendered.PdfPath);
        Assert.That(pdf.NumberOfPages, Is.EqualTo(rendered.Layout.Pages.Count));
        Assert.Multiple(() =>
        {
            Assert.That(rendered.Sample.Theme.Page.WidthPt, Is.EqualTo(width).Within(SizeTolerancePt), "theme width");
            Assert.That(rendered.Sample.Theme.Page.HeightPt, Is.EqualTo(height).Within(SizeTolerancePt), "theme height");
            foreach (var page in pdf.GetPages())
            {
                Assert.That(page.Width, Is.EqualTo(width).Within(SizeTolerancePt), $"page {page.Number} width");
                Assert.That(page.Height, Is.EqualTo(height).Within(SizeTolerancePt), $"page {page.Number} height");
            }
        });
    }

    [TestCaseSource(nameof(SampleNames))]
    public void Each_page_reads_back_as_the_text_the_layout_set_on_it(string name)
    {
        var rendered = RenderedSample.Of(name);
        var expected = rendered.PageTexts();
        var read = ReadPages(rendered.PdfPath);
        Assert.That(read, Has.Count.EqualTo(expected.Count));
        Assert.Multiple(() =>
        {
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.That(read[i], Is.EqualTo(SampleText.WithoutWhiteSpace(expected[i])), $"page {i + 1}");
            }
        });
    }

    [TestCaseSource(nameof(SampleNames))]
    public void All_pages_read_back_as_the_models_text_in_reading_order(string name)
    {
        var rendered = RenderedSample.Of(name);
        rendered.AssertHoldsTheModelsTextInOrder(rendered.ContentText(ReadPages(rendered.PdfPath)), "the text PdfPig reads");
    }

    [TestCaseSource(nameof(SampleNames))]
    public void Document_information_is_the_models_metadata_with_its_fixed_date(string name)
    {
        var rendered = RenderedSample.Of(name);
        var metadata = rendered.Sample.Document.Metadata;
        using var pdf = PdfDocument.Open(rendered.PdfPath);
        var information = pdf.Information;
        Assert.Multiple(() =>
        {
            Assert.That(information.Title, Is.EqualTo(metadata.Title));
            Assert.That(information.Author, Is.EqualTo(metadata.Author));
            Assert.That(information.Subject, Is.EqualTo(metadata.Subject));
            Assert.That(information.Keywords, Is.EqualTo(string.Join("; ", metadata.Keywords)));
            Assert.That(information.Creator, Does.Match(@"^Bulletin\.Docs \d+\.\d+\.\d+$"));
            Assert.That(information.Producer, Is.EqualTo(information.Creator));
            Assert.That(metadata.Created, Is.Not.Null, "the samples fix their creation time");
            Assert.That(information.GetCreatedDateTimeOffset(), Is.EqualTo(metadata.Created), $"CreationDate {information.CreationDate}");
        });
    }

    /// <summary>Each page's letters in content order, white space removed.</summary>
    internal static IReadOnlyList<string> ReadPages(string path)
    {
        using var pdf = PdfDocument.Open(path);
        return [.. pdf.GetPages().Select(page => SampleText.WithoutWhiteSpace(string.Concat(page.Letters.Select(letter => letter.Value))))];
    }
}
