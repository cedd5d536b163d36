using System.Globalization;
using System.Xml.Linq;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Model;
using Bulletin.Docs.Samples;
using Bulletin.Docs.Tests.Fonts;
using Bulletin.Docs.Theme;
using NUnit.Framework;
using static Bulletin.Docs.Tests.Word.DocxTestPackage;
using SampleCatalog = Bulletin.Docs.Samples.Samples;

namespace Bulletin.Docs.Tests.Word;

/// <summary>
/// A boxed commentary's headline is printed at one size, decided by the theme's
/// <see cref="TextRole.BoxedHeadline"/>: the Word style's <c>w:sz</c> (half-points, ECMA-376 Part 1
/// §17.3.2.38) and the PDF line's glyph runs agree, and it is smaller than the page's headlines.
/// </summary>
[TestFixture]
public sealed class BoxedHeadlineSizeTests
{
    private const string Headline = "约束物业倒逼服务优化";

    [Test]
    public void The_newspaper_samples_boxed_headline_has_the_same_size_in_word_and_pdf()
    {
        var sample = SampleCatalog.All.Single(s => s.Name == "taiyuan-daily");
        var options = sample.Options with { Fonts = FontTestSupport.Default };

        AssertSameSize(sample.Document, options);
    }

    [Test]
    public void A_boxed_column_in_the_work_bulletin_theme_has_the_same_headline_size_in_word_and_pdf()
    {
        var theme = BulletinThemes.WorkBulletin with { BoxColumns = true };
        var document = new BulletinDocument
        {
            Items =
            [
                new Article { Headline = "太原高质量发展步伐坚实有力", Body = ["坚持把发展新质生产力作为推动高质量发展重要着力点。"] },
                new Article { ColumnLabel = "井州论坛", Headline = Headline, Byline = "宋鹏伟", Body = ["业主是小区主人，应当享有相关权益，包括解聘物业公司。"] },
            ],
        };

        AssertSameSize(document, new BulletinOptions { Theme = theme, Fonts = FontTestSupport.Default });
    }

    private static void AssertSameSize(BulletinDocument document, BulletinOptions options)
    {
        var theme = options.Theme;
        var layout = BulletinLayoutEngine.Layout(document, options);
        var pdfLines = layout.Pages.SelectMany(page => page.Elements.OfType<TextLineElement>())
            .Where(line => Headline.Contains(line.Line.Text.Trim(), StringComparison.Ordinal) && line.Line.Text.Trim().Length > 1)
            .ToList();
        var pdfSizes = pdfLines.SelectMany(line => line.Line.Runs).Select(run => (double)run.SizePt).Distinct().ToList();

        var package = Of(document, options);
        var paragraph = package.Xml("word/document.xml").Descendants(W + "p")
            .Single(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value)) == Headline);
        var styleId = (string?)paragraph.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val");
        var style = package.Style(styleId ?? "Normal");
        var styleSize = style.Element(W + "rPr")?.Element(W + "sz")?.Attribute(W + "val");
        var runSizes = paragraph.Descendants(W + "r").Select(r => r.Element(W + "rPr")?.Element(W + "sz")).OfType<XElement>().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(string.Concat(pdfLines.Select(line => line.Line.Text.Trim())), Is.EqualTo(Headline), "the PDF sets the whole headline");
            Assert.That(pdfSizes, Has.Count.EqualTo(1), "one size for the headline's lines");
            Assert.That(styleSize, Is.Not.Null, $"style {styleId} has a size");
            Assert.That(runSizes, Is.Empty, "the runs take the size from the style");
            var wordPt = double.Parse(styleSize!.Value, CultureInfo.InvariantCulture) / 2;
            Assert.That(wordPt, Is.EqualTo(pdfSizes[0]).Within(0.01), $"Word style {styleId} and the PDF line");
            Assert.That(pdfSizes[0], Is.EqualTo(theme[TextRole.BoxedHeadline].SizePt).Within(0.01), "the theme's boxed headline role decides");
            Assert.That(pdfSizes[0], Is.LessThan(theme[TextRole.Headline].SizePt), "a commentary's title in its box is smaller than the page's headlines");
        });
    }
}
