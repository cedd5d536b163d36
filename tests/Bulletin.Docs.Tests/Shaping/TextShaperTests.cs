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
        const string text = "“PDF”文件，共3页。";

        var runs = shaper.Shape(text, 0, text.Length, DefaultFonts.SerifFamily, 400, false, 10);

        // “ at the start takes the following script; ” and ， take the preceding one.
        Assert.That(runs.Select(r => (r.Script, text.Substring(r.Start, r.Length))),
            Is.EqualTo(new[] { ("Latn", "“PDF”"), ("Hani", "文件，共3页。") }));
    }

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
