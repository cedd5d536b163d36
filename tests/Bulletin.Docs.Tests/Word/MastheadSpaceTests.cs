using System.Globalization;
using System.Xml.Linq;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Tests.Fonts;
using Bulletin.Docs.Theme;
using NUnit.Framework;
using static Bulletin.Docs.Tests.Word.DocxTestPackage;
using SampleCatalog = Bulletin.Docs.Samples.Samples;

namespace Bulletin.Docs.Tests.Word;

/// <summary>
/// The white under the 红头's red rule is one decision: the PDF leaves it between the rule and the
/// contents box, and the Word file carries it as the ruled paragraph's border space and space after
/// (ECMA-376 Part 1 §17.3.1.5 and §17.3.1.33), so page 1 holds the same lines in both.
/// </summary>
[TestFixture]
public sealed class MastheadSpaceTests
{
    [Test]
    public void The_work_bulletins_word_file_leaves_the_pdfs_white_under_the_red_rule()
    {
        var sample = SampleCatalog.All.Single(s => s.Name == "work-bulletin");
        var options = sample.Options with { Fonts = FontTestSupport.Default };
        var theme = options.Theme;

        var page = BulletinLayoutEngine.Layout(sample.Document, options).Pages[0];
        var rule = page.Elements.OfType<RuleElement>()
            .First(r => r.Y1 == r.Y2 && r.ThicknessPt == theme.Rules.RedHeadPt && r.Color == theme.AccentColor);
        // The editing unit and date line: the last line above the rule. Its box is the exact line
        // height, the baseline centred in it as the painter sets it (SlicePainter.PaintLine).
        var details = page.Elements.OfType<TextLineElement>().Where(l => l.Baseline < rule.Y1).MaxBy(l => l.Baseline)!;
        var lineHeight = theme[TextRole.MastheadDetail].LineSpacing.ToPoints(theme[TextRole.MastheadDetail].SizePt);
        var detailsBottom = details.Baseline - ((lineHeight + details.Line.Ascent - details.Line.Descent) / 2) + lineHeight;
        var box = page.Elements.OfType<BoxElement>().Where(b => b.Y > rule.Y1).MinBy(b => b.Y);
        Assert.That(box, Is.Not.Null, "the contents box follows the masthead in the PDF");
        var pdfRule = rule.Y1 - detailsBottom;
        var pdfWhite = box!.Y - detailsBottom;

        var body = Of(sample.Document, options).Xml("word/document.xml").Descendants(W + "body").Single();
        var paragraphs = body.Elements(W + "p").ToList();
        var ruled = paragraphs.Single(p => p.Element(W + "pPr")?.Element(W + "pBdr")?.Element(W + "bottom") is not null
            && (string?)p.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val") == "MastheadDetail");
        var next = paragraphs[paragraphs.IndexOf(ruled) + 1];
        var bottom = ruled.Element(W + "pPr")!.Element(W + "pBdr")!.Element(W + "bottom")!;
        // ECMA-376 Part 1 §17.3.4: w:sz in eighths of a point, w:space in points; Word stacks the
        // border's space, its weight, then the space after and the next paragraph's space before.
        var weight = Number(bottom, "sz") / 8;
        var space = Number(bottom, "space");
        var after = Number(ruled.Element(W + "pPr")?.Element(W + "spacing"), "after") / 20;
        var before = Number(next.Element(W + "pPr")?.Element(W + "spacing"), "before") / 20;
        var wordRule = space + (weight / 2);
        var wordWhite = space + weight + after + before;

        Assert.Multiple(() =>
        {
            Assert.That(pdfWhite - pdfRule, Is.GreaterThan(10), "the PDF leaves white under the red rule");
            Assert.That(wordWhite, Is.EqualTo(pdfWhite).Within(0.05), $"from the details line to the contents box: Word (space after {after} pt), PDF");
            // w:space is whole points: the rule's centre may stand up to a point lower than the PDF's.
            Assert.That(wordRule, Is.EqualTo(pdfRule).Within(1), "from the details line to the rule's centre: Word, PDF");
        });
    }

    [Test]
    public void The_press_releases_word_file_leaves_the_pdfs_white_under_the_title_block()
    {
        var sample = SampleCatalog.All.Single(s => s.Name == "press-release");
        var options = sample.Options with { Fonts = FontTestSupport.Default };
        var theme = options.Theme;

        var layout = BulletinLayoutEngine.Layout(sample.Document, options);
        var lines = layout.Pages[0].Elements.OfType<TextLineElement>().OrderBy(l => l.Baseline).ToList();
        // The sample's headline: 太原市互联网协会 / 服务能力逐年增强.
        var first = lines.FindIndex(l => l.Line.Text.Trim() == "太原市互联网协会");
        Assert.That(first, Is.GreaterThan(0), "the PDF prints the headline under the title block");
        var pdfWhite = Top(lines[first], theme[TextRole.Headline]) - Bottom(lines[first - 1], theme[TextRole.MastheadDetail]);

        var package = Of(sample.Document, options);
        var paragraphs = package.Xml("word/document.xml").Descendants(W + "body").Single().Elements(W + "p").ToList();
        var details = paragraphs.Single(p => (string?)p.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val") == "MastheadDetail");
        var next = paragraphs[paragraphs.IndexOf(details) + 1];
        var nextStyle = (string?)next.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val");
        var after = Spacing(package, details, "after");
        var before = Spacing(package, next, "before");

        Assert.Multiple(() =>
        {
            Assert.That(nextStyle, Is.EqualTo("Heading2"), "the headline follows the title block in Word");
            Assert.That(after + before, Is.EqualTo(pdfWhite).Within(0.05), $"from the details line to the headline: Word ({after} pt after, {before} pt before), PDF");
        });
    }

    /// <summary>A paragraph's space in pt: its own <c>w:spacing</c> attribute, else its style's (ECMA-376 Part 1 §17.7.2).</summary>
    private static double Spacing(DocxTestPackage package, XElement paragraph, string attribute)
    {
        var properties = paragraph.Element(W + "pPr");
        var own = properties?.Element(W + "spacing");
        if (own?.Attribute(W + attribute) is not null)
        {
            return Number(own, attribute) / 20;
        }

        var style = (string?)properties?.Element(W + "pStyle")?.Attribute(W + "val") ?? "Normal";
        return Number(package.Style(style).Element(W + "pPr")?.Element(W + "spacing"), attribute) / 20;
    }

    /// <summary>The top of <paramref name="line"/>'s exact line box, its baseline centred in it as the painter sets it (SlicePainter.PaintLine).</summary>
    private static double Top(TextLineElement line, TextStyle style)
    {
        var height = style.LineSpacing.ToPoints(style.SizePt);
        return line.Baseline - ((height + line.Line.Ascent - line.Line.Descent) / 2);
    }

    private static double Bottom(TextLineElement line, TextStyle style) => Top(line, style) + style.LineSpacing.ToPoints(style.SizePt);

    /// <summary>The attribute's number, 0 when the element or the attribute is absent (ECMA-376's default for spacing).</summary>
    private static double Number(XElement? element, string attribute) =>
        element?.Attribute(W + attribute) is { } value ? double.Parse(value.Value, CultureInfo.InvariantCulture) : 0;
}
