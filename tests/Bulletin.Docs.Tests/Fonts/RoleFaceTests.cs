using Bulletin.Docs.Fonts;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Theme;
using NUnit.Framework;
using SampleCatalog = Bulletin.Docs.Samples.Samples;

namespace Bulletin.Docs.Tests.Fonts;

/// <summary>
/// The PDF sets each role in the face the Word file names when that face (or an alias of it) is
/// registered, and reports the stand-ins it uses otherwise.
/// </summary>
[TestFixture]
public sealed class RoleFaceTests
{
    private static readonly Lazy<byte[]> FangSong = new(() =>
        RenamedFont.Create(FontTestSupport.VendoredFont("NotoSansSC_400Regular.ttf"), "FangSong", "仿宋"));

    private static readonly Lazy<byte[]> XiaoBiaoSong = new(() =>
        RenamedFont.Create(FontTestSupport.VendoredFont("NotoSansSC_700Bold.ttf"), "FZXiaoBiaoSong-B05S", "方正小标宋简体"));

    [Test]
    public void Without_the_faces_the_report_lists_stand_ins_for_fangsong_and_xiaobiaosong()
    {
        var layout = LayOutWorkBulletin(FontTestSupport.Default);

        var body = layout.Faces.Single(face => face.Role == TextRole.Body);
        var headline = layout.Faces.Single(face => face.Role == TextRole.Headline);
        Assert.That(body, Is.EqualTo(new RoleFace(TextRole.Body, "仿宋_GB2312", "Noto Serif SC", IsStandIn: true)));
        Assert.That(headline, Is.EqualTo(new RoleFace(TextRole.Headline, "方正小标宋简体", "Noto Serif SC", IsStandIn: true)));
        Assert.That(layout.Faces.Select(face => face.Role), Is.EquivalentTo(BulletinThemes.WorkBulletin.Styles.Keys));
    }

    [Test]
    public void The_engine_gives_the_same_report_before_laying_out()
    {
        var options = new BulletinOptions { Theme = BulletinThemes.WorkBulletin, Fonts = FontTestSupport.Default };

        Assert.That(BulletinLayoutEngine.Faces(options), Is.EqualTo(LayOutWorkBulletin(FontTestSupport.Default).Faces));
    }

    [Test]
    public void Kai_roles_are_set_in_the_bundled_kai_face()
    {
        var layout = LayOutWorkBulletin(FontTestSupport.Default);

        foreach (var role in new[] { TextRole.Quote, TextRole.Note, TextRole.Caption, TextRole.Byline, TextRole.TrailingByline })
            Assert.That(layout.Faces.Single(face => face.Role == role).FaceUsed, Is.EqualTo(DefaultFonts.KaiFamily), role.ToString());
        var kaiLines = Lines(layout).Where(line => line.Runs.Any(run => run.Font.Family == DefaultFonts.KaiFamily)).ToList();
        Assert.That(kaiLines, Is.Not.Empty, "the 简报 prints its trailing bylines and quotes in 楷");
    }

    [Test]
    public void A_font_registered_under_the_word_family_name_is_used_instead_of_the_stand_in()
    {
        var fonts = DefaultFonts.CreateRegistry();
        fonts.Register(FangSong.Value);
        fonts.Register(XiaoBiaoSong.Value);

        var layout = LayOutWorkBulletin(fonts);

        Assert.That(layout.Faces.Single(face => face.Role == TextRole.Body), Is.EqualTo(new RoleFace(TextRole.Body, "仿宋_GB2312", "FangSong", IsStandIn: false)));
        Assert.That(layout.Faces.Single(face => face.Role == TextRole.Headline).FaceUsed, Is.EqualTo("FZXiaoBiaoSong-B05S"));
        var body = SampleCatalog.All.Single(s => s.Name == "work-bulletin").Document.Items.OfType<Model.Article>().First().Body.OfType<Model.Paragraph>().First();
        var firstWords = string.Concat(body.Inlines.OfType<Model.Text>().Select(t => t.Value))[..6];
        var bodyLine = Lines(layout).First(line => line.Text.Contains(firstWords, StringComparison.Ordinal));
        Assert.That(bodyLine.Runs.Select(run => run.Font.Family).Distinct(), Is.EqualTo(new[] { "FangSong" }), "the 简报 body prints in 仿宋 (GB/T 9704 §5.2.2)");
    }

    [Test]
    public void System_font_scan_registers_only_files_that_carry_a_wanted_family_name()
    {
        var folder = Directory.CreateTempSubdirectory("bulletin-fonts-");
        try
        {
            var nested = Directory.CreateDirectory(Path.Combine(folder.FullName, "truetype", "chinese"));
            File.WriteAllBytes(Path.Combine(nested.FullName, "fangsong.ttf"), FangSong.Value);
            File.Copy(FontTestSupport.VendoredFont("NotoSansSC_700Bold.ttf"), Path.Combine(folder.FullName, "other.ttf"));
            File.WriteAllText(Path.Combine(folder.FullName, "broken.ttf"), "not a font");
            var fonts = new FontRegistry();

            var report = fonts.RegisterFamiliesFrom(WordFontNames.AllKnownNames, [folder.FullName]);

            Assert.That(report.Registered.Select(face => face.Family), Is.EqualTo(new[] { "FangSong" }));
            Assert.That(report.Skipped, Is.Empty);
            Assert.That(fonts.FirstRegistered(WordFontNames.Candidates("仿宋_GB2312")), Is.EqualTo("仿宋"));
            Assert.That(fonts.HasFamily("Noto Sans SC"), Is.False);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void Word_family_names_try_the_name_itself_then_its_aliases()
    {
        Assert.That(WordFontNames.Candidates("仿宋_GB2312"), Is.EqualTo(new[] { "仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "华文仿宋" }));
        Assert.That(WordFontNames.Candidates("KaiTi")[0], Is.EqualTo("KaiTi"));
        Assert.That(WordFontNames.Candidates("KaiTi"), Does.Contain("楷体"));
        Assert.That(WordFontNames.Candidates("Some Face"), Is.EqualTo(new[] { "Some Face" }));
    }

    private static LaidOutDocument LayOutWorkBulletin(FontRegistry fonts)
    {
        var sample = SampleCatalog.All.Single(s => s.Name == "work-bulletin");
        return BulletinLayoutEngine.Layout(sample.Document, sample.Options with { Fonts = fonts });
    }

    private static IEnumerable<LaidOutLine> Lines(LaidOutDocument layout) =>
        layout.Pages.SelectMany(page => page.Elements.OfType<TextLineElement>()).Select(element => element.Line);
}
