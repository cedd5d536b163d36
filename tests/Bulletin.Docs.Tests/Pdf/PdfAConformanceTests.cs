using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Bulletin.Docs.Pdf;
using Bulletin.Docs.Tests.Support;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Pdf;

/// <summary>
/// The clauses of ISO 19005-2 (PDF/A-2) the writer implements, one test each, on every sample
/// written at each level; docs/pdf.md lists the clauses with these tests. No validator runs here:
/// these read the files with qpdf, an independent parser.
/// </summary>
public sealed partial class PdfAConformanceTests
{
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace PdfNs = "http://ns.adobe.com/pdf/1.3/";
    private static readonly XNamespace XmpBasic = "http://ns.adobe.com/xap/1.0/";
    private static readonly XNamespace PdfAid = "http://www.aiim.org/pdfa/ns/id/";

    private static IEnumerable<TestCaseData> Cases() =>
        from name in RenderedSample.Names()
        from level in new[] { PdfConformance.PdfA2b, PdfConformance.PdfA2u, PdfConformance.PdfA2a }
        select new TestCaseData(name, level);

    [TestCaseSource(nameof(Cases))]
    public void Clause_6_1_2_header_with_a_binary_comment_and_6_1_3_a_trailer_id(string name, PdfConformance level)
    {
        var bytes = File.ReadAllBytes(Write(name, level));
        Assert.That(Encoding.ASCII.GetString(bytes, 0, 9), Is.EqualTo("%PDF-1.7\n"));
        Assert.That(bytes[9], Is.EqualTo((byte)'%'));
        Assert.That(bytes.Skip(10).Take(4).All(b => b > 127), Is.True, "four bytes above 127 mark the file binary");
        using var qpdf = QpdfObjects.Read(Write(name, level));
        var id = qpdf.Trailer.GetProperty("/ID");
        Assert.That(id.GetArrayLength(), Is.EqualTo(2));
        Assert.That(qpdf.Trailer.TryGetProperty("/Encrypt", out _), Is.False);
    }

    [TestCaseSource(nameof(Cases))]
    public void Clause_6_2_3_an_srgb_output_intent_with_an_icc_profile(string name, PdfConformance level)
    {
        using var qpdf = QpdfObjects.Read(Write(name, level), withStreams: true);
        var intents = qpdf.Resolve(qpdf.Catalog.GetProperty("/OutputIntents"));
        Assert.That(intents.GetArrayLength(), Is.EqualTo(1));
        var intent = qpdf.Resolve(intents[0]);
        Assert.That(intent.GetProperty("/S").GetString(), Is.EqualTo("/GTS_PDFA1"));
        var profileReference = intent.GetProperty("/DestOutputProfile");
        Assert.That(qpdf.Resolve(profileReference).GetProperty("/N").GetInt32(), Is.EqualTo(3));
        var profile = qpdf.StreamData(profileReference);
        Assert.That(Encoding.ASCII.GetString(profile, 16, 4), Is.EqualTo("RGB "), "ICC colour space");
        Assert.That(profile[8], Is.LessThanOrEqualTo(4), "ICC major version 4 at most");
    }

    [TestCaseSource(nameof(Cases))]
    public void Clause_6_6_2_xmp_metadata_unfiltered_and_6_6_4_identifying_the_part_and_level(string name, PdfConformance level)
    {
        using var qpdf = QpdfObjects.Read(Write(name, level), withStreams: true);
        var reference = qpdf.Catalog.GetProperty("/Metadata");
        var dictionary = qpdf.Resolve(reference);
        Assert.That(dictionary.TryGetProperty("/Filter", out _), Is.False, "the metadata stream is not compressed");
        Assert.That(dictionary.GetProperty("/Subtype").GetString(), Is.EqualTo("/XML"));
        var xmp = Xmp(qpdf, reference);
        Assert.That(xmp.Descendants(PdfAid + "part").Single().Value, Is.EqualTo("2"));
        Assert.That(xmp.Descendants(PdfAid + "conformance").Single().Value, Is.EqualTo(level switch
        {
            PdfConformance.PdfA2a => "A",
            PdfConformance.PdfA2u => "U",
            _ => "B",
        }));
    }

    [TestCaseSource(nameof(Cases))]
    public void Clause_6_6_2_3_the_info_dictionary_agrees_with_the_xmp(string name, PdfConformance level)
    {
        using var qpdf = QpdfObjects.Read(Write(name, level), withStreams: true);
        var info = qpdf.Resolve(qpdf.Trailer.GetProperty("/Info"));
        var xmp = Xmp(qpdf, qpdf.Catalog.GetProperty("/Metadata"));
        Assert.Multiple(() =>
        {
            Assert.That(Text(info, "/Title"), Is.EqualTo(xmp.Descendants(Dc + "title").SingleOrDefault()?.Value));
            Assert.That(Text(info, "/Author"), Is.EqualTo(xmp.Descendants(Dc + "creator").SingleOrDefault()?.Value));
            Assert.That(Text(info, "/Subject"), Is.EqualTo(xmp.Descendants(Dc + "description").SingleOrDefault()?.Value));
            Assert.That(Text(info, "/Keywords"), Is.EqualTo(xmp.Descendants(PdfNs + "Keywords").SingleOrDefault()?.Value));
            Assert.That(Text(info, "/Producer"), Is.EqualTo(xmp.Descendants(PdfNs + "Producer").Single().Value));
            Assert.That(Text(info, "/Creator"), Is.EqualTo(xmp.Descendants(XmpBasic + "CreatorTool").Single().Value));
            Assert.That(InfoDate(Text(info, "/CreationDate")), Is.EqualTo(XmpDate(xmp.Descendants(XmpBasic + "CreateDate").SingleOrDefault()?.Value)));
            Assert.That(InfoDate(Text(info, "/ModDate")), Is.EqualTo(XmpDate(xmp.Descendants(XmpBasic + "ModifyDate").SingleOrDefault()?.Value)));
        });
    }

