using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Theme;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.PageLayout;

public sealed class ColumnFillerTests
{
    private const double Line = 12;
    private static readonly SpanFormat Format = new(FontSpec.Song, 10, false, false, RgbColor.Black);

    private static LaidOutParagraph Paragraph(int lines) =>
        new FakeParagraphLayouter().Layout(
            new ParagraphText(new string('文', 16 * lines), [new TextSpan(0, 16 * lines, Format)]),
            160,
            new ParagraphSettings(TextAlignment.Justify, 0, 0, Line));

    private static IReadOnlyList<Slice> Slices(params (int Lines, bool Heading)[] paragraphs)
    {
        var list = new SliceList();
        foreach (var (lines, heading) in paragraphs)
        {
            list.AddParagraph(Paragraph(lines), 0, 0, keepAll: heading, structure: null);
        }

        return list.Slices;
    }

    [Test]
    public void A_single_first_line_is_not_left_at_the_foot_of_a_column()
    {
        var fill = ColumnFiller.Fill(Slices((5, false)), 0, 1 * Line, mustPlace: false);

        Assert.That(fill.IsEmpty, Is.True);
    }

    [Test]
    public void A_single_last_line_is_not_carried_to_the_head_of_the_next_column()
    {
        var fill = ColumnFiller.Fill(Slices((5, false)), 0, 4 * Line, mustPlace: false);

        Assert.That(fill.End, Is.EqualTo(3), "three lines here, two in the next column");
        Assert.That(fill.Height, Is.EqualTo(3 * Line));
    }

    [Test]
    public void A_paragraph_of_three_lines_moves_whole()
    {
        var slices = Slices((2, false), (3, false));

        var fill = ColumnFiller.Fill(slices, 0, 4 * Line, mustPlace: false);

        Assert.That(fill.End, Is.EqualTo(2));
    }

    [Test]
    public void A_paragraph_that_fits_is_placed_whole()
    {
        var fill = ColumnFiller.Fill(Slices((5, false)), 0, 5 * Line, mustPlace: false);

        Assert.That((fill.First, fill.End, fill.Height), Is.EqualTo((0, 5, 5 * Line)));
    }

    [Test]
    public void A_heading_keeps_with_at_least_two_lines_of_what_follows()
    {
        var slices = Slices((2, false), (1, true), (5, false));

        var tooShort = ColumnFiller.Fill(slices, 0, 4 * Line, mustPlace: false);
        var enough = ColumnFiller.Fill(slices, 0, 5 * Line, mustPlace: false);

        Assert.That(tooShort.End, Is.EqualTo(2), "heading and one line would be stranded: both move on");
        Assert.That(enough.End, Is.EqualTo(5), "heading plus two lines");
    }

    [Test]
    public void Space_at_the_top_of_a_column_is_dropped()
    {
        var list = new SliceList();
        list.AddSpace(6);
        list.AddParagraph(Paragraph(1), 0, 0, keepAll: false, structure: null);

        var fill = ColumnFiller.Fill(list.Slices, 0, 100, mustPlace: false);

        Assert.That((fill.First, fill.Height), Is.EqualTo((1, Line)));
    }

    [Test]
    public void A_keep_chain_longer_than_a_full_column_is_broken_where_the_column_is_full()
    {
        var slices = Slices((6, true));

        var polite = ColumnFiller.Fill(slices, 0, 4 * Line, mustPlace: false);
        var forced = ColumnFiller.Fill(slices, 0, 4 * Line, mustPlace: true);

        Assert.That(polite.IsEmpty, Is.True);
        Assert.That(forced.End, Is.EqualTo(4));
    }

    [Test]
    public void Balancing_finds_the_smallest_height_that_holds_everything()
    {
        var slices = Slices((31, false));

        var height = ColumnFiller.BalancedHeight(slices, 0, 3, 1000);

        Assert.That(height, Is.EqualTo(11 * Line).Within(0.01));
        Assert.That(ColumnFiller.BalancedHeight(slices, 0, 3, 10 * Line), Is.Null);
    }
}
