using NUnit.Framework;
using Bulletin.Docs.Fonts;

namespace Bulletin.Docs.Tests.Fonts;

public class DefaultFontsTests
{
    [Test]
    public void RegistryHasSerifAndSansInRegularAndBold()
    {
        var registry = FontTestSupport.Default;

        Assert.That(registry.Families, Is.EquivalentTo(new[] { DefaultFonts.SerifFamily, DefaultFonts.SansFamily, DefaultFonts.KaiFamily }));
        Assert.That(registry.FallbackFamilies, Is.EqualTo(new[] { DefaultFonts.SerifFamily, DefaultFonts.SansFamily }));
        foreach (var family in new[] { DefaultFonts.SerifFamily, DefaultFonts.SansFamily })
        {
            var regular = registry.Resolve(family, 400, false);
            var bold = registry.Resolve(family, 700, false);
            Assert.That((regular.Face.Family, regular.Face.Weight, regular.SyntheticBold), Is.EqualTo((family, 400, false)));
            Assert.That((bold.Face.Family, bold.Face.Weight, bold.SyntheticBold), Is.EqualTo((family, 700, false)));
        }
    }

    [Test]
    public void KaiFaceIsRegularWithTrueTypeOutlinesAndAnswersToItsChineseName()
    {
        var registry = FontTestSupport.Default;

        var regular = registry.Resolve("霞鹜文楷", 400, false);
        var bold = registry.Resolve(DefaultFonts.KaiFamily, 700, false);

        Assert.That((regular.Face.Family, regular.Face.Weight), Is.EqualTo((DefaultFonts.KaiFamily, 400)));
        Assert.That(bold.SyntheticBold, Is.True, "only the regular face ships; bold is drawn emboldened");
        Assert.That("楷体，。“”A1".EnumerateRunes().All(r => regular.Face.Covers(r.Value)), Is.True);
    }

    [Test]
    public void EmbeddedFacesCoverChineseAndLatinAndHaveCjkMetrics()
    {
        var face = FontTestSupport.Default.Resolve(DefaultFonts.SerifFamily, 400, false).Face;

        Assert.That("中文，。“”A1".EnumerateRunes().All(r => face.Covers(r.Value)), Is.True);
        Assert.That(face.Covers(0x1F600), Is.False, "no emoji in Noto Serif SC");
        Assert.That(face.CoveredCodePointCount, Is.GreaterThan(30_000));
        Assert.That(face.IdeographicAdvanceEm, Is.EqualTo(1f));
        Assert.That(face.AscentEm, Is.InRange(0.8f, 1.3f));
        Assert.That(face.DescentEm, Is.InRange(0.1f, 0.5f));
    }

    [Test]
    public void FirstUseLoadsTheWholeFaceFromTheManifestResource()
    {
        var registry = new FontRegistry();
        DefaultFonts.AddTo(registry);

        var face = registry.Resolve(DefaultFonts.SansFamily, 700, false).Face;

        Assert.That(face.Typeface.GlyphCount, Is.GreaterThan(30_000));
    }
}
