using System.Collections.Concurrent;
using Bulletin.Docs.Tests.Pdf;
using Bulletin.Docs.Tests.Support;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Parity;

/// <summary>
/// A sample's DOCX converted to PDF by LibreOffice with the parity fonts (<see cref="ParityFonts"/>),
/// once per test run, beside our own PDF of the same sample.
/// </summary>
internal sealed record LibreOfficeRendering(RenderedSample Ours, string LibreOfficePdf)
{
    private static readonly ConcurrentDictionary<string, Lazy<LibreOfficeRendering>> Converted = new(StringComparer.Ordinal);

    /// <summary>The sample called <paramref name="name"/>, written and converted once per test run.</summary>
    public static LibreOfficeRendering Of(string name)
    {
        ExternalTool.Require("soffice");
        ExternalTool.Require("pdftotext");
        return Converted.GetOrAdd(name, key => new Lazy<LibreOfficeRendering>(() => Convert(key))).Value;
    }

    private static LibreOfficeRendering Convert(string name)
    {
        var ours = RenderedSample.Of(name);
        var folder = Path.Combine(TestContext.CurrentContext.TestDirectory, "rendered", "libreoffice");
        Directory.CreateDirectory(folder);
        var docx = Path.Combine(folder, name + ".docx");
        BulletinDocx.WriteFile(ours.Sample.Document, docx, ours.Sample.Options with { Fonts = Fonts.FontTestSupport.Default });
        var pdf = ExternalTool.ConvertToPdf(docx, folder, fontConfig: ParityFonts.WriteConfig(folder));
        return new LibreOfficeRendering(ours, pdf);
    }

    /// <summary>
    /// Lays out <paramref name="document"/>, writes its DOCX from that layout and converts it with
    /// LibreOffice and the parity fonts; the layout and LibreOffice's PDF.
    /// </summary>
    public static (Layout.LaidOutDocument Layout, string LibreOfficePdf) Convert(string name, Model.BulletinDocument document, BulletinOptions options)
    {
        ExternalTool.Require("soffice");
        ExternalTool.Require("pdftotext");
        var layout = BulletinLayoutEngine.Layout(document, options);
        var folder = Path.Combine(TestContext.CurrentContext.TestDirectory, "rendered", "libreoffice");
        Directory.CreateDirectory(folder);
        var docx = Path.Combine(folder, name + ".docx");
        BulletinDocx.WriteFile(layout, docx);
        BulletinPdf.WriteFile(layout, Path.Combine(folder, name + ".ours.pdf"));
        return (layout, ExternalTool.ConvertToPdf(docx, folder, TimeSpan.FromMinutes(10), ParityFonts.WriteConfig(folder)));
    }
}
