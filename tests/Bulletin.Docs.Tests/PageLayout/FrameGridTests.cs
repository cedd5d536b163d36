using Bulletin.Docs.Layout;
using Bulletin.Docs.Model;
using NUnit.Framework;
using static Bulletin.Docs.Tests.PageLayout.TestDocuments;

namespace Bulletin.Docs.Tests.PageLayout;

/// <summary>
/// On a page with a line grid a frame takes whole grid lines (docs/typography.md §4), so the
/// story after a boxed commentary stays on the grid.
/// </summary>
public sealed class FrameGridTests
{
    // 12 pt grid slots from y = 20; the fake layouter's glyph box (0.8 em up, 0.2 em down) centred
    // in a slot puts a 10 pt line's baseline 9 pt below the slot's top.
    private const double Pitch = 12;

    [Test]
    public void A_boxed_commentary_takes_whole_grid_lines_and_the_story_after_it_stays_on_the_grid()
    {
        var simple = TestThemes.Simple(height: 400);
        var theme = simple with { Page = simple.Page with { LineGridPitchPt = Pitch } };
        var document = new BulletinDocument
        {
            Items =
            [
                new Article { ColumnLabel = "专栏", Headline = "评论", Body = [Chars('评', 40)] },
                new Article { Headline = "标题", Body = [Chars('文', 60)] },
            ],
        };
        var page = LayOut(document, theme).Pages[0];
        var box = page.Elements.OfType<BoxElement>().Single();
        var after = Lines(page).Where(l => l.Line.Text.Contains('文', StringComparison.Ordinal)).ToList();

        Assert.That(theme.FramePaddingPt, Is.EqualTo(10), "the theme's padding alone would take the box off the grid");
        Assert.That(box.Height / Pitch, Is.EqualTo(Math.Round(box.Height / Pitch)).Within(1e-6), $"a box of {box.Height} pt");
        Assert.That((box.Y - 20) / Pitch, Is.EqualTo(Math.Round((box.Y - 20) / Pitch)).Within(1e-6), "the box starts on the grid");
        Assert.That(after, Is.Not.Empty);
        var offGrid = after.Where(l => Math.Abs(((l.Baseline - 20 - 9) / Pitch) - Math.Round((l.Baseline - 20 - 9) / Pitch)) > 1e-6).Select(l => l.Baseline);
        Assert.That(offGrid, Is.Empty, "the story after the box on the grid");
    }
}
