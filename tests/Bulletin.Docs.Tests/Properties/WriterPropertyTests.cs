using Bulletin.Docs.Fonts;
using Bulletin.Docs.Model;
using Bulletin.Docs.Tests.Support;
using Bulletin.Docs.Validation;
using CsCheck;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Properties;

/// <summary>
/// For any model and any theme, the library either refuses with a validation (or layout) error, or
/// writes a DOCX the Open XML validator finds no error in and a PDF that <c>qpdf --check</c>
/// accepts. The iteration counts are modest to keep the suite fast; raise the constants below when
/// hunting. A failure prints CsCheck's seed and the shrunk sample.
/// </summary>
public sealed class WriterPropertyTests
{
    private const int ModelIterations = 100;
    private const int ThemeIterations = 80;

    private static readonly Lazy<FontRegistry> Registry = new(DefaultFonts.CreateRegistry);

    [Test]
    public void Any_model_is_refused_or_gives_a_valid_docx_and_pdf()
    {
        var outcomes = new Outcomes();
        BulletinGen.Document.Select(BulletinGen.BuiltInTheme, (document, theme) => (document, theme))
            .Sample(sample => Check(sample.document, new BulletinOptions { Theme = sample.theme, Fonts = Registry.Value }, outcomes), iter: ModelIterations, threads: 2);

        TestContext.Out.WriteLine(outcomes);
        // A generator whose models all fail validation would test nothing.
        Assert.That(outcomes.Pdf, Is.GreaterThan(ModelIterations / 10), outcomes.ToString());
        Assert.That(outcomes.Refused, Is.GreaterThan(0), outcomes.ToString());
    }

    [Test]
    public void Any_theme_is_refused_or_gives_a_valid_docx_and_pdf()
    {
        var outcomes = new Outcomes();
        BulletinGen.Theme.Sample(theme => Check(BulletinGen.FixedDocument, new BulletinOptions { Theme = theme, Fonts = Registry.Value }, outcomes), iter: ThemeIterations, threads: 2);

        TestContext.Out.WriteLine(outcomes);
        Assert.That(outcomes.Pdf, Is.GreaterThan(ThemeIterations / 10), outcomes.ToString());
        Assert.That(outcomes.Refused, Is.GreaterThan(0), outcomes.ToString());
    }

    private static void Check(BulletinDocument document, BulletinOptions options, Outcomes outcomes)
    {
        byte[] docx;
        try
        {
            docx = BulletinDocx.ToBytes(document, options);
        }
        catch (BulletinValidationException)
        {
            outcomes.Count(ref outcomes.Refused);
            return;
        }

        var errors = DocxErrors(docx);
        Assert.That(errors, Is.Empty, string.Join(Environment.NewLine, errors));
        outcomes.Count(ref outcomes.Docx);

        byte[] pdf;
        try
        {
            pdf = BulletinPdf.ToBytes(document, options);
        }
        catch (BulletinException)
        {
            // Text no registered font covers, or a block no page can hold: named errors before writing.
            outcomes.Count(ref outcomes.PdfRefused);
            return;
        }

        var file = Path.Combine(Path.GetTempPath(), $"bulletin-property-{Guid.NewGuid():N}.pdf");
        try
        {
            File.WriteAllBytes(file, pdf);
            var run = ExternalTool.Run("qpdf", ["--check", file]);
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
        }
        finally
        {
            File.Delete(file);
        }

        outcomes.Count(ref outcomes.Pdf);
    }

    private static string[] DocxErrors(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        return [.. new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document).Select(error => $"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}")];
    }

    private sealed class Outcomes
    {
        public int Refused;
        public int Docx;
        public int PdfRefused;
        public int Pdf;

        public void Count(ref int counter) => Interlocked.Increment(ref counter);

        public override string ToString() => $"refused by validation {Refused}, DOCX valid {Docx}, PDF refused {PdfRefused}, PDF checked by qpdf {Pdf}";
    }
}