    [TestCaseSource(nameof(Cases))]
    public void Clause_6_2_11_7_every_glyph_shown_has_a_unicode_value(string name, PdfConformance level)
    {
        using var qpdf = QpdfObjects.Read(Write(name, level), withStreams: true);
        var pages = qpdf.All().Where(o => o.TryGetProperty("/Type", out var t) && t.GetString() == "/Page").ToList();
        Assert.That(pages, Is.Not.Empty);
        var checkedGlyphs = 0;
        foreach (var page in pages)
        {
            var fonts = page.GetProperty("/Resources").GetProperty("/Font");
            var maps = fonts.EnumerateObject().ToDictionary(f => f.Name, f => UnicodeMap(qpdf, qpdf.Resolve(f.Value).GetProperty("/ToUnicode")));
            var content = Encoding.Latin1.GetString(qpdf.StreamData(page.GetProperty("/Contents")));
            string? font = null;
            foreach (Match token in ContentToken().Matches(content))
            {
                if (token.Groups["font"].Success)
                {
                    font = token.Groups["font"].Value;
                    continue;
                }

                var hex = token.Groups["glyphs"].Value;
                for (var i = 0; i + 4 <= hex.Length; i += 4)
                {
                    var glyph = Convert.ToInt32(hex.Substring(i, 4), 16);
                    Assert.That(maps[font!].TryGetValue(glyph, out var text), Is.True, $"glyph {glyph} of {font} has no ToUnicode entry");
                    Assert.That(text, Is.Not.EqualTo("\0").And.Not.EqualTo("\uFEFF").And.Not.EqualTo("\uFFFE"));
                    checkedGlyphs++;
                }
            }
        }

        Assert.That(checkedGlyphs, Is.GreaterThan(400), "the glyphs of the pages' TJ arrays were read");
    }

    [TestCaseSource(nameof(Cases))]
    public void Clause_6_7_level_a_the_file_is_tagged_with_a_language(string name, PdfConformance level)
    {
        using var qpdf = QpdfObjects.Read(Write(name, level));
        var catalog = qpdf.Catalog;
        Assert.That(catalog.GetProperty("/MarkInfo").GetProperty("/Marked").GetBoolean(), Is.True);
        Assert.That(qpdf.Resolve(catalog.GetProperty("/StructTreeRoot")).GetProperty("/Type").GetString(), Is.EqualTo("/StructTreeRoot"));
        Assert.That(catalog.GetProperty("/Lang").GetString(), Is.EqualTo("u:zh-CN"));
    }

    [Test]
    public void Plain_pdf_declares_no_conformance()
    {
        using var qpdf = QpdfObjects.Read(Write("press-release", PdfConformance.None), withStreams: true);
        Assert.That(qpdf.Catalog.TryGetProperty("/OutputIntents", out _), Is.False);
        Assert.That(Xmp(qpdf, qpdf.Catalog.GetProperty("/Metadata")).Descendants(PdfAid + "part"), Is.Empty);
    }

    private static string Write(string name, PdfConformance level)
    {
        var folder = Path.Combine(TestContext.CurrentContext.TestDirectory, "rendered", "pdfa");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{name}-{level}.pdf");
        lock (typeof(PdfAConformanceTests))
        {
            if (!File.Exists(path))
            {
                BulletinPdf.WriteFile(RenderedSample.Of(name).Layout, path, new PdfOptions { Conformance = level });
            }
        }

        return path;
    }

    private static XDocument Xmp(QpdfObjects qpdf, JsonElement reference)
    {
        var text = Encoding.UTF8.GetString(qpdf.StreamData(reference));
        var start = text.IndexOf("<x:xmpmeta", StringComparison.Ordinal);
        var end = text.IndexOf("</x:xmpmeta>", StringComparison.Ordinal) + "</x:xmpmeta>".Length;
        return XDocument.Parse(text[start..end]);
    }

    /// <summary>A text string as qpdf gives it ("u:…" for Unicode), or <c>null</c> when absent.</summary>
    private static string? Text(JsonElement dictionary, string key) =>
        dictionary.TryGetProperty(key, out var value) ? value.GetString()!["u:".Length..] : null;

    private static DateTimeOffset? InfoDate(string? date) => date is null ? null : DateTimeOffset.ParseExact(
        date.Replace("'", ""), "'D:'yyyyMMddHHmmsszzz".Replace("zzz", "zzzz"), System.Globalization.CultureInfo.InvariantCulture);

    private static DateTimeOffset? XmpDate(string? date) => date is null ? null : DateTimeOffset.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<int, string> UnicodeMap(QpdfObjects qpdf, JsonElement reference)
    {
        var cmap = Encoding.ASCII.GetString(qpdf.StreamData(reference));
        var map = new Dictionary<int, string>();
        foreach (Match entry in BfChar().Matches(cmap))
        {
            var hex = entry.Groups[2].Value;
            var text = new StringBuilder();
            for (var i = 0; i < hex.Length; i += 4)
            {
                text.Append((char)Convert.ToInt32(hex.Substring(i, 4), 16));
            }

            map[Convert.ToInt32(entry.Groups[1].Value, 16)] = text.ToString();
        }

        return map;
    }

    [GeneratedRegex(@"<([0-9A-F]{4})><([0-9A-F]+)>")]
    private static partial Regex BfChar();

    [GeneratedRegex(@"(?<font>/F\d+)\s+[\d.]+\s+Tf|(?<!ActualText)<(?<glyphs>[0-9A-F]+)>")]
    private static partial Regex ContentToken();
}
