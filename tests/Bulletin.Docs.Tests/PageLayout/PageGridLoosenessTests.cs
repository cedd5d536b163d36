using Bulletin.Docs.Fonts;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Layout.LineBreaking;
using Bulletin.Docs.Layout.Pages;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Tests.Paragraphs;
using Bulletin.Docs.Theme;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.PageLayout;

/// <summary>
/// The page composer's remedies for a 简报 page that would close more than a body line short, on
/// the 22-line grid: paragraphs on it set a line longer; a story's last paragraph set a line shorter
/// so its tail fits; lines pushed over from the page before, or through it from the pages before; picture news and a figure that do not
/// fit floating to the next page, the text after them filling this one.
/// </summary>
public sealed class PageGridLoosenessTests
{
    [Test]
    public void A_page_that_would_close_three_lines_short_is_filled_by_loosening_three_paragraphs()
    {
        using var grid = new GridPage();
        var (theme, context, pitch, lines) = grid;
        const int Short = 3;

        // Seed paragraphs run together three by three (long paragraphs, as a 简报's are), 19 lines of them, then four lines that keep together and do not fit in the three left.
        var first = new SliceList();
        var original = new Dictionary<StructureNode, int>(ReferenceEqualityComparer.Instance);
        var used = 0;
        var seed = SeedText.Paragraphs.Value;
        var texts = seed.Chunk(3).Select(c => string.Concat(c)).Concat(seed.Chunk(2).Select(c => string.Concat(c))).Concat(seed).ToList();
        var loosenable = 0;
        foreach (var pass in new[] { true, false })
        {
            foreach (var paragraph in texts)
            {
                var element = Registered(context, paragraph, out var laid);
                var loosens = context.Loosener.Loosen(element, 1) is not null;
                if (used + laid.Lines.Count > lines - Short || (pass && (!loosens || loosenable == Short)) || (!pass && loosens))
                {
                    continue;
                }

                first.AddParagraph(laid, 0, 0, keepAll: false, element);
                original[element] = laid.Lines.Count;
                used += laid.Lines.Count;
                loosenable += loosens ? 1 : 0;
            }
        }

        Assert.That(used, Is.EqualTo(lines - Short), "the seed fills the page but three lines");
        Assert.That(loosenable, Is.EqualTo(Short), "three paragraphs that can take a line more");
        var next = new SliceList();
        for (var i = 0; i < Short + 1; i++)
        {
            next.AddParagraph(Lay(context, "不可分割的一行", out _, out _), 0, 0, keepAll: true, context.Structure.Add(StructureKind.Paragraph, null));
        }

        var composer = grid.Composer();
        composer.Place(new Band(null, [], first.Slices, 1, false, false), 0);
        composer.Place(new Band(null, [], next.Slices, 1, false, false), 0);

        var page = composer.Pages[0].OfType<TextLineElement>().ToList();
        var grown = page.GroupBy(l => l.Structure!).Where(g => g.Count() == original[g.Key] + 1).ToList();
        Assert.That(composer.Pages, Has.Count.EqualTo(2));
        Assert.That(page, Has.Count.EqualTo(lines), "the page ends on its last grid line");
        Assert.That(grown, Has.Count.EqualTo(Short), "three paragraphs a line longer");
        Assert.That(page.GroupBy(l => l.Structure!).Count(g => g.Count() != original[g.Key]), Is.EqualTo(Short), "the others as they were");
        Assert.That(page.Where(l => l.Line.IsWide), Is.Empty, "no line spread more than ⅛ em a gap");
        var top = theme.Page.MarginTopPt;
        Assert.That(page.Select(l => l.Baseline).Order().Select((b, i) => b - top - (i * pitch)).Distinct(new Near()).Count(), Is.EqualTo(1), "every line on the grid");
    }

