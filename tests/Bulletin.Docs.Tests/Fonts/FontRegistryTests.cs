using NUnit.Framework;
using Bulletin.Docs.Fonts;

namespace Bulletin.Docs.Tests.Fonts;

public class FontRegistryTests
{
    private const string DejaVuHint = "apt-get install fonts-dejavu-core fonts-dejavu-extra";

    [Test]
    public void BoldIsSyntheticOnlyWhenTheFamilyHasNoWeightFrom600()
    {
        var registry = new FontRegistry();
        registry.Register(FontTestSupport.VendoredFont("NotoSerifSC_400Regular.ttf"));

        var bold = registry.Resolve("noto serif sc", 700, false);

        Assert.That((bold.Face.Weight, bold.SyntheticBold), Is.EqualTo((400, true)));
        Assert.That(registry.Resolve("Noto Serif SC", 400, false).SyntheticBold, Is.False);
        Assert.That(FontTestSupport.Default.Resolve("Noto Serif SC", 700, false).SyntheticBold, Is.False);
    }

    [TestCase(400, 400)]
    [TestCase(500, 400)] // 400–500: up to 500, then lighter
    [TestCase(300, 200)] // below 400: lighter first
    [TestCase(100, 200)] // nothing lighter: heavier
    [TestCase(600, 700)] // above 500: heavier first
    [TestCase(900, 700)] // nothing heavier: lighter
    public void WeightFollowsCssFontMatching(int asked, int expected)
    {
        FontEntry[] entries = [Entry(200, false), Entry(400, false), Entry(700, false), Entry(400, true)];

        Assert.That(FontMatcher.Closest(entries, asked, italic: false).Info.Weight, Is.EqualTo(expected));
    }

    [Test]
    public void ItalicIsPreferredWhenAskedAndUprightOtherwise()
    {
        FontEntry[] entries = [Entry(400, false), Entry(700, false), Entry(400, true)];

        Assert.That(FontMatcher.Closest(entries, 700, italic: true).Info, Has.Property("Italic").True.And.Property("Weight").EqualTo(400));
        Assert.That(FontMatcher.Closest(entries, 400, italic: false).Info.Italic, Is.False);
        Assert.That(FontMatcher.Closest([Entry(400, true)], 400, italic: false).Info.Italic, Is.True, "the only face is used");
    }

