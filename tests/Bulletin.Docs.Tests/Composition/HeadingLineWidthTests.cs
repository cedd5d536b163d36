using Bulletin.Docs.Model;
using Bulletin.Docs.Tests.Fonts;
using Bulletin.Docs.Theme;
using NUnit.Framework;
using static Bulletin.Docs.Tests.Word.DocxTestPackage;

namespace Bulletin.Docs.Tests.Composition;

/// <summary>
/// The heading lines the balancer decides go to the Word file as explicit lines, and Word and
/// LibreOffice never close Han characters up: a line that fits the PDF's measure only by closing up
/// wraps again there, leaving one character alone on a line after every balanced line.
/// </summary>
public sealed class HeadingLineWidthTests
{
    // 200 Han characters without a mark or a space: nothing to compress, every break between characters.
    private static readonly string LongHan = string.Concat(Enumerable.Repeat("太原市互联网协会服务能力逐年增强", 13))[..200];

    // The newspaper's headline spans columns, so only its subheading has a known measure: a column.
    private static IEnumerable<TestCaseData> Cases() =>
        (from theme in new[] { BulletinThemes.PressRelease, BulletinThemes.WorkBulletin }
         from role in new[] { TextRole.Headline, TextRole.Subheading }
         select new TestCaseData(theme, role).SetArgDisplayNames(theme.Name, role.ToString()))
        .Append(new TestCaseData(BulletinThemes.Newspaper, TextRole.Subheading).SetArgDisplayNames(BulletinThemes.Newspaper.Name, nameof(TextRole.Subheading)));

    [TestCaseSource(nameof(Cases))]
    public void Every_balanced_heading_line_fits_the_measure_without_closing_up(BulletinTheme theme, TextRole role)
    {
        var article = role == TextRole.Headline
            ? new Article { Headline = LongHan, Body = ["正文。"] }
            : new Article { Headline = "标题", Body = ["正文。", new Subheading(LongHan[..90]), "正文。"] };
        var document = new BulletinDocument { Items = [article] };
        var options = new BulletinOptions { Theme = theme, Fonts = FontTestSupport.Default };
        var style = theme[role];
        // A heading of several lines keeps its first-line indent on every line (the Word file turns
        // it into a left indent, w:ind w:left), so every line has the first line's measure.
        var measure = theme.Page.ColumnWidthPt - (style.StartIndentChars + style.FirstLineIndentChars) * style.SizePt;

        var docx = Of(document, options);

        var paragraph = docx.Xml("word/document.xml").Descendants(W + "p")
            .Single(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value)) == (role == TextRole.Headline ? LongHan : LongHan[..90]));
        var lines = paragraph.Descendants(W + "r").SelectMany(r => r.Elements())
            .Aggregate(new List<string> { "" }, (list, e) =>
            {
                if (e.Name == W + "br") list.Add("");
                else if (e.Name == W + "t") list[^1] += e.Value;
                return list;
            });
        Assert.That(lines, Has.Count.GreaterThan(1), "the balancer broke the heading");
        for (var k = 0; k < lines.Count; k++)
        {
            var natural = lines[k].Length * (style.SizePt + style.LetterSpacingPt);
            Assert.That(natural, Is.LessThanOrEqualTo(measure + 0.01), $"line {k + 1} '{lines[k]}': {lines[k].Length} characters of {style.SizePt} pt need {natural:0.##} pt, the measure is {measure:0.##} pt");
        }
    }
}