    [Test]
    public void Picture_news_that_does_not_fit_floats_to_the_next_page_and_the_story_after_it_fills_the_page()
    {
        using var grid = new GridPage();
        var (theme, context, pitch, lines) = grid;

        // A story that leaves five lines, picture news eight lines tall, a story of ten one-line paragraphs.
        var composer = grid.Composer();
        composer.Place(new Band(null, [], OneLineParagraphs(context, lines - 5, "前"), 1, false, false), pitch);
        var image = TestDocuments.Png(400, 300);
        var picture = new Model.PictureNews { Figure = new Model.Figure { Image = image, AltText = "汾河晚霞" } };
        composer.Place(new Band(picture, [], [new ImageSlice(image, "汾河晚霞", 200, 8 * pitch) { Structure = context.Structure.Add(StructureKind.Figure, null) }], 1, false, false), pitch);
        composer.Place(new Band(null, [], OneLineParagraphs(context, 10, "后"), 1, false, false), pitch);
        composer.Flush();

        var first = composer.Pages[0];
        var second = composer.Pages[1];
        Assert.That(first.OfType<ImageElement>(), Is.Empty, "the picture does not fit on page 1");
        Assert.That(first.OfType<TextLineElement>().Count(), Is.EqualTo(lines - 1), "the story after it fills page 1 but the line of the gap above it");
        Assert.That(second[0], Is.InstanceOf<ImageElement>(), "the picture opens page 2");
        Assert.That(((ImageElement)second[0]).Y, Is.EqualTo(theme.Page.MarginTopPt).Within(0.01));
        var rest = second.OfType<TextLineElement>().ToList();
        Assert.That(rest, Has.Count.EqualTo(10 - (lines - 1 - (lines - 5))));
        Assert.That(rest.Min(l => l.Baseline), Is.GreaterThan(((ImageElement)second[0]).Y + (8 * pitch)), "the story goes on under it");
    }

    [Test]
    public void A_page_that_would_end_short_takes_a_line_pushed_over_from_the_page_before()
    {
        using var grid = new GridPage();
        var (theme, context, pitch, lines) = grid;

        // Page 1: twelve lines of paragraphs that can take a line more, then ten lines of a long
        // paragraph that runs on; page 2: twenty lines of it, and three lines that keep together
        // do not fit in the two left. The long paragraph cannot be set again (it is not registered).
        var slices = new SliceList();
        var used = 0;
        var seed = SeedText.Paragraphs.Value;
        foreach (var paragraph in seed.Chunk(2).Select(c => string.Concat(c)).Concat(seed))
        {
            var element = Registered(context, paragraph, out var laid);
            if (used + laid.Lines.Count <= 12 && context.Loosener.Loosen(element, 1) is not null)
            {
                slices.AddParagraph(laid, 0, 0, keepAll: false, element);
                used += laid.Lines.Count;
            }
        }

        for (; used < 12; used++)
        {
            slices.AddParagraph(Lay(context, "短句", out _, out _), 0, 0, keepAll: false, context.Structure.Add(StructureKind.Paragraph, null));
        }

        var runOn = context.Structure.Add(StructureKind.Paragraph, null);
        var long30 = seed.Select(t => Lay(context, t, out _, out _)).SelectMany(l => l.Lines).Take(30).ToList();
        slices.AddParagraph(new LaidOutParagraph(long30, pitch), 0, 0, keepAll: false, runOn);
        var next = new SliceList();
        for (var i = 0; i < 3; i++)
        {
            next.AddParagraph(Lay(context, "不可分割的一行", out _, out _), 0, 0, keepAll: true, context.Structure.Add(StructureKind.Paragraph, null));
        }

        var composer = grid.Composer();
        composer.Place(new Band(null, [], slices.Slices, 1, false, false), 0);
        composer.Place(new Band(null, [], next.Slices, 1, false, false), 0);

        List<TextLineElement> Lines(int page) => [.. composer.Pages[page].OfType<TextLineElement>()];
        Assert.That(long30, Has.Count.EqualTo(30));
        Assert.That(composer.Pages, Has.Count.EqualTo(3));
        Assert.That(Lines(0), Has.Count.EqualTo(lines), "page 1 still ends at its foot");
        Assert.That(Lines(0).Count(l => ReferenceEquals(l.Structure, runOn)), Is.EqualTo(9), "one line of the long paragraph pushed over");
        Assert.That(Lines(1).Count(l => ReferenceEquals(l.Structure, runOn)), Is.EqualTo(21));
        Assert.That(Lines(1), Has.Count.EqualTo(lines - 1), "page 2 ends a line short, not two");
        Assert.That(Lines(1).Select(l => l.Line.Text), Is.EqualTo(long30.Skip(9).Select(l => l.Line.Text)), "its lines in order");
        var top = theme.Page.MarginTopPt;
        foreach (var page in new[] { 0, 1 })
        {
            Assert.That(Lines(page).Select(l => l.Baseline).Order().Select((b, i) => b - top - (i * pitch)).Distinct(new Near()).Count(), Is.EqualTo(1), $"every line of page {page + 1} on the grid");
        }
    }