    [Test]
    public void ResolvingAnUnknownFamilyNamesTheRegisteredOnes()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => FontTestSupport.Default.Resolve("SimSun", 400, false));

        Assert.That(error!.Message, Does.Contain("'SimSun' is not registered").And.Contain("Noto Serif SC"));
        Assert.That(FontTestSupport.Default.TryResolve("SimSun", 400, false, out _), Is.False);
    }

    [Test]
    public void CffOutlineFontsAreRefusedWithTheReason()
    {
        var path = FontTestSupport.SystemFont("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "apt-get install fonts-noto-cjk");
        var registry = new FontRegistry();

        var error = Assert.Throws<UnsupportedFontException>(() => registry.Register(path));

        Assert.That(error!.Message, Does.Contain("CFF").And.Contain("TrueType-outline").And.Contain(path));
        Assert.That(registry.Families, Is.Empty, "nothing of a refused collection is registered");
    }

    [Test]
    public void DirectoryRegistrationSkipsCffFontsAndRegistersTheRest()
    {
        var cff = FontTestSupport.SystemFont("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "apt-get install fonts-noto-cjk");
        var dejaVu = FontTestSupport.SystemFont("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", DejaVuHint);
        var directory = Directory.CreateTempSubdirectory("bulletin-fonts-");
        try
        {
            Directory.CreateDirectory(Path.Combine(directory.FullName, "sub"));
            File.CreateSymbolicLink(Path.Combine(directory.FullName, "a.ttc"), cff);
            File.CreateSymbolicLink(Path.Combine(directory.FullName, "sub", "b.ttf"), dejaVu);
            File.WriteAllText(Path.Combine(directory.FullName, "readme.txt"), "not a font");
            var registry = new FontRegistry();

            var report = registry.RegisterDirectory(directory.FullName);

            Assert.That(report.Registered.Select(f => f.Family), Is.EqualTo(new[] { "DejaVu Sans" }));
            Assert.That(report.Skipped, Has.Count.EqualTo(1));
            Assert.That(report.Skipped[0].Reason, Does.Contain("CFF"));
            Assert.That(registry.Resolve("DejaVu Sans", 400, false).Face.Covers('A'), Is.True);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void A_truncated_font_file_is_refused_when_registered_not_when_first_drawn()
    {
        // Its name table fits in the first 5000 bytes, so it used to register, and the first text
        // checked against it threw InvalidDataException from Skia: no BulletinException, exit 4 in the tool.
        var whole = File.ReadAllBytes(FontTestSupport.VendoredFont("NotoSerifSC_400Regular.ttf"));
        var registry = new FontRegistry();

        var refused = Assert.Throws<UnsupportedFontException>(() => registry.Register(whole[..5000]));

        Assert.That(refused!.Message, Does.Contain("past the end"));
        Assert.That(registry.Families, Is.Empty);
    }

    [Test]
    public void BytesAndStreamsRegisterLikeFiles()
    {
        var path = FontTestSupport.SystemFont("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf", DejaVuHint);
        var fromBytes = new FontRegistry();
        var fromStream = new FontRegistry();

        var added = fromBytes.Register(File.ReadAllBytes(path));
        using (var stream = File.OpenRead(path))
            fromStream.Register(stream);

        Assert.That(added, Has.Count.EqualTo(1));
        Assert.That((added[0].Family, added[0].Weight, added[0].Italic), Is.EqualTo(("DejaVu Serif", 400, true)));
        Assert.That(fromStream.Resolve("DejaVu Serif", 400, true).Face.Italic, Is.True);
        Assert.That(fromBytes.Resolve("DejaVu Serif", 400, true).Face.Covers('x'), Is.True);
    }

    [Test]
    public void FacesLoadOnceAndAreSharedBetweenThreads()
    {
        var registry = new FontRegistry();
        DefaultFonts.AddTo(registry);
        var faces = new FontFace[16];

        Parallel.For(0, faces.Length, i => faces[i] = registry.Resolve(DefaultFonts.SerifFamily, 400, false).Face);

        Assert.That(faces.Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public void FallbackPrefersTheRequestedFaceThenFallbackFamilies()
    {
        var dejaVu = FontTestSupport.SystemFont("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", DejaVuHint);
        var registry = DefaultFonts.CreateRegistry();
        registry.Register(dejaVu);
        var latin = registry.Resolve("DejaVu Sans", 400, false).Face;

        Assert.That(registry.FindFaceFor('A', latin), Is.SameAs(latin));
        Assert.That(registry.FindFaceFor('中', latin)!.Family, Is.EqualTo(DefaultFonts.SerifFamily));
        Assert.That(registry.FindFaceFor(0x10FFFD, latin), Is.Null, "private use, plane 16");
    }

    [Test]
    public void MissingCharactersAreReportedWithPathAndOffset()
    {
        var registry = FontTestSupport.Default;

        var missing = registry.FindMissing([("Items[2].Body[0].Inlines[1]", "记者\u200B张秀丽😀摄\n图"), ("Items[3].Headline", "标题")]);

        Assert.That(missing, Has.Count.EqualTo(1));
        Assert.That(missing[0], Is.EqualTo(new MissingCharacter("Items[2].Body[0].Inlines[1]", 6, 0x1F600)));
        Assert.That(new Bulletin.Docs.Validation.ValidationProblem(missing[0].Path, missing[0].Description).ToString(),
            Is.EqualTo("Items[2].Body[0].Inlines[1]: offset 6: U+1F600 😀 is not covered by any registered font"));
        Assert.That(new FontRegistry().FindMissing("p", "中A"), Has.Count.EqualTo(2), "an empty registry covers nothing");
    }

    [Test]
    public void LocalizedFamilyNamesResolveTheSameFace()
    {
        var path = FontTestSupport.VendoredFont("NotoSansSC_400Regular.ttf");
        var registry = new FontRegistry();

        var added = registry.Register(path);

        TestContext.Out.WriteLine(string.Join(" | ", added[0].FamilyNames));
        Assert.That(added[0].FamilyNames, Does.Contain("Noto Sans SC"));
        foreach (var name in added[0].FamilyNames)
            Assert.That(registry.Resolve(name, 400, false).Face, Is.SameAs(registry.Resolve("Noto Sans SC", 400, false).Face));
    }

    private static FontEntry Entry(int weight, bool italic) =>
        new(new FontFileInfo(0, "Test", ["Test"], weight, italic, true, false), new NeverLoaded());

    private sealed class NeverLoaded : FontSource
    {
        public override string Name => "test";

        public override byte[] Read(long offset, int length) => throw new AssertionException("not read");

        public override SkiaSharp.SKData Load() => throw new AssertionException("not loaded");
    }
}
