using System.Xml.Linq;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Model;
using Bulletin.Docs.Tests.Fonts;
using Bulletin.Docs.Theme;
using Bulletin.Docs.Word;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Word;

/// <summary>
/// A list's items in the Word file start their lines where the PDF's do (the numbering's indents
/// and the space after the label), and <see cref="WordMakeUp"/> holds their lines as it does a
/// paragraph's; a line is loosened only for what Word could take onto it.
/// </summary>
[TestFixture]
public sealed class ListMakeUpTests
{
    private static readonly XNamespace W = DocxTestPackage.W;

    private const string LongItem = "加快建设区域科技创新中心，培育一批具有核心竞争力的领军企业，推动产业链创新链深度融合，形成新质生产力。";

    /// <summary>An item whose many marks our layout closes up, so its first line holds more characters than it does at their own widths.</summary>
    private const string MarkedItem = "煤、焦、铁、钢、铝、镁、电、气、水、热，“四上”企业、“专精特新”企业、“小巨人”企业、“链主”企业，都要抓好。";

    private static (LaidOutDocument Layout, DocxTestPackage Package) Written(BulletinTheme theme, params string[] items)
    {
        var document = new BulletinDocument
        {
            Items = [new Article { Headline = "列表", Body = ["列表前的一段话。", new ListBlock([.. items.Select(item => (IReadOnlyList<Inline>)[new Text(item)])]) { Ordered = true }, "列表后的一段话。"] }],
        };
        var layout = BulletinLayoutEngine.Layout(document, new BulletinOptions { Theme = theme, Fonts = FontTestSupport.Default });
        return (layout, DocxTestPackage.Of(BulletinDocx.ToBytes(layout)));
    }

    [TestCase("work-bulletin")]
    [TestCase("press-release")]
    public void The_numbering_sets_an_items_label_and_turned_lines_where_the_pdf_sets_them(string name)
    {
        var theme = name == "work-bulletin" ? BulletinThemes.WorkBulletin : BulletinThemes.PressRelease;
        var (layout, package) = Written(theme, LongItem);
        var lines = layout.Pages.SelectMany(page => page.Elements.OfType<TextLineElement>()).Where(line => line.Structure?.Kind == StructureKind.ListBody).ToList();
        var level = package.Xml("word/numbering.xml").Descendants(W + "abstractNum")
            .Single(number => (string?)number.Descendants(W + "numFmt").Single().Attribute(W + "val") == "decimal").Element(W + "lvl")!;
        var indent = level.Element(W + "pPr")!.Element(W + "ind")!;
        double Twips(string name) => (double?)indent.Attribute(W + name) ?? 0;
        var margin = theme.Page.MarginLeftPt;

        Assert.That(lines, Has.Count.GreaterThanOrEqualTo(2), "an item of more than one line");
        Assert.Multiple(() =>
        {
            Assert.That(Twips("left"), Is.EqualTo((lines[1].X - margin) * 20).Within(1), "turned lines start at w:ind left");
            Assert.That(Twips("left") - Twips("hanging") + Twips("firstLine"), Is.EqualTo((lines[0].X - margin) * 20).Within(1), "the label starts the first line");
            Assert.That((string?)level.Element(W + "suff")?.Attribute(W + "val"), Is.EqualTo("space"), "the text follows the label after a space, as the PDF's \"1. \"");
            Assert.That(lines[0].Line.Text, Does.StartWith("1. "));
        });
    }

    [Test]
    public void A_list_items_lines_are_held_by_character_spacing_after_its_label()
    {
        var theme = BulletinThemes.WorkBulletin;
        var (layout, package) = Written(theme, MarkedItem);
        var makeUp = WordMakeUp.Of(layout, theme).Single(item => item.Key.EndsWith("都要抓好。", StringComparison.Ordinal));
        var paragraph = package.Xml("word/document.xml").Descendants(W + "p").Single(p => p.Element(W + "pPr")?.Element(W + "numPr") is not null);
        var spaced = paragraph.Elements(W + "r").Where(run => run.Element(W + "rPr")?.Element(W + "spacing") is not null).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(makeUp.Key, Does.StartWith("1."), "our layout's text with its label");
            Assert.That(makeUp.Spacing, Is.Not.Empty, "the item's lines squeezed or loosened");
            Assert.That(string.Concat(spaced.Descendants(W + "t").Select(t => t.Value)), Has.Length.GreaterThan(0), "runs of the Word item spaced");
            Assert.That(string.Concat(paragraph.Descendants(W + "t").Select(t => t.Value)), Does.StartWith("煤、"), "the label is Word's numbering, not text");
        });
    }

    [Test]
    public void An_item_of_one_line_our_layout_squeezed_is_held_to_the_columns_measure()
    {
        // 34 characters and 。: one line in the PDF, its 。 closed up; two in Word at the characters' own widths.
        var theme = BulletinThemes.PressRelease;
        var (layout, _) = Written(theme, "加快建设区域科技创新中心和产业高地，培育一批具有核心竞争力的领军企业。");
        var lines = layout.Pages.SelectMany(page => page.Elements.OfType<TextLineElement>()).Where(line => line.Structure?.Kind == StructureKind.ListBody).ToList();
        var makeUp = WordMakeUp.Of(layout, theme).Where(item => item.Key.EndsWith("领军企业。", StringComparison.Ordinal)).ToList();

        Assert.That(lines, Has.Count.EqualTo(1), "one line in the PDF");
        Assert.That(makeUp, Has.Count.EqualTo(1), "held by the make-up");
        var span = makeUp[0].Spacing.Single();
        Assert.Multiple(() =>
        {
            Assert.That(span.Start, Is.Zero);
            Assert.That(span.End, Is.EqualTo(makeUp[0].Key.Length), "the whole line");
            Assert.That(span.Twips, Is.Negative, "narrower than the characters' own widths");
        });
    }

    [Test]
    public void What_word_would_take_onto_a_line_is_an_opening_mark_with_the_character_after_it()
    {
        List<double> naturals = [12, 12, 12, 12];
        Assert.Multiple(() =>
        {
            Assert.That(WordMakeUp.Pullable("发展新质", naturals, 0.5), Is.EqualTo(12.5), "a character alone");
            Assert.That(WordMakeUp.Pullable("“发展新", naturals, 0.5), Is.EqualTo(25), "“ cannot end a line");
            Assert.That(WordMakeUp.Pullable("《“发展", naturals, 0), Is.EqualTo(36), "nor 《“");
            Assert.That(WordMakeUp.Pullable("——发展", naturals, 0), Is.EqualTo(24), "a 2-em dash is not split");
        });
    }
}
