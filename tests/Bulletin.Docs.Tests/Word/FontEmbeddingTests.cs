using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Samples;
using Bulletin.Docs.Tests.Fonts;
using Bulletin.Docs.Tests.Samples;
using Bulletin.Docs.Tests.Support;
using Bulletin.Docs.Word;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using NUnit.Framework;
using SampleCatalog = Bulletin.Docs.Samples.Samples;

namespace Bulletin.Docs.Tests.Word;

/// <summary>
/// <see cref="WordOptions.EmbedFonts"/>: the PDF's faces go into the .docx as obfuscated subset
/// parts (ECMA-376 Part 1 §17.8.1) that the font table names, LibreOffice draws with them on a
/// machine without them, and with the option off nothing changes.
/// </summary>
[TestFixture]
public sealed partial class FontEmbeddingTests
{
    private static readonly XNamespace Rels = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string FontRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font";
    private const string ObfuscatedFont = "application/vnd.openxmlformats-officedocument.obfuscatedFont";

    private static readonly ConcurrentDictionary<string, Lazy<byte[]>> Embedded = new(StringComparer.Ordinal);

    private static IEnumerable<string> SampleNames() => SampleCatalog.All.Select(sample => sample.Name);

    private static Sample SampleNamed(string name) => SampleCatalog.All.Single(sample => sample.Name == name);

    private static BulletinOptions EmbeddingOptions(Sample sample, FontRegistry? fonts = null) =>
        sample.Options with { Fonts = fonts ?? FontTestSupport.Default, Word = new WordOptions { EmbedFonts = true } };

    /// <summary>The sample's .docx with the faces embedded, written once per test run.</summary>
    private static byte[] EmbeddedDocx(string name) =>
        Embedded.GetOrAdd(name, key => new Lazy<byte[]>(() => BulletinDocx.ToBytes(SampleNamed(key).Document, EmbeddingOptions(SampleNamed(key))))).Value;

    [TestCaseSource(nameof(SampleNames))]
    public void Every_embedded_face_is_an_obfuscated_part_the_font_table_relates_with_a_key(string name)
    {
        var package = DocxTestPackage.Of(SampleNamed(name).Document, EmbeddingOptions(SampleNamed(name)));
        var relationships = package.Xml("word/_rels/fontTable.xml.rels").Root!.Elements(Rels + "Relationship")
            .ToDictionary(relationship => (string)relationship.Attribute("Id")!, relationship => relationship);
        var overrides = package.Xml("[Content_Types].xml").Root!.Elements(ContentTypes + "Override")
            .ToDictionary(entry => (string)entry.Attribute("PartName")!, entry => (string)entry.Attribute("ContentType")!);
        var embeds = EmbedElements(package).ToList();

        Assert.That(embeds, Is.Not.Empty);
        foreach (var (fontName, embed) in embeds)
        {
            var id = (string)embed.Attribute(DocxTestPackage.R + "id")!;
            var key = (string)embed.Attribute(DocxTestPackage.W + "fontKey")!;
            Assert.That(relationships, Does.ContainKey(id), $"{fontName}: r:id {id} is a relationship of the font table");
            var relationship = relationships[id];
            var target = (string)relationship.Attribute("Target")!;
            Assert.Multiple(() =>
            {
                Assert.That((string)relationship.Attribute("Type")!, Is.EqualTo(FontRelationship), fontName);
                Assert.That(package.Has("word/" + target), Is.True, $"{fontName}: the part {target} exists");
                Assert.That(overrides.GetValueOrDefault("/word/" + target), Is.EqualTo(ObfuscatedFont), $"{fontName}: content type of {target}");
                Assert.That(key, Does.Match(FontKeyPattern()), fontName);
                Assert.That((string?)embed.Attribute(DocxTestPackage.W + "subsetted"), Is.EqualTo("1"), fontName);
            });
        }

        var fontParts = package.EntryNames.Where(entry => entry.StartsWith("word/fonts/", StringComparison.Ordinal)).ToList();
        var targets = relationships.Values.Select(relationship => "word/" + (string)relationship.Attribute("Target")!).Distinct();
        Assert.That(fontParts, Is.EquivalentTo(targets), "every font part is related, once per face");
    }

