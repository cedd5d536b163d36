using System.Text;
using NUnit.Framework;
using UglyToad.PdfPig;

namespace Bulletin.Docs.Tests.Pdf;

/// <summary>The newspaper sample's 第2版 in the PDF: labelled pages, and the 版眉 and folio as text a reader extracts.</summary>
public sealed class EditionPdfTests
{
    [Test]
    public void The_second_editions_pages_are_labelled_from_2_and_show_their_running_head_and_folio()
    {
        var rendered = RenderedSample.Of("taiyuan-daily");
        var bytes = File.ReadAllBytes(rendered.PdfPath);

        // ISO 32000-1 §12.4.2: decimal labels starting at 2, so a viewer's page box shows the folios.
        Assert.That(Encoding.Latin1.GetString(bytes), Does.Contain("/PageLabels<</Nums[0<</S/D/St 2>>]>>"));
        using var pdf = PdfDocument.Open(bytes);
        Assert.That(pdf.NumberOfPages, Is.EqualTo(rendered.Layout.Pages.Count));
        foreach (var page in pdf.GetPages())
        {
            var text = Samples.SampleText.WithoutWhiteSpace(string.Concat(page.Letters.Select(letter => letter.Value)));
            // Furniture is drawn after the page's content: the 版眉, then the folio 2, 3 ….
            var folio = (page.Number + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.That(text, Does.EndWith("太原日报2025年1月7日星期二第2版要闻" + folio), $"page {page.Number}: its 版眉 and folio");
        }
    }
}