    [Test]
    public void A_page_that_would_end_short_takes_lines_pushed_over_through_the_page_before_it_from_the_one_before_that()
    {
        using var grid = new GridPage();
        var (theme, context, pitch, lines) = grid;
        var seed = SeedText.Paragraphs.Value;
        var seedLines = seed.Select(t => Lay(context, t, out _, out _)).SelectMany(l => l.Lines).ToList();

        // Two long paragraphs that cannot be set again (registered with other text), A running
        // from page 1 to page 2 and B from page 2 to page 3, where B's last 19 lines leave three
        // and four lines that keep together do not fit. Page 2 has no paragraph wholly on it, so
        // only page 1's two paragraphs that can take a line more can fill page 3: their lines push
        // A's last two over to page 2, which pushes B's over to page 3.
        const int OnPage3 = 19;
        const int BOnPage2 = 6;
        var a = new LaidOutParagraph([.. seedLines.Take(30)], pitch);
        var b = new LaidOutParagraph([.. seedLines.Skip(30).Take(OnPage3 + BOnPage2)], pitch);
        var aOnPage1 = a.Lines.Count - (lines - BOnPage2);
        var slices = new SliceList();
        var grown = new List<(StructureNode Element, int Lines)>();
        var used = 0;
        foreach (var paragraph in seed.Chunk(2).Select(c => string.Concat(c)).Concat(seed))
        {
            var element = Registered(context, paragraph, out var laid);
            if (grown.Count < 2 && used + laid.Lines.Count <= lines - aOnPage1 && context.Loosener.Loosen(element, 1) is not null)
            {
                slices.AddParagraph(laid, 0, 0, keepAll: false, element);
                grown.Add((element, laid.Lines.Count));
                used += laid.Lines.Count;
            }
        }

        Assert.That(grown, Has.Count.EqualTo(2), "the seed has two paragraphs that can take a line more and fit page 1");
        for (; used < lines - aOnPage1; used++)
        {
            slices.AddParagraph(Lay(context, "短句", out _, out _), 0, 0, keepAll: false, context.Structure.Add(StructureKind.Paragraph, null));
        }

        StructureNode Unsettable(LaidOutParagraph laid)
        {
            var element = context.Structure.Add(StructureKind.Paragraph, null);
            _ = Lay(context, "另一段文字", out var settings, out var other);
            context.Loosener.Register(element, other, theme.Page.ContentWidthPt, settings, laid);
            slices.AddParagraph(laid, 0, 0, keepAll: false, element);
            return element;
        }

        var first = Unsettable(a);
        var second = Unsettable(b);
        var next = new SliceList();
        for (var i = 0; i < 4; i++)
        {
            next.AddParagraph(Lay(context, "不可分割的一行", out _, out _), 0, 0, keepAll: true, context.Structure.Add(StructureKind.Paragraph, null));
        }

        var composer = grid.Composer();
        composer.Place(new Band(null, [], slices.Slices, 1, false, false), 0);
        composer.Place(new Band(null, [], next.Slices, 1, false, false), 0);

        List<TextLineElement> Lines(int page) => [.. composer.Pages[page].OfType<TextLineElement>()];
        int Of(int page, StructureNode element) => Lines(page).Count(l => ReferenceEquals(l.Structure, element));
        Assert.That(b.Lines, Has.Count.EqualTo(OnPage3 + BOnPage2));
        Assert.That(composer.Pages, Has.Count.EqualTo(4));
        Assert.That(Lines(0), Has.Count.EqualTo(lines), "page 1 still ends at its foot");
        Assert.That(Lines(1), Has.Count.EqualTo(lines), "page 2 still ends at its foot");
        Assert.That(Lines(2), Has.Count.EqualTo(lines - 1), "page 3 ends a line short, not three");
        Assert.That(grown.Select(g => Of(0, g.Element)), Is.EqualTo(grown.Select(g => g.Lines + 1)), "page 1's two paragraphs a line longer");
        Assert.That((Of(0, first), Of(1, first)), Is.EqualTo((aOnPage1 - 2, a.Lines.Count - aOnPage1 + 2)), "A's last two lines pushed over to page 2");
        Assert.That((Of(1, second), Of(2, second)), Is.EqualTo((BOnPage2 - 2, OnPage3 + 2)), "B's two lines pushed over to page 3");
        Assert.That(Lines(1).Concat(Lines(2)).Where(l => ReferenceEquals(l.Structure, second)).Select(l => l.Line.Text), Is.EqualTo(b.Lines.Select(l => l.Line.Text)), "B's lines in order");
        Assert.That(Lines(0).Where(l => l.Line.IsWide), Is.Empty, "no line spread more than ⅛ em a gap");
        var top = theme.Page.MarginTopPt;
        foreach (var page in new[] { 0, 1, 2 })
        {
            Assert.That(Lines(page).Select(l => l.Baseline).Order().Select((y, i) => y - top - (i * pitch)).Distinct(new Near()).Count(), Is.EqualTo(1), $"every line of page {page + 1} on the grid");
        }
    }