    [TestCaseSource(nameof(SampleNames))]
    public void The_settings_ask_for_embedded_subset_fonts_in_schema_order(string name)
    {
        var package = DocxTestPackage.Of(SampleNamed(name).Document, EmbeddingOptions(SampleNamed(name)));

        var children = package.Xml("word/settings.xml").Root!.Elements().Select(element => element.Name.LocalName).ToList();

        Assert.That(children.Take(4), Is.EqualTo(new[] { "zoom", "embedTrueTypeFonts", "saveSubsetFonts", "defaultTabStop" }));
    }

    [TestCaseSource(nameof(SampleNames))]
    public void The_package_with_embedded_fonts_validates(string name)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(EmbeddedDocx(name)), isEditable: false);
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document)
            .Select(error => $"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}")
            .ToList();

        Assert.That(errors, Is.Empty, string.Join(Environment.NewLine, errors));
        var fontTable = document.MainDocumentPart!.FontTablePart!;
        Assert.That(fontTable.FontParts.Select(part => part.ContentType).Distinct(), Is.EqualTo(new[] { ObfuscatedFont }));
    }

    [TestCaseSource(nameof(SampleNames))]
    public void Each_part_deobfuscated_with_its_key_is_a_font_that_covers_what_the_pdf_draws_with_its_face(string name)
    {
        var sample = SampleNamed(name);
        var options = EmbeddingOptions(sample);
        var package = DocxTestPackage.Of(sample.Document, options);
        var layout = BulletinLayoutEngine.Layout(sample.Document, options);
        var plan = DocxFontEmbedding.Plan(sample.Theme, FontTestSupport.Default);
        var runs = layout.Pages.SelectMany(page => page.Elements).OfType<TextLineElement>().SelectMany(line => line.Line.Runs).ToList();
        var facesByName = new Dictionary<string, List<FontFace>>(StringComparer.Ordinal);

        foreach (var (fontName, embed) in EmbedElements(package))
        {
            var style = Enum.Parse<EmbeddedFontStyle>(embed.Name.LocalName["embed".Length..]);
            var planned = plan.Single(face => face.WordName == fontName && face.Style == style);
            var stored = PartBytes(package, embed);
            var font = FontObfuscation.Apply(stored, (string)embed.Attribute(DocxTestPackage.W + "fontKey")!);

            Assert.That(BinaryPrimitives.ReadUInt32BigEndian(font), Is.EqualTo(0x00010000u), $"{fontName}: a TrueType sfnt once de-obfuscated");
            Assert.That(stored.AsSpan(0, 32).SequenceEqual(font.AsSpan(0, 32)), Is.False, $"{fontName}: the stored part is obfuscated");
            Assert.That(stored.AsSpan(32).SequenceEqual(font.AsSpan(32)), Is.True, $"{fontName}: only the first 32 bytes change");
            var registry = new FontRegistry();
            var registered = registry.Register(font).Single();
            var embedded = registry.Resolve(registered.Family, registered.Weight, registered.Italic).Face;

            facesByName.TryAdd(fontName, []);
            facesByName[fontName].Add(embedded);
            var drawn = runs.Where(run => run.Font.ToString() == planned.Face)
                .SelectMany(run => run.Text.EnumerateRunes().Where(rune => run.Font.Covers(rune.Value)))
                .Select(rune => rune.Value).ToHashSet();
            Assert.That(drawn, Is.Not.Empty, $"{fontName}: the PDF draws with {planned.Face}");
            var missing = drawn.Where(character => !embedded.Covers(character)).Select(character => char.ConvertFromUtf32(character)).ToList();
            Assert.That(missing, Is.Empty, $"{fontName} ({planned.Face}): characters the subset lacks");
            Assert.That(embedded.CoveredCodePointCount, Is.LessThan(drawn.Count + 200), $"{fontName}: a subset, not the whole face");
            TestContext.Out.WriteLine($"{fontName} {style}: {planned.Face}, {drawn.Count} characters, {stored.Length / 1024.0:F0} KB");
        }

        // A bold run under a name whose family the PDF draws bold is drawn by Word from the name's
        // faces too: whatever the PDF draws in the family, some face of the name must hold.
        foreach (var (fontName, faces) in facesByName)
        {
            var family = faces[0].Family;
            Assert.That(runs.Any(run => run.Font.Family == family), Is.True, $"{fontName}: the PDF draws in {family}, the embedded subset's own family");
            var missing = runs.Where(run => run.Font.Family == family)
                .SelectMany(run => run.Text.EnumerateRunes().Where(rune => run.Font.Covers(rune.Value)))
                .Where(rune => !faces.Any(face => face.Covers(rune.Value)))
                .Select(rune => rune.ToString()).Distinct().ToList();
            Assert.That(missing, Is.Empty, $"{fontName}: characters the PDF draws in {family} that no embedded face of the name holds");
        }
    }

    [TestCaseSource(nameof(SampleNames))]
    public void With_the_option_off_the_file_is_the_one_written_without_word_options(string name)
    {
        var sample = SampleNamed(name);
        var options = sample.Options with { Fonts = FontTestSupport.Default };

        var without = BulletinDocx.ToBytes(sample.Document, options);
        var off = BulletinDocx.ToBytes(sample.Document, options with { Word = new WordOptions { EmbedFonts = false } });

        Assert.That(off, Is.EqualTo(without));
        var package = DocxTestPackage.Of(sample.Document, options);
        Assert.That(package.EntryNames, Has.None.StartsWith("word/fonts/"));
        Assert.That(package.Has("word/_rels/fontTable.xml.rels"), Is.False);
        Assert.That(package.Text("word/settings.xml"), Does.Not.Contain("embedTrueTypeFonts").And.Not.Contain("saveSubsetFonts"));
    }

    [TestCaseSource(nameof(SampleNames))]
    public void Two_writes_with_embedded_fonts_give_identical_bytes(string name)
    {
        var sample = SampleNamed(name);

        var first = EmbeddedDocx(name);
        var second = BulletinDocx.ToBytes(sample.Document, EmbeddingOptions(sample, DefaultFonts.CreateRegistry()));

        Assert.That(second, Is.EqualTo(first), "a fresh registry, the same bytes");
    }

    [Test]
    public void The_font_key_is_the_fonts_hash_as_a_version_8_guid_and_obfuscating_twice_restores_the_font()
    {
        var font = File.ReadAllBytes(FontTestSupport.VendoredFont("NotoSansSC_400Regular.ttf")).AsSpan(0, 4096).ToArray();

        var key = FontObfuscation.KeyFor(font);
        var obfuscated = FontObfuscation.Apply(font, key);

        Assert.Multiple(() =>
        {
            Assert.That(key, Does.Match(FontKeyPattern()));
            Assert.That(key[15], Is.EqualTo('8'), "version nibble");
            Assert.That(FontObfuscation.KeyFor(font), Is.EqualTo(key), "same bytes, same key");
            Assert.That(FontObfuscation.KeyFor(font.AsSpan(1)), Is.Not.EqualTo(key));
            Assert.That(FontObfuscation.Apply(obfuscated, key), Is.EqualTo(font));
        });
    }

    [Test]
    public void Obfuscation_xors_the_first_32_bytes_with_the_key_read_backwards()
    {
        // ECMA-376 Part 1 §17.8.1: the GUID's bytes, in the order its hex digits are written, reversed.
        const string Key = "{00112233-4455-6677-8899-AABBCCDDEEFF}";
        var font = new byte[40];

        var obfuscated = FontObfuscation.Apply(font, Key);

        Assert.That(obfuscated[0], Is.EqualTo(0xFF));
        Assert.That(obfuscated[15], Is.EqualTo(0x00));
        Assert.That(obfuscated[16], Is.EqualTo(0xFF));
        Assert.That(obfuscated[31], Is.EqualTo(0x00));
        Assert.That(obfuscated[32..], Is.All.EqualTo(0));
        Assert.Throws<ArgumentException>(() => FontObfuscation.Apply(font, "00112233-4455-6677-8899-AABBCCDDEEFF"));
        Assert.Throws<ArgumentException>(() => FontObfuscation.Apply(new byte[31], Key));
    }

    [TestCase((ushort)0x0000, null)]
    [TestCase((ushort)0x0008, null)]
    [TestCase((ushort)0x000C, null)]
    [TestCase((ushort)0x0002, "forbids embedding")]
    [TestCase((ushort)0x0004, "print-and-preview")]
    [TestCase((ushort)0x0006, "print-and-preview")]
    [TestCase((ushort)0x0108, "forbids subsetting")]
    [TestCase((ushort)0x0200, "bitmap")]
    public void The_os2_embedding_bits_decide_whether_a_face_may_be_embedded(ushort fsType, string? refusal)
    {
        var reason = FontEmbedding.Refusal(fsType);

        if (refusal is null)
            Assert.That(reason, Is.Null);
        else
            Assert.That(reason, Does.Contain(refusal).And.Contain($"0x{fsType:X4}"));
    }

    [Test]
    public void A_face_whose_licence_forbids_editable_embedding_is_skipped_and_said_so()
    {
        // A licensed 仿宋 as such files often come: print-and-preview embedding only.
        var fangSong = WithFsType(RenamedFont.Create(FontTestSupport.VendoredFont("NotoSansSC_400Regular.ttf"), "FangSong", "仿宋"), 0x0004);
        var fonts = DefaultFonts.CreateRegistry();
        fonts.Register(fangSong);
        var sample = SampleNamed("work-bulletin");

        var plan = DocxFontEmbedding.Plan(sample.Theme, fonts);
        var package = DocxTestPackage.Of(sample.Document, EmbeddingOptions(sample, fonts));

        var fangSongPlan = plan.Single(face => face.WordName == "仿宋_GB2312");
        Assert.That(fangSongPlan.IsEmbedded, Is.False);
        Assert.That(fangSongPlan.Face, Does.StartWith("FangSong"));
        Assert.That(fangSongPlan.SkippedBecause, Does.Contain("print-and-preview"));
        Assert.That(fangSongPlan.ToString(), Does.Contain("not embedded"));
        var embeddedNames = EmbedElements(package).Select(embed => embed.FontName).ToList();
        Assert.That(embeddedNames, Does.Not.Contain("仿宋_GB2312"));
        Assert.That(embeddedNames, Does.Contain("楷体"), "the other faces are still embedded");
    }

    [Test]
    public void The_plan_names_every_east_asian_font_of_the_theme_and_embeds_the_open_faces()
    {
        var theme = SampleNamed("work-bulletin").Theme;

        var plan = DocxFontEmbedding.Plan(theme, FontTestSupport.Default);

        var names = theme.Styles.Values.Select(style => style.Font.WordEastAsian).Distinct().Order(StringComparer.Ordinal);
        Assert.That(plan.Select(face => face.WordName).Distinct(), Is.EqualTo(names));
        Assert.That(plan, Has.All.Matches<EmbeddedFace>(face => face!.IsEmbedded), string.Join("; ", plan));
        Assert.That(plan.Single(face => face.WordName == "仿宋_GB2312" && face.Style == EmbeddedFontStyle.Regular).IsStandIn, Is.True);
        Assert.That(plan.Single(face => face.WordName == "楷体").Face, Does.StartWith(DefaultFonts.KaiFamily));
        TestContext.Out.WriteLine(string.Join(Environment.NewLine, plan));
    }

    [Test]
    public void Embedding_without_fonts_is_refused_before_anything_is_written()
    {
        var sample = SampleNamed("press-release");
        var output = new MemoryStream();

        var error = Assert.Throws<ArgumentException>(() => BulletinDocx.Write(sample.Document, output, sample.Options with { Fonts = null, Word = new WordOptions { EmbedFonts = true } }));

        Assert.That(error!.Message, Does.Contain("EmbedFonts").And.Contain("Fonts"));
        Assert.That(output.Length, Is.Zero);
    }

    [Test]
    public void A_document_the_layout_refuses_is_written_without_embedding_but_refused_with_it()
    {
        // U+1F600: no registered face covers it, so the layout refuses the document.
        var sample = SampleNamed("press-release");
        var article = sample.Document.Items.OfType<Model.Article>().First();
        var document = sample.Document with
        {
            Items = [article with { Body = [.. article.Body, new Model.Paragraph("笑脸\U0001F600")] }, .. sample.Document.Items.Skip(1)],
        };
        var options = sample.Options with { Fonts = FontTestSupport.Default };
        var output = new MemoryStream();

        Assert.That(BulletinDocx.ToBytes(document, options), Is.Not.Empty, "without embedding the Word file is still written");
        Assert.Throws(Is.InstanceOf<Model.BulletinException>(), () => BulletinDocx.Write(document, output, options with { Word = new WordOptions { EmbedFonts = true } }));
        Assert.That(output.Length, Is.Zero);
    }

    /// <summary>
    /// LibreOffice, given no font but DejaVu, draws the sample's Chinese with the faces the .docx
    /// carries: pdffonts lists them in its PDF, and the same file without them lists none.
    /// </summary>
    [TestCaseSource(nameof(SampleNames))]
    public void Libreoffice_draws_with_the_embedded_faces_where_the_machine_has_none(string name)
    {
        ExternalTool.Require("soffice");
        ExternalTool.Require("pdffonts");
        var folder = Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.TestDirectory, "rendered", "embedded-fonts"));
        var fontConfig = HiddenFacesConfig(folder.FullName);
        var sample = SampleNamed(name);
        var embedded = Path.Combine(folder.FullName, name + ".docx");
        var plain = Path.Combine(folder.FullName, name + "-plain.docx");
        File.WriteAllBytes(embedded, EmbeddedDocx(name));
        File.WriteAllBytes(plain, BulletinDocx.ToBytes(sample.Document, sample.Options with { Fonts = FontTestSupport.Default }));

        var withFaces = PdfFontNames(ExternalTool.ConvertToPdf(embedded, folder.FullName, fontConfig: fontConfig));
        var withoutFaces = PdfFontNames(ExternalTool.ConvertToPdf(plain, folder.FullName, fontConfig: fontConfig));

        var postScriptNames = DocxFontEmbedding.Plan(sample.Theme, FontTestSupport.Default).Where(face => face.IsEmbedded)
            .Select(face => PostScriptNameOf(face.Face)).Distinct().ToList();
        TestContext.Out.WriteLine($"{name}: with embedded faces {string.Join(", ", withFaces)}; without {string.Join(", ", withoutFaces)}");
        Assert.Multiple(() =>
        {
            Assert.That(withFaces.Where(font => postScriptNames.Any(font.EndsWith)), Is.Not.Empty, "LibreOffice draws with an embedded face");
            Assert.That(withFaces.Where(font => font.Contains("NotoSerifSC", StringComparison.Ordinal)), Is.Not.Empty, "the 宋/仿宋 stand-in is drawn from the .docx");
            Assert.That(withoutFaces.Where(font => postScriptNames.Any(font.EndsWith)), Is.Empty, "the fontconfig file hides the faces");
        });
        Assert.That(SampleText.WithoutWhiteSpace(ExternalTool.PdfToText(Path.ChangeExtension(embedded, ".pdf"))), Does.Contain(SampleText.WithoutWhiteSpace(FirstHeadlineLine(sample))));
    }

    /// <summary>
    /// A character the body face lacks (𰻝, CJK Extension G, not in Noto Serif SC) is set by the
    /// PDF in a fallback face; the Word run names the font-table entry that embeds that face, and
    /// LibreOffice without any CJK face still prints it from the .docx.
    /// </summary>
    [Test]
    public void A_character_the_role_face_lacks_is_named_in_the_embedded_face_that_holds_it()
    {
        const string rare = "\U00030EDD";
        var document = new Model.BulletinDocument { Items = [new Model.Article { Headline = "一碗面", Body = [$"太原人爱吃{rare}{rare}面，这是一种宽面。"] }] };
        var options = new BulletinOptions { Theme = Theme.BulletinThemes.PressRelease, Fonts = FontTestSupport.Default, Word = new WordOptions { EmbedFonts = true } };
        var layout = BulletinLayoutEngine.Layout(document, options);
        var drawnIn = layout.Pages.SelectMany(page => page.Elements).OfType<TextLineElement>().SelectMany(line => line.Line.Runs)
            .Single(run => run.Text.Contains(rare, StringComparison.Ordinal)).Font;
        var bytes = BulletinDocx.ToBytes(layout, options.Word);
        var package = DocxTestPackage.Of(bytes);
        var run = package.Xml("word/document.xml").Descendants(DocxTestPackage.W + "r")
            .Single(r => string.Concat(r.Elements(DocxTestPackage.W + "t").Select(t => t.Value)) == rare + rare);
        var named = (string?)run.Element(DocxTestPackage.W + "rPr")?.Element(DocxTestPackage.W + "rFonts")?.Attribute(DocxTestPackage.W + "eastAsia");

        Assert.That(named, Is.Not.Null, "the run names a face");
        var embeds = EmbedElements(package).Where(pair => pair.FontName == named).ToList();
        Assert.That(embeds, Is.Not.Empty, $"{named} embeds a face");
        Assert.That(embeds.Any(pair =>
        {
            var registry = new FontRegistry();
            var face = registry.Register(FontObfuscation.Apply(PartBytes(package, pair.Embed), (string)pair.Embed.Attribute(DocxTestPackage.W + "fontKey")!)).Single();
            return face.Family == drawnIn.Family && registry.Resolve(face.Family, face.Weight, face.Italic).Face.Covers(0x30EDD);
        }), Is.True, $"{named} embeds {drawnIn.Family} with the character the PDF draws in it");

        ExternalTool.Require("soffice");
        var folder = Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.TestDirectory, "rendered", "embedded-fallback"));
        var docx = Path.Combine(folder.FullName, "rare.docx");
        File.WriteAllBytes(docx, bytes);
        var text = ExternalTool.PdfToText(ExternalTool.ConvertToPdf(docx, folder.FullName, fontConfig: HiddenFacesConfig(folder.FullName)));
        Assert.That(text, Does.Contain(rare), "LibreOffice prints the character from the embedded face");
    }

    /// <summary>
    /// The same for text the composition holds as plain strings: a headline line, a 小标题, a table
    /// cell, a caption and a credit, in the 简报 (whose 宋 and 仿宋 roles lack the character; its 黑 and
    /// 楷 faces hold it). Each run of it names a face the DOCX embeds, and LibreOffice with no CJK face
    /// prints all five from the .docx.
    /// </summary>
    [Test]
    public void A_character_the_role_face_lacks_is_named_in_headings_cells_and_captions_too()
    {
        const string rare = "\U00030EDD";
        string[] texts = [$"一碗{rare}面", $"{rare}面的做法", $"{rare}面十五元", $"一碗{rare}面上桌。", $"{rare}{rare}摄"];
        var document = new Model.BulletinDocument
        {
            Items =
            [
                new Model.Article
                {
                    Headline = texts[0],
                    Body =
                    [
                        "太原人爱吃宽面。",
                        new Model.Subheading(texts[1]),
                        new Model.Table([["名称", "价格"], [texts[2], "十五元"]]),
                        new Model.Figure { Image = new Model.ImageData(EveryElementBulletin.Png(), Model.ImageFormat.Png), AltText = "一碗面", Caption = texts[3], Credit = texts[4] },
                    ],
                },
            ],
        };
        var options = new BulletinOptions { Theme = Theme.BulletinThemes.WorkBulletin, Fonts = FontTestSupport.Default, Word = new WordOptions { EmbedFonts = true } };
        var bytes = BulletinDocx.ToBytes(BulletinLayoutEngine.Layout(document, options), options.Word);
        var package = DocxTestPackage.Of(bytes);
        var embedded = EmbedElements(package).Select(pair => pair.FontName).ToHashSet(StringComparer.Ordinal);
        var named = package.Xml("word/document.xml").Descendants(DocxTestPackage.W + "r")
            .Where(r => string.Concat(r.Elements(DocxTestPackage.W + "t").Select(t => t.Value)).Contains(rare, StringComparison.Ordinal))
            .Select(r => (string?)r.Element(DocxTestPackage.W + "rPr")?.Element(DocxTestPackage.W + "rFonts")?.Attribute(DocxTestPackage.W + "eastAsia"))
            .OfType<string>()
            .ToList();
        Assert.That(named, Is.Not.Empty.And.All.Matches<string>(name => embedded.Contains(name!)), "every face a run of it names is embedded");

        ExternalTool.Require("soffice");
        var folder = Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.TestDirectory, "rendered", "embedded-fallback-strings"));
        var docx = Path.Combine(folder.FullName, "rare.docx");
        File.WriteAllBytes(docx, bytes);
        var printed = SampleText.WithoutWhiteSpace(ExternalTool.PdfToText(ExternalTool.ConvertToPdf(docx, folder.FullName, fontConfig: HiddenFacesConfig(folder.FullName))));
        Assert.That(texts, Has.All.Matches<string>(text => printed.Contains(text!, StringComparison.Ordinal)), "LibreOffice prints every one from the embedded faces:\n" + printed);
    }

    private static string FirstHeadlineLine(Sample sample) =>
        sample.Document.Items.OfType<Model.Article>().First().Headline.Lines[0];

    /// <summary>A fontconfig file with DejaVu only (no CJK face), in <paramref name="folder"/>.</summary>
    private static string HiddenFacesConfig(string folder)
    {
        var dejaVu = Path.GetDirectoryName(FontTestSupport.SystemFont("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "apt-get install fonts-dejavu-core"))!;
        var path = Path.Combine(folder, "fonts-hidden.conf");
        File.WriteAllText(path,
            "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"urn:fontconfig:fonts.dtd\">\n<fontconfig>\n" +
            $"  <dir>{SecurityElement.Escape(dejaVu)}</dir>\n  <cachedir>{SecurityElement.Escape(Path.Combine(folder, "fontconfig-cache-hidden"))}</cachedir>\n</fontconfig>\n");
        return path;
    }

    /// <summary>The font names pdffonts lists (subset prefixes kept).</summary>
    private static List<string> PdfFontNames(string pdf)
    {
        var run = ExternalTool.Run("pdffonts", [pdf]);
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        return [.. run.StandardOutput.Split('\n').Skip(2).Where(line => line.Length > 0).Select(line => line.Split(' ')[0])];
    }

    /// <summary>The PostScript name of a bundled face from its description, e.g. <c>Noto Serif SC 700</c> → <c>NotoSerifSC-Bold</c>.</summary>
    private static string PostScriptNameOf(string face) =>
        face.Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace("400", "-Regular", StringComparison.Ordinal).Replace("700", "-Bold", StringComparison.Ordinal);

    private static IEnumerable<(string FontName, XElement Embed)> EmbedElements(DocxTestPackage package) =>
        package.Xml("word/fontTable.xml").Root!.Elements(DocxTestPackage.W + "font")
            .SelectMany(font => font.Elements().Where(element => element.Name.LocalName.StartsWith("embed", StringComparison.Ordinal))
                .Select(embed => ((string)font.Attribute(DocxTestPackage.W + "name")!, embed)));

    private static byte[] PartBytes(DocxTestPackage package, XElement embed)
    {
        var id = (string)embed.Attribute(DocxTestPackage.R + "id")!;
        var target = package.Xml("word/_rels/fontTable.xml.rels").Root!.Elements(Rels + "Relationship").Single(r => (string)r.Attribute("Id")! == id).Attribute("Target")!.Value;
        return package.Entry("word/" + target);
    }

    /// <summary>A copy of <paramref name="font"/> whose OS/2 fsType is <paramref name="fsType"/>.</summary>
    private static byte[] WithFsType(byte[] font, ushort fsType)
    {
        var copy = font.ToArray();
        int tables = BinaryPrimitives.ReadUInt16BigEndian(copy.AsSpan(4));
        for (var i = 0; i < tables; i++)
        {
            var record = copy.AsSpan(12 + (16 * i), 16);
            if (BinaryPrimitives.ReadUInt32BigEndian(record) != 0x4F532F32) continue; // 'OS/2'
            BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]) + 8), fsType);
            return copy;
        }

        throw new InvalidDataException("The font has no OS/2 table.");
    }

    [GeneratedRegex(@"^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$")]
    private static partial Regex FontKeyPattern();
}
