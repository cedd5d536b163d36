using Bulletin.Docs.Tests.Support;
using NUnit.Framework;
using SampleCatalog = Bulletin.Docs.Samples.Samples;

namespace Bulletin.Docs.Tests.Samples;

/// <summary>A real Word reader opens every sample: LibreOffice converts it to PDF and the text is all there.</summary>
public sealed class SampleLibreOfficeTests
{
    private static IEnumerable<string> SampleNames() => SampleCatalog.All.Select(sample => sample.Name);

    [TestCaseSource(nameof(SampleNames))]
    public void LibreOffice_converts_the_sample_to_pdf_with_every_headline(string sample)
    {
        ExternalTool.Require("soffice");
        ExternalTool.Require("pdftotext");
        var chosen = SampleCatalog.All.Single(candidate => candidate.Name == sample);
        var folder = Directory.CreateTempSubdirectory("bulletin-lo-");
        try
        {
            var docx = Path.Combine(folder.FullName, $"{chosen.Name}.docx");
            BulletinDocx.WriteFile(chosen.Document, docx, chosen.Options);

            var pdf = ExternalTool.ConvertToPdf(docx, folder.FullName);
            // LibreOffice breaks lines where it likes; compare without any white space.
            var text = SampleText.WithoutWhiteSpace(ExternalTool.PdfToText(pdf));

            var expected = SampleText.Headlines(chosen.Document)
                .Concat(SampleText.Kickers(chosen.Document))
                .Concat(chosen.Document.Masthead is { } masthead ? [masthead.Name] : [])
                .Select(SampleText.WithoutWhiteSpace);
            Assert.That(expected.Where(wanted => !text.Contains(wanted, StringComparison.Ordinal)), Is.Empty, $"Missing from the PDF LibreOffice made of {chosen.Name}.docx.");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