    [Test]
    public void A_page_that_takes_fewer_lines_pushed_over_than_it_needs_sets_its_own_paragraph_a_line_longer_for_the_rest()
    {
        using var grid = new GridPage();
        var (theme, context, pitch, lines) = grid;
        var seed = SeedText.Paragraphs.Value;
        var seedLines = seed.Select(t => Lay(context, t, out _, out _)).SelectMany(l => l.Lines).ToList();

        // As above, but page 1 has one paragraph that can take a line more (and none that can
        // lose one); on page 2 a short line that cannot be set again stands between A and B's
        // three lines, so only one of them can go over (孤行); and page 3 ends in a paragraph L
        // that can take one line more, not two: page 3, three lines short, takes the one line
        // pushed over through page 2 and sets L a line longer for the other.
        (StructureNode Element, LaidOutParagraph Laid)? Find(Func<StructureNode, bool> fits, IEnumerable<string> texts, HashSet<string> used)
        {
            foreach (var paragraph in texts.Where(t => !used.Contains(t)))
            {
                var element = Registered(context, paragraph, out var laid);
                if (laid.Lines.Count is >= 3 and <= 8 && context.Loosener.Loosen(element, -1) is null && fits(element))
                {
                    used.Add(paragraph);
                    return (element, laid);
                }
            }

            return null;
        }

        var texts = seed.Chunk(2).Select(c => string.Concat(c)).Concat(seed).ToList();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var p = Find(e => context.Loosener.Loosen(e, 1) is not null, texts, taken);
        var l = Find(e => context.Loosener.Loosen(e, 1) is not null && context.Loosener.Loosen(e, 2) is null, texts, taken);
        Assert.That(p, Is.Not.Null, "the seed has a paragraph that can take a line more but not lose one");
        Assert.That(l, Is.Not.Null, "the seed has a paragraph that can take one line more, not two, nor lose one");
        const int BOnPage2 = 3;
        var onPage3 = lines - 3 - l!.Value.Laid.Lines.Count;
        var a = new LaidOutParagraph([.. seedLines.Take(30)], pitch);
        var b = new LaidOutParagraph([.. seedLines.Skip(30).Take(onPage3 + BOnPage2)], pitch);
        var aOnPage1 = a.Lines.Count - (lines - BOnPage2 - 1);
        var slices = new SliceList();
        slices.AddParagraph(p!.Value.Laid, 0, 0, keepAll: false, p.Value.Element);
        foreach (var slice in OneLineParagraphs(context, lines - aOnPage1 - p.Value.Laid.Lines.Count, "前"))
        {
            slices.Add(slice);
        }

        StructureNode Unsettable(LaidOutParagraph laid)
        {
            var element = context.Structure.Add(StructureKind.Paragraph, null);
            _ = Lay(context, "另", out var settings, out var other);
            context.Loosener.Register(element, other, theme.Page.ContentWidthPt, settings, laid);
            slices.AddParagraph(laid, 0, 0, keepAll: false, element);
            return element;
        }

        var first = Unsettable(a);
        foreach (var slice in OneLineParagraphs(context, 1, "隔"))
        {
            slices.Add(slice);
        }

        var second = Unsettable(b);
        slices.AddParagraph(l.Value.Laid, 0, 0, keepAll: false, l.Value.Element);
        var next = new SliceList();
        for (var i = 0; i < 4; i++)
        {
            next.AddParagraph(Lay(context, "不可分割的一行", out _, out _), 0, 0, keepAll: true, context.Structure.Add(StructureKind.Paragraph, null));
        }

        var composer = grid.Composer();
        composer.Place(new Band(null, [], slices.Slices, 1, false, false), 0);
        composer.Place(new Band(null, [], next.Slices, 1, false, false), 0);

        List<TextLineElement> Lines(int page) => [.. composer.Pages[page].OfType<TextLineElement>()];
        int Of(int page, StructureNode element) => Lines(page).Count(x => ReferenceEquals(x.Structure, element));
        Assert.That(composer.Pages, Has.Count.EqualTo(4));
        Assert.That(Lines(0), Has.Count.EqualTo(lines), "page 1 still ends at its foot");
        Assert.That(Lines(1), Has.Count.EqualTo(lines), "page 2 still ends at its foot");
        Assert.That(Lines(2), Has.Count.EqualTo(lines - 1), "page 3 ends a line short, not three");
        Assert.That(Of(0, p.Value.Element), Is.EqualTo(p.Value.Laid.Lines.Count + 1), "page 1's paragraph a line longer");
        Assert.That((Of(0, first), Of(1, first), Of(1, second), Of(2, second)), Is.EqualTo((aOnPage1 - 1, a.Lines.Count - aOnPage1 + 1, BOnPage2 - 1, onPage3 + 1)), "one line pushed over each page");
        Assert.That(Of(2, l.Value.Element), Is.EqualTo(l.Value.Laid.Lines.Count + 1), "page 3's own paragraph a line longer");
        Assert.That(Lines(0).Concat(Lines(2)).Where(x => x.Line.IsWide), Is.Empty, "no line spread more than ⅛ em a gap");
        var top = theme.Page.MarginTopPt;
        foreach (var page in new[] { 0, 1, 2 })
        {
            Assert.That(Lines(page).Select(x => x.Baseline).Order().Select((y, i) => y - top - (i * pitch)).Distinct(new Near()).Count(), Is.EqualTo(1), $"every line of page {page + 1} on the grid");
        }
    }

