using System.Text.RegularExpressions;
using Bulletin.Docs.Tests.Samples;
using Bulletin.Docs.Tests.Support;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Pdf;

/// <summary>Poppler and qpdf, the readers a press office is likely to meet, accept every sample PDF.</summary>
public sealed partial class PdfToolTests
{
    private static IEnumerable<string> SampleNames() => RenderedSample.Names();

    [TestCaseSource(nameof(SampleNames))]
    public void Qpdf_check_finds_no_problem(string name)
    {
        var run = ExternalTool.Run("qpdf", ["--check", RenderedSample.Of(name).PdfPath]);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(run.StandardOutput, Does.Contain("No syntax or stream encoding errors found"), run.ToString());
            Assert.That(run.StandardError, Is.Empty, run.ToString());
        });
    }

    [TestCaseSource(nameof(SampleNames))]
    public void Pdffonts_lists_only_embedded_subset_TrueType_fonts(string name)
    {
        var fonts = PdfFont.List(RenderedSample.Of(name).PdfPath);
        Assert.That(fonts, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var font in fonts)
            {
                Assert.That(font.Embedded, Is.True, $"{font} is not embedded");
                Assert.That(font.Type, Is.EqualTo("CID TrueType"), $"{font}");
                Assert.That(font.Type, Does.Contain("TrueType"), $"{font}");
                Assert.That(font.HasToUnicode, Is.True, $"{font} has no ToUnicode map: copy and paste would fail");
                // A subset tag derived from the glyph set (ISO 32000-1, 9.6.4): the fonts really are hb-subsets.
                Assert.That(font.Subset && SubsetTag().IsMatch(font.Name), Is.True, $"{font} is not marked as a subset");
            }
        });
    }

    [TestCaseSource(nameof(SampleNames))]
    public void Pdftotext_finds_every_headline_and_no_Kangxi_radical(string name)
    {
        var rendered = RenderedSample.Of(name);
        var text = ExternalTool.PdfToText(rendered.PdfPath);
        var flat = SampleText.WithoutWhiteSpace(text);
        var radicals = text.Where(character => character is >= '\u2F00' and <= '\u2FDF').Distinct().ToList();
        Assert.Multiple(() =>
        {
            foreach (var headline in SampleText.Headlines(rendered.Sample.Document))
            {
                Assert.That(flat, Does.Contain(SampleText.WithoutWhiteSpace(headline)), "headline");
            }

            Assert.That(radicals, Is.Empty, "Kangxi radicals (U+2F00–U+2FDF) instead of the ideographs the page shows");
        });
    }

    [GeneratedRegex("^[A-Z]{6}\\+")]
    private static partial Regex SubsetTag();
}
