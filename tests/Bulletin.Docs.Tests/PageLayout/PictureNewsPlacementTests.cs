using Bulletin.Docs.Layout;
using Bulletin.Docs.Model;
using NUnit.Framework;
using static Bulletin.Docs.Tests.PageLayout.TestDocuments;

namespace Bulletin.Docs.Tests.PageLayout;

/// <summary>
/// Picture news on a page of columns (docs/typography.md §5): set into the top of the next story's
/// last columns, on the column grid, the story's text beside it and under it; on its own, on the grid.
/// </summary>
public sealed class PictureNewsPlacementTests
{
    // Two columns of 75 pt with a 10 pt gap in a 160 pt type area from x = 20: the photo spans one.
    private const double SecondColumn = 20 + 75 + 10;

    private static PictureNews Picture => new()
    {
        Figure = new Figure { Image = Png(150, 100), AltText = "雪景", Caption = "图说" },
    };

    private static Article Story => new() { Headline = "标题", Body = [Chars('文', 140)] };

    [Test]
    public void Picture_news_goes_into_the_top_of_the_next_storys_last_column_and_its_text_runs_beside_and_under_it()
    {
        var document = new BulletinDocument { Items = [Picture, Story] };
        var page = LayOut(document, TestThemes.Simple(height: 400, columns: 2, spanning: true)).Pages.Single();
        var image = page.Elements.OfType<ImageElement>().Single();
        var lines = Lines(page);
        var headline = lines.Single(l => l.Line.Text == "标题");
        var body = lines.Where(l => l.Line.Text.Contains('文', StringComparison.Ordinal)).ToList();
        var caption = lines.Single(l => l.Line.Text == "图说");

        Assert.That(image.X, Is.EqualTo(SecondColumn).Within(0.01), "on the second column's left edge");
        Assert.That(image.Width, Is.EqualTo(75).Within(0.01), "one column wide");
        Assert.That(image.Y, Is.GreaterThan(headline.Baseline), "under the story's headline");
        var firstInColumnOne = body.Where(l => l.X < SecondColumn).Min(l => l.Baseline);
        Assert.That(firstInColumnOne - TestThemes.Line, Is.LessThan(image.Y), "the first column starts level with the photo");
        var beside = body.Where(l => l.X >= SecondColumn).ToList();
        Assert.That(beside, Is.Not.Empty, "text runs on in the photo's column");
        Assert.That(beside.Min(l => l.Baseline), Is.GreaterThan(caption.Baseline + TestThemes.Line / 2), "under the caption");
        Assert.That(caption.X, Is.GreaterThanOrEqualTo(SecondColumn - 0.01), "the caption under the photo");
        Assert.That(string.Concat(body.Select(l => l.Line.Text)), Has.Length.EqualTo(140), "every character of the story is set");
        var order = page.Elements.ToList();
        Assert.That(order.IndexOf(image), Is.LessThan(order.IndexOf(headline)), "the picture comes first, as in the model");
    }

    [Test]
    public void Picture_news_with_no_story_after_it_stands_on_its_own_on_the_column_grid()
    {
        var document = new BulletinDocument { Items = [Story, Picture] };
        var page = LayOut(document, TestThemes.Simple(height: 400, columns: 2, spanning: true)).Pages.Single();
        var image = page.Elements.OfType<ImageElement>().Single();
        var storyBottom = Lines(page).Where(l => l.Line.Text.Contains('文', StringComparison.Ordinal)).Max(l => l.Baseline);

        Assert.That(image.X, Is.EqualTo(20).Within(0.01), "on the first column's left edge (the photo's one column, as near the centre as the grid allows)");
        Assert.That(image.Y, Is.GreaterThan(storyBottom), "below the story before it");
    }
}