    [TestCase(true, 3, TestName = "What_comes_next_is_pulled_onto_a_page_by_pulling_its_first_line_up_to_the_page_before_set_a_line_shorter(next band)")]
    [TestCase(false, 3, TestName = "What_comes_next_is_pulled_onto_a_page_by_pulling_its_first_line_up_to_the_page_before_set_a_line_shorter(same band)")]
    [TestCase(true, 2, TestName = "What_comes_next_is_pulled_onto_a_page_by_pulling_its_first_line_up_to_the_page_before_set_a_line_shorter(not when that leaves one line, 孤行)")]
    public void What_comes_next_is_pulled_onto_a_page_by_pulling_its_first_line_up_to_the_page_before_set_a_line_shorter(bool nextBand, int onPage2)
    {
        using var grid = new GridPage();
        var (theme, context, pitch, lines) = grid;
        var seed = SeedText.Paragraphs.Value;

        // Page 1: a paragraph that can be set a line shorter but not longer, two short lines, and
        // the first lines of a long paragraph R (registered with other text, so it cannot be set
        // again) whose last three lines open page 2; then sixteen short lines, and four lines
        // that keep together do not fit in the three left. Page 2 has nothing to set shorter:
        // R's first line there goes up to page 1, made room for by the paragraph set a line shorter.
        // With two lines of R on page 2, that would leave its last line alone (孤行), and page 1
        // can make room for one line only: nothing moves.
        var slices = new SliceList();
        StructureNode? tightened = null;
        var count = 0;
        foreach (var paragraph in seed.Chunk(2).Select(c => string.Concat(c)))
        {
            var element = Registered(context, paragraph, out var laid);
            if (laid.Lines.Count is >= 4 and <= 12 && context.Loosener.Loosen(element, -1) is not null && context.Loosener.Loosen(element, 1) is null)
            {
                slices.AddParagraph(laid, 0, 0, keepAll: false, element);
                (tightened, count) = (element, laid.Lines.Count);
                break;
            }
        }

        Assert.That(tightened, Is.Not.Null, "the seed has a paragraph that can lose a line but not gain one");
        foreach (var slice in OneLineParagraphs(context, 2, "前"))
        {
            slices.Add(slice);
        }

        var onPage1 = lines - count - 2;
        var runOn = context.Structure.Add(StructureKind.Paragraph, null);
        var r = new LaidOutParagraph([.. seed.Select(t => Lay(context, t, out _, out _)).SelectMany(l => l.Lines).Take(onPage1 + onPage2)], pitch);
        _ = Lay(context, "另", out var rSettings, out var other);
        context.Loosener.Register(runOn, other, theme.Page.ContentWidthPt, rSettings, r);
        slices.AddParagraph(r, 0, 0, keepAll: false, runOn);
        for (var i = 0; i < lines - 3 - onPage2; i++)
        {
            // Story text that cannot be set again either.
            var element = context.Structure.Add(StructureKind.Paragraph, null);
            var line = Lay(context, $"中{i}", out _, out _);
            context.Loosener.Register(element, other, theme.Page.ContentWidthPt, rSettings, line);
            slices.AddParagraph(line, 0, 0, keepAll: false, element);
        }

        var kept = new SliceList();
        for (var i = 0; i < 4; i++)
        {
            kept.AddParagraph(Lay(context, $"不可分割的一行{i}", out _, out _), 0, 0, keepAll: i < 3 || nextBand, context.Structure.Add(StructureKind.Paragraph, null));
        }

        var composer = grid.Composer();
        if (nextBand)
        {
            composer.Place(new Band(null, [], slices.Slices, 1, false, false), 0);
            composer.Place(new Band(null, [], kept.Slices, 1, false, false), 0);
        }
        else
        {
            composer.Place(new Band(null, [], [.. slices.Slices, .. kept.Slices, .. OneLineParagraphs(context, 2, "后")], 1, false, false), 0);
        }

        List<TextLineElement> Lines(int page) => [.. composer.Pages[page].OfType<TextLineElement>()];
        int Of(int page, StructureNode? element) => Lines(page).Count(l => ReferenceEquals(l.Structure, element));
        Assert.That(r.Lines, Has.Count.EqualTo(onPage1 + onPage2));
        Assert.That(Lines(0), Has.Count.EqualTo(lines), "page 1 still ends at its foot");
        if (onPage2 < 3)
        {
            Assert.That(composer.Pages, Has.Count.EqualTo(3));
            Assert.That(Lines(1), Has.Count.EqualTo(lines - 3), "page 2 left three lines short");
            Assert.That((Of(0, tightened), Of(0, runOn), Of(1, runOn)), Is.EqualTo((count, onPage1, 2)), "nothing moved");
            return;
        }

        Assert.That(composer.Pages, Has.Count.EqualTo(nextBand ? 2 : 3));
        Assert.That(Lines(1), Has.Count.EqualTo(lines), "page 2 ends at its foot with the four lines");
        Assert.That(Of(0, tightened), Is.EqualTo(count - 1), "the paragraph on page 1 a line shorter");
        Assert.That((Of(0, runOn), Of(1, runOn)), Is.EqualTo((onPage1 + 1, 2)), "R's first line on page 2 pulled up, two left there");
        Assert.That(Lines(0).Concat(Lines(1)).Where(l => ReferenceEquals(l.Structure, runOn)).Select(l => l.Line.Text), Is.EqualTo(r.Lines.Select(l => l.Line.Text)), "R's lines in order");
        Assert.That(Lines(1)[^1].Line.Text, Is.EqualTo("不可分割的一行3"));
        var top = theme.Page.MarginTopPt;
        foreach (var page in new[] { 0, 1 })
        {
            Assert.That(Lines(page).Select(l => l.Baseline).Order().Select((y, i) => y - top - (i * pitch)).Distinct(new Near()).Count(), Is.EqualTo(1), $"every line of page {page + 1} on the grid");
        }
    }

