using System.Text;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Layout.Shaping;
using Bulletin.Docs.Model;
using Bulletin.Docs.Pdf.Fonts;
using Bulletin.Docs.Theme;
using NUnit.Framework;
using SkiaSharp;

namespace Bulletin.Docs.Tests.Fonts;

public class FontSubsetterTests
{
    private const string PopplerHint = "apt-get install poppler-utils";

    // 一二十日月 share glyphs with the Kangxi radicals ⼀⼆⼗⽇⽉ in Noto's cmap (PDF-ENGINE-NOTES).
    private const string Text = "一二十日月，省政府新闻办举行第四十五场新闻发布会。Taiyuan 2024";

    [Test]
    public void SubsetOfTheSeedTextIsSmallKeepsGlyphIdsAndLoadsInSkia()
    {
        var face = FontTestSupport.Default.Resolve(DefaultFonts.SerifFamily, 400, false).Face;
        var seed = FontTestSupport.SeedText;
        using var shaper = new TextShaper(FontTestSupport.Default);
        var runs = shaper.Shape(seed, 0, seed.Length, DefaultFonts.SerifFamily, 400, false, 10);
        var glyphIds = runs.SelectMany(r => r.Glyphs).Select(g => g.GlyphId).ToHashSet();
        var cmap = DrawnCmap(seed, runs.Where(r => r.Face == face));

        var subset = FontSubsetter.Subset(face, glyphIds, cmap);
        TestContext.Out.WriteLine($"subset of {cmap.Count} characters / {glyphIds.Count} glyphs: {subset.Length / 1024.0:F0} KB");

        Assert.That(subset.Length, Is.LessThan(1024 * 1024));
        using var typeface = SKTypeface.FromData(SKData.CreateCopy(subset));
        Assert.That(typeface, Is.Not.Null);
        using var font = new SKFont(typeface);
        foreach (var run in runs.Take(3))
            foreach (var glyph in run.Glyphs.Take(50))
            {
                var cp = char.ConvertToUtf32(seed, glyph.Cluster);
                if (char.IsControl(seed[glyph.Cluster])) continue;
                Assert.That(font.GetGlyph(cp), Is.EqualTo(glyph.GlyphId), $"U+{cp:X4} maps to the glyph drawn for it");
            }
        Assert.That(font.GetGlyph(0x2F17), Is.Zero, "the Kangxi radical ⼗ is not mapped by the subset");
    }

    [Test]
    public void PdfDrawnWithTheSubsetExtractsTheTextAndEmbedsCidTrueTypeFonts()
    {
        var pdf = DrawPdf(Text);
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "subset-test.pdf");
        File.WriteAllBytes(path, pdf);

        var fonts = FontTestSupport.RunTool("pdffonts", PopplerHint, path);
        var extracted = FontTestSupport.RunTool("pdftotext", PopplerHint, "-enc", "UTF-8", path, "-");
        TestContext.Out.WriteLine($"{pdf.Length / 1024.0:F0} KB PDF{Environment.NewLine}{fonts}{extracted}");

        Assert.That(fonts, Does.Not.Contain("Type 3"));
        Assert.That(fonts, Does.Contain("CID TrueType"));
        Assert.That(fonts.Split('\n').Where(l => l.Contains("CID TrueType")), Is.All.Contains(" yes "), "embedded");
        Assert.That(extracted, Does.Contain(Text));
        Assert.That(extracted.EnumerateRunes().Where(r => r.Value is >= 0x2F00 and <= 0x2FDF), Is.Empty, "no Kangxi radicals");
        Assert.That(pdf.Length, Is.LessThan(200 * 1024));
    }

    [Test]
    public void TheZhHansDashMapsBackToTheEmDashNotTheHorizontalBar()
    {
        const string dashes = "——西山煤电";
        var face = FontTestSupport.Default.Resolve(DefaultFonts.SerifFamily, 400, false).Face;
        using var shaper = new TextShaper(FontTestSupport.Default);
        var runs = shaper.Shape(dashes, 0, dashes.Length, DefaultFonts.SerifFamily, 400, false, 10);
        var drawnDash = runs[0].Glyphs[0].GlyphId;

        var subset = FontSubsetter.Subset(face, runs.SelectMany(r => r.Glyphs).Select(g => g.GlyphId).ToHashSet(), DrawnCmap(dashes, runs));

        using var typeface = SKTypeface.FromData(SKData.CreateCopy(subset));
        using var font = new SKFont(typeface);
        Assert.That(font.GetGlyph(0x2014), Is.EqualTo(drawnDash));
        Assert.That(font.GetGlyph(0x2015), Is.Zero, "U+2015 shares the full-width dash glyph in Noto SC but was not drawn");
    }

    /// <summary>Each character shaped as one glyph, mapped to that glyph (what the PDF painter gives the subsetter).</summary>
    private static Dictionary<int, ushort> DrawnCmap(string text, IEnumerable<ShapedRun> runs)
    {
        var cmap = new Dictionary<int, ushort>();
        foreach (var run in runs)
        {
            var byCluster = run.Glyphs.GroupBy(g => g.Cluster).Where(g => g.Count() == 1);
            foreach (var cluster in byCluster)
            {
                var rune = Rune.GetRuneAt(text, cluster.Key);
                cmap.TryAdd(rune.Value, cluster.Single().GlyphId);
            }
        }

        return cmap;
    }

    /// <summary>A one-paragraph press release of <paramref name="text"/>, written by our PDF writer.</summary>
    private static byte[] DrawPdf(string text)
    {
        var document = new BulletinDocument { Items = [new Article { Headline = "字", Body = [text] }] };
        return BulletinPdf.ToBytes(document, new BulletinOptions { Theme = BulletinThemes.PressRelease, Fonts = FontTestSupport.Default });
    }
}
