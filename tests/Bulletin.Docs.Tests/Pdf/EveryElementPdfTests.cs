using Bulletin.Docs.Fonts;
using Bulletin.Docs.Pdf;
using Bulletin.Docs.Tests.Support;
using Bulletin.Docs.Theme;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Pdf;

/// <summary>
/// The document with every element, in every built-in theme, as a PDF/A-2a: qpdf finds no problem,
/// pdffonts lists only embedded subset CID TrueType fonts with ToUnicode, and the structure holds
/// every kind of element, its links as annotations to URIs and named destinations.
/// </summary>
public sealed class EveryElementPdfTests
{
    private static readonly Lazy<FontRegistry> Fonts = new(DefaultFonts.CreateRegistry);

    private static IEnumerable<TestCaseData> Themes() =>
    [
        new TestCaseData(BulletinThemes.Newspaper).SetArgDisplayNames("Newspaper"),
        new TestCaseData(BulletinThemes.WorkBulletin with { Contents = true }).SetArgDisplayNames("WorkBulletin"),
        new TestCaseData(BulletinThemes.PressRelease).SetArgDisplayNames("PressRelease"),
    ];

    [TestCaseSource(nameof(Themes))]
    public void Every_element_reads_back_with_qpdf_pdffonts_and_pdfinfo(BulletinTheme theme)
    {
        var folder = Directory.CreateTempSubdirectory("bulletin-every-element-");
        try
        {
            var path = Path.Combine(folder.FullName, "every.pdf");
            var options = new BulletinOptions { Theme = theme, Fonts = Fonts.Value, Pdf = new PdfOptions { Conformance = PdfConformance.PdfA2a } };
            BulletinPdf.WriteFile(EveryElementBulletin.Create(), path, options);

            var check = ExternalTool.Run("qpdf", ["--check", path]);
            Assert.That(check.ExitCode, Is.Zero, check.ToString());
            Assert.That(check.StandardError, Is.Empty, check.ToString());

            var fonts = PdfFont.List(path);
            Assert.That(fonts.All(f => f.Embedded && f.Subset && f.HasToUnicode && f.Type == "CID TrueType"), Is.True, string.Join("\n", fonts));

            // poppler prints role-mapped types as their standard type: a kicker as P, the masthead as Div.
            var types = TaggedPdfTests.StructText(path).Select(e => e.Type).ToHashSet();
            Assert.That(types, Is.SupersetOf(new[] { "Document", "Sect", "Art", "Div", "H1", "H2", "P", "BlockQuote", "Note", "L", "LI", "LBody", "Table", "TR", "TH", "TD", "Figure", "Caption" }));

            using var qpdf = QpdfObjects.Read(path);
            var links = qpdf.All().Where(o => o.TryGetProperty("/Subtype", out var s) && s.GetString() == "/Link").ToList();
            Assert.That(links.Count(l => l.TryGetProperty("/A", out _)), Is.GreaterThanOrEqualTo(1), "a URI link");
            Assert.That(links.Count(l => l.TryGetProperty("/Dest", out _)), Is.GreaterThanOrEqualTo(2), "links to #column and #lead");
            Assert.That(links.All(l => l.GetProperty("/F").GetInt32() == 4), Is.True, "printable annotations");
            var names = qpdf.Resolve(qpdf.Resolve(qpdf.Catalog.GetProperty("/Names")).GetProperty("/Dests")).GetProperty("/Names");
            Assert.That(names.GetArrayLength(), Is.EqualTo(2 * 4), "press-conference, lead, photo and column");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