    [Test]
    public void A_figure_that_does_not_fit_floats_to_the_next_page_and_its_story_s_text_fills_the_page()
    {
        using var grid = new GridPage();
        var (theme, context, pitch, lines) = grid;

        // Sixteen lines, a figure eight lines tall with a caption, then ten lines: the figure does
        // not fit in the six left; the ten lines' first six take them and the figure opens page 2.
        var image = TestDocuments.Png(400, 300);
        var caption = Lay(context, "图片说明", out _, out _);
        List<Slice> body =
        [
            .. OneLineParagraphs(context, lines - 6, "前"),
            new ImageSlice(image, "图", 200, 8 * pitch) { KeepWithNext = true, Glued = true, Structure = context.Structure.Add(StructureKind.Figure, null) },
            new LineSlice(caption.Lines[0], pitch) { Structure = context.Structure.Add(StructureKind.Caption, null) },
            .. OneLineParagraphs(context, 10, "后"),
        ];
        var composer = grid.Composer();
        composer.Place(new Band(null, [], body, 1, false, false), pitch);

        var first = composer.Pages[0].OfType<TextLineElement>().Select(l => l.Line.Text).ToList();
        var second = composer.Pages[1];
        Assert.That(composer.Pages[0].OfType<ImageElement>(), Is.Empty);
        Assert.That(first, Has.Count.EqualTo(lines), "page 1 ends at its foot");
        Assert.That(first[^1], Is.EqualTo("后5"), "the text after the figure fills it");
        Assert.That(second[0], Is.InstanceOf<ImageElement>(), "the figure opens page 2");
        Assert.That(second.OfType<TextLineElement>().Select(l => l.Line.Text), Is.EqualTo(new[] { "图片说明", "后6", "后7", "后8", "后9" }), "its caption with it, then the rest");
    }

