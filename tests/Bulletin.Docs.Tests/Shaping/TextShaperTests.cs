using Bulletin.Docs.Fonts;
using Bulletin.Docs.Layout.Shaping;
using Bulletin.Docs.Tests.Fonts;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Shaping;

public class TextShaperTests
{
    [Test]
    public void RunsSplitByScriptWithPunctuationJoiningItsNeighbour()
    {
        using var shaper = new TextShaper(FontTestSupport.Default);
        const string text = "共3页，PDF文件。";

        var runs = shaper.Shape(text, 0, text.Length, DefaultFonts.SerifFamily, 400, false, 10);

        // ， (Common) takes the preceding script.
        Assert.That(runs.Select(r => (r.Script, text.Substring(r.Start, r.Length))),
            Is.EqualTo(new[] { ("Hani", "共3页，"), ("Latn", "PDF"), ("Hani", "文件。") }));
    }

    [Test]
    public void Quotes_in_Chinese_text_are_full_width_and_join_the_Han_run_even_around_a_Latin_word()
    {
        using var shaper = new TextShaper(FontTestSupport.Default);
        const string text = "“PDF”文件";

        var runs = shaper.Shape(text, 0, text.Length, DefaultFonts.SerifFamily, 400, false, 10);

        // The pair agrees: ” touches 文, so “ is Chinese too (docs/typography.md §2, §7).
        Assert.That(runs.Select(r => (r.Script, text.Substring(r.Start, r.Length))),
            Is.EqualTo(new[] { ("Hani", "“"), ("Latn", "PDF"), ("Hani", "”文件") }));
        Assert.That(runs[0].Glyphs[0].Advance, Is.EqualTo(10f).Within(0.001f));
        Assert.That(runs[2].Glyphs[0].Advance, Is.EqualTo(10f).Within(0.001f));
    }

    [Test]
    public void Ambiguous_marks_are_full_width_in_Chinese_and_proportional_in_Latin_text()
    {
        using var shaper = new TextShaper(FontTestSupport.Default);
        const string chinese = "的“第一实验室”，‘甲’——乙……丙";
        const string latin = "He said “don’t” — ‘or’… not";

        var han = Glyphs(shaper, chinese);
        var western = Glyphs(shaper, latin);

        foreach (char mark in "“”‘’—…")
        {
            var h = han[chinese.IndexOf(mark)];
            var w = western[latin.IndexOf(mark)];
            // —— comes as one 2 em ligature glyph.
            Assert.That(h.Advance, Is.EqualTo(mark == '—' ? 20f : 10f).Within(0.001f), $"{mark} in Chinese text is 1 em");
            Assert.That(w.GlyphId, Is.Not.EqualTo(h.GlyphId), $"{mark} in Latin text is another glyph");
            Assert.That(w.Advance, Is.LessThan(9.5f), $"{mark} in Latin text is proportional");
        }

        Assert.That(western[latin.IndexOf('’')].Advance, Is.LessThan(5f), "the apostrophe of don’t stays narrow");
    }

    [Test]
    public void Full_width_opening_quote_has_its_ink_in_the_right_half_and_closing_in_the_left()
    {
        using var shaper = new TextShaper(FontTestSupport.Default);
        const string text = "的“第一实验室”，";
        var runs = shaper.Shape(text, 0, text.Length, DefaultFonts.SerifFamily, 400, false, 10);
        var face = runs.Single().Face.HarfBuzzFont;
        var glyphs = runs.Single().Glyphs;

        Assert.That(face.TryGetGlyphExtents(glyphs[1].GlyphId, out var opening), Is.True);
        Assert.That(face.TryGetGlyphExtents(glyphs[7].GlyphId, out var closing), Is.True);
        int em = runs[0].Face.UnitsPerEm;
        Assert.That(opening.XBearing, Is.GreaterThanOrEqualTo(em / 2), "“ sits at the right of its em box");
        Assert.That(closing.XBearing + closing.Width, Is.LessThanOrEqualTo(em / 2), "” sits at the left");
    }

    private static Dictionary<int, ShapedGlyph> Glyphs(TextShaper shaper, string text) =>
        shaper.Shape(text, 0, text.Length, DefaultFonts.SerifFamily, 400, false, 10).SelectMany(r => r.Glyphs).ToDictionary(g => g.Cluster);

    [Test]
    public void ClustersAreUtf16IndicesIntoTheOriginalString()
    {
        using var shaper = new TextShaper(FontTestSupport.Default);
        const string text = "前言：𠀀中e\u0301文";

        var runs = shaper.Shape(text, 3, text.Length - 3, DefaultFonts.SerifFamily, 400, false, 12);

        var clusters = runs.SelectMany(r => r.Glyphs).Select(g => g.Cluster).Distinct().ToArray();
        Assert.That(clusters, Is.EqualTo(new[] { 3, 5, 6, 8 }), "𠀀 is a surrogate pair, e + U+0301 one grapheme");
        Assert.That(runs[0].Start, Is.EqualTo(3));
        Assert.That(runs.Sum(r => r.Length), Is.EqualTo(text.Length - 3));
    }

    [Test]
    public void IdeographsAdvanceOneEmInPoints()
    {
        using var shaper = new TextShaper(FontTestSupport.Default);

        var run = shaper.Shape("中文排版", 0, 4, DefaultFonts.SansFamily, 700, false, 10.5f).Single();

        Assert.That(run.Glyphs.Select(g => g.Advance), Is.All.EqualTo(10.5f).Within(0.001f));
        Assert.That((run.Face.Family, run.Face.Weight, run.SyntheticBold), Is.EqualTo((DefaultFonts.SansFamily, 700, false)));
        Assert.That(run.Glyphs.Select(g => g.GlyphId), Is.All.Not.Zero);
    }

    [Test]
    public void CharactersTheFontLacksFallBackPerCharacter()
    {
        var dejaVu = FontTestSupport.SystemFont("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "apt-get install fonts-dejavu-core");
        var registry = DefaultFonts.CreateRegistry();
        registry.Register(dejaVu);
        registry.Register(FontTestSupport.SystemFont("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "apt-get install fonts-dejavu-core"));
        using var shaper = new TextShaper(registry);
        const string text = "Bold 粗体 text";

        var runs = shaper.Shape(text, 0, text.Length, "DejaVu Sans", 700, false, 10);

        Assert.That(runs.Select(r => (text.Substring(r.Start, r.Length), r.Face.Family, r.Face.Weight, r.SyntheticBold)), Is.EqualTo(new[]
        {
            ("Bold ", "DejaVu Sans", 700, false),
            ("粗体", DefaultFonts.SerifFamily, 700, false), // fallback at the weight asked, not the preferred face's
            (" ", "DejaVu Sans", 700, false), // the space takes the preceding script (Han), so a run of its own
            ("text", "DejaVu Sans", 700, false),
        }));
    }

    [Test]
    public void UncoveredCharactersStayInThePreferredFaceAsNotdef()
    {
        using var shaper = new TextShaper(FontTestSupport.Default);

        var runs = shaper.Shape("图\U0010FFFD", 0, 3, DefaultFonts.SerifFamily, 400, false, 10);

        Assert.That(runs, Has.Count.EqualTo(1));
        Assert.That(runs[0].Glyphs[^1].GlyphId, Is.Zero);
    }
}
