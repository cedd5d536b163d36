using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Tests.Fonts;
using Bulletin.Docs.Tests.Support;
using Bulletin.Docs.Theme;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.PageLayout;

/// <summary>
/// The contents box (本期要目) lists the items in the order they are printed (page, then place on
/// the page), not in model order: picture news that floats to a later page comes after the story
/// that took its place, in the PDF and in the Word file alike.
/// </summary>
[TestFixture]
public sealed class ContentsOrderTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static BulletinOptions Options => new() { Theme = BulletinThemes.WorkBulletin with { Contents = true }, Fonts = FontTestSupport.Default };

    [Test]
    public void The_pdf_box_lists_the_items_in_printed_order_with_their_pages()
    {
        var document = EveryElementBulletin.Create();
        var layout = BulletinLayoutEngine.Layout(document, Options);
        var box = Box(layout);
        var printed = PrintedOrder(layout, box.Select(entry => entry.Title));

        Assert.Multiple(() =>
        {
            Assert.That(box.Select(entry => entry.Title), Is.EqualTo(printed.Select(entry => entry.Title)), "the box follows the printed order");
            Assert.That(box.Select(entry => entry.Page), Is.EqualTo(printed.Select(entry => entry.Page)), "each entry's number is the page its title is printed on");
            Assert.That(box.Select(entry => entry.Title).ToList().IndexOf("让城市更新更有温度"), Is.LessThan(box.Select(entry => entry.Title).ToList().IndexOf("汾河晚霞")),
                "the picture news floats past the commentary");
        });
    }

    [Test]
    public void The_word_box_lists_the_pdf_box_entries_with_the_same_pages()
    {
        var document = EveryElementBulletin.Create();
        var box = Box(BulletinLayoutEngine.Layout(document, Options));
        var bytes = new MemoryStream();
        BulletinDocx.Write(document, bytes, Options);
        using var archive = new ZipArchive(new MemoryStream(bytes.ToArray()), ZipArchiveMode.Read);
        var body = XDocument.Load(archive.GetEntry("word/document.xml")!.Open());

        // An entry is a paragraph with a PAGEREF field: its title before the tab, the cached page in the field's result.
        var written = body.Descendants(W + "p")
            .Where(p => p.Descendants(W + "instrText").Any(i => i.Value.Contains("PAGEREF", StringComparison.Ordinal)))
            .Select(p => (Title: string.Concat(p.Elements(W + "r").TakeWhile(r => r.Element(W + "tab") is null).Descendants(W + "t").Select(t => t.Value)),
                Page: string.Concat(p.Elements(W + "r").SkipWhile(r => !r.Descendants(W + "fldChar").Any(f => (string?)f.Attribute(W + "fldCharType") == "separate")).TakeWhile(r => !r.Descendants(W + "fldChar").Any(f => (string?)f.Attribute(W + "fldCharType") == "end")).Descendants(W + "t").Select(t => t.Value))))
            .ToList();

        Assert.That(written, Is.EqualTo(box.Select(entry => (entry.Title, entry.Page.ToString(CultureInfo.InvariantCulture)))));
    }

    /// <summary>The PDF box's entries as printed: each entry's lines of title, then its number.</summary>
    private static List<(string Title, int Page)> Box(LaidOutDocument layout)
    {
        var lines = layout.Pages.SelectMany(page => page.Elements).OfType<TextLineElement>()
            .Where(line => line.Structure?.Kind == StructureKind.ContentsEntry)
            .GroupBy(line => line.Structure!, ReferenceEqualityComparer.Instance);
        var entries = new List<(string, int)>();
        foreach (var entry in lines)
        {
            var texts = entry.Select(line => line.Line.Text.Trim()).ToList();
            Assert.That(int.TryParse(texts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var page), Is.True, $"an entry ends with its page number: {string.Join("|", texts)}");
            entries.Add((string.Concat(texts.Take(texts.Count - 1)), page));
        }

        Assert.That(entries, Has.Count.EqualTo(3), "three articles and titled picture news");
        return entries;
    }

    /// <summary>
    /// Where each title is printed outside the box, as (folio, baseline, x) of its first line,
    /// sorted: the order a reader meets them in.
    /// </summary>
    private static List<(string Title, int Page)> PrintedOrder(LaidOutDocument layout, IEnumerable<string> titles)
    {
        var found = new List<(string Title, int Page, double Baseline, double X)>();
        foreach (var title in titles)
        {
            var first = layout.Pages
                .SelectMany(page => page.Elements.OfType<TextLineElement>()
                    .Where(line => line.Structure?.Kind is not (StructureKind.ContentsEntry or StructureKind.ContentsTitle) && title.StartsWith(line.Line.Text.Trim(), StringComparison.Ordinal) && line.Line.Text.Trim().Length > 0)
                    .Select(line => (Title: title, Page: layout.FirstPageNumber + page.Number - 1, line.Baseline, line.X)))
                .OrderBy(place => place.Page).ThenBy(place => place.Baseline).ThenBy(place => place.X)
                .First();
            found.Add(first);
        }

        return [.. found.OrderBy(place => place.Page).ThenBy(place => place.Baseline).ThenBy(place => place.X).Select(place => (place.Title, place.Page))];
    }
}