    [Test]
    public void A_story_whose_tail_does_not_fit_is_pulled_up_by_setting_its_last_paragraph_a_line_shorter()
    {
        using var grid = new GridPage();
        var (theme, context, pitch, lines) = grid;

        // A paragraph that can be set a line shorter, its last two lines kept with the byline, one
        // line too many for the page: without it the last two lines and the byline go over, leaving two.
        var slices = new SliceList();
        StructureNode? last = null;
        var count = 0;
        foreach (var paragraph in SeedText.Paragraphs.Value.Chunk(2).Select(c => string.Concat(c)))
        {
            var element = Registered(context, paragraph, out var laid);
            if (laid.Lines.Count is >= 5 and <= 12 && context.Loosener.Loosen(element, -1) is not null)
            {
                foreach (var slice in OneLineParagraphs(context, lines - laid.Lines.Count, "前"))
                {
                    slices.Add(slice);
                }

                slices.AddParagraph(laid, 0, 0, keepAll: false, element);
                (last, count) = (element, laid.Lines.Count);
                break;
            }
        }

        Assert.That(last, Is.Not.Null, "the seed has a paragraph that can be set a line shorter");
        slices.KeepLastLinesWithNext(2);
        slices.AddParagraph(Lay(context, "（记者）", out _, out _), 0, 0, keepAll: false, context.Structure.Add(StructureKind.Byline, null));
        var composer = grid.Composer();
        composer.Place(new Band(null, [], slices.Slices, 1, false, false), pitch);

        var page = composer.Pages[0].OfType<TextLineElement>().ToList();
        Assert.That(composer.Pages, Has.Count.EqualTo(1), "the story ends on its page");
        Assert.That(page, Has.Count.EqualTo(lines), "the page ends at its foot");
        Assert.That(page.Count(l => ReferenceEquals(l.Structure, last)), Is.EqualTo(count - 1), "its last paragraph a line shorter");
        Assert.That(page[^1].Line.Text, Is.EqualTo("（记者）"));
    }

    [Test]
    public void What_comes_next_is_pulled_onto_the_page_by_setting_a_paragraph_on_it_a_line_shorter()
    {
        using var grid = new GridPage();
        var (theme, context, pitch, lines) = grid;

        // Twenty lines, one paragraph of them able to lose a line but not to gain one; then three
        // lines that keep together: they fit once the paragraph is a line shorter.
        var first = new SliceList();
        StructureNode? tightened = null;
        var count = 0;
        foreach (var paragraph in SeedText.Paragraphs.Value.Chunk(2).Select(c => string.Concat(c)))
        {
            var element = Registered(context, paragraph, out var laid);
            if (laid.Lines.Count is >= 4 and <= 12 && context.Loosener.Loosen(element, -1) is not null && context.Loosener.Loosen(element, 1) is null)
            {
                foreach (var slice in OneLineParagraphs(context, lines - 2 - laid.Lines.Count, "前"))
                {
                    first.Add(slice);
                }

                first.AddParagraph(laid, 0, 0, keepAll: false, element);
                (tightened, count) = (element, laid.Lines.Count);
                break;
            }
        }

        Assert.That(tightened, Is.Not.Null, "the seed has a paragraph that can lose a line but not gain one");
        var next = new SliceList();
        for (var i = 0; i < 3; i++)
        {
            next.AddParagraph(Lay(context, "不可分割的一行", out _, out _), 0, 0, keepAll: true, context.Structure.Add(StructureKind.Paragraph, null));
        }

        var composer = grid.Composer();
        composer.Place(new Band(null, [], first.Slices, 1, false, false), 0);
        composer.Place(new Band(null, [], next.Slices, 1, false, false), 0);

        var page = composer.Pages[0].OfType<TextLineElement>().ToList();
        Assert.That(composer.Pages, Has.Count.EqualTo(1));
        Assert.That(page, Has.Count.EqualTo(lines), "the page ends at its foot");
        Assert.That(page.Count(l => ReferenceEquals(l.Structure, tightened)), Is.EqualTo(count - 1));
        var top = theme.Page.MarginTopPt;
        Assert.That(page.Select(l => l.Baseline).Order().Select((b, i) => b - top - (i * pitch)).Distinct(new Near()).Count(), Is.EqualTo(1), "every line on the grid");
    }

    /// <summary>
    /// A 简报 page to compose on: the theme, a flow context over the default fonts, the grid pitch
    /// and how many grid lines the type area holds; <see cref="Composer"/> gives a page composer
    /// that may set paragraphs again, as the layout's does.
    /// </summary>
    private sealed class GridPage : IDisposable
    {
        private readonly TextLayouter _text = new(DefaultFonts.CreateRegistry(), LineBreakStrictness.GB);

        public GridPage()
        {
            Context = new FlowContext(Theme, _text);
            Pitch = Theme.Page.LineGridPitchPt!.Value;
            Lines = (int)Math.Floor(Theme.Page.ContentHeightPt / Pitch);
        }

        public BulletinTheme Theme { get; } = BulletinThemes.WorkBulletin;

        public FlowContext Context { get; }

        public double Pitch { get; }

        public int Lines { get; }

        public PageComposer Composer() => new(Theme.Page, Theme.AccentColor, Theme.FramePaddingPt, Context.BodyLinePt, Theme.Rules) { Loosener = Context.Loosener };

        public void Deconstruct(out BulletinTheme theme, out FlowContext context, out double pitch, out int lines) =>
            (theme, context, pitch, lines) = (Theme, Context, Pitch, Lines);

        public void Dispose() => _text.Dispose();
    }

    private static List<Slice> OneLineParagraphs(FlowContext context, int count, string tag)
    {
        var slices = new SliceList();
        for (var i = 0; i < count; i++)
        {
            slices.AddParagraph(Lay(context, $"{tag}{i}", out _, out _), 0, 0, keepAll: false, context.Structure.Add(StructureKind.Paragraph, null));
        }

        return [.. slices.Slices];
    }

    /// <summary>A body paragraph laid out at the page's measure and registered with the loosener, so the page composer may set it a line longer or shorter.</summary>
    private static StructureNode Registered(FlowContext context, string paragraph, out LaidOutParagraph laid)
    {
        laid = Lay(context, paragraph, out var settings, out var paragraphText);
        var element = context.Structure.Add(StructureKind.Paragraph, null);
        context.Loosener.Register(element, paragraphText, context.Theme.Page.ContentWidthPt, settings, laid);
        return element;
    }

    private static LaidOutParagraph Lay(FlowContext context, string paragraph, out ParagraphSettings settings, out ParagraphText paragraphText)
    {
        settings = ParagraphSettings.Of(context.Theme[TextRole.Body]);
        paragraphText = new ParagraphTextBuilder().Append(paragraph, context.Format(TextRole.Body)).Build();
        return context.Text.Layout(paragraphText, context.Theme.Page.ContentWidthPt, settings);
    }

    private sealed class Near : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 0.05;

        public int GetHashCode(double value) => 0;
    }
}
