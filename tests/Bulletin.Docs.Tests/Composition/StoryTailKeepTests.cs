using Bulletin.Docs.Composition;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Composition;

/// <summary>
/// A story's tail is set whole: its trailing byline keeps with a jump line after it, so a page or
/// column break never leaves （下转第3版） alone at the top of the next (issue 10, story tails).
/// </summary>
[TestFixture]
public sealed class StoryTailKeepTests
{
    private static IReadOnlyList<ComposedBlock> Tail(Article article)
    {
        var theme = BulletinThemes.WorkBulletin;
        var story = (ComposedStory)BulletinComposer.Compose(new BulletinDocument { Items = [article] }, theme, new EstimatedTextFacts(theme)).Items[0];
        return [.. story.Body.Where(b => b is TextBlock { StoryTail: true })];
    }

    [Test]
    public void The_trailing_byline_keeps_with_the_jump_line_after_it()
    {
        var tail = Tail(new Article { Headline = "标题", Body = ["正文。"], TrailingByline = "尹哲", ContinuedOn = "下转第3版" });
        Assert.That(tail.Select(b => ((TextBlock)b).Role), Is.EqualTo(new[] { TextRole.TrailingByline, TextRole.ContinuationNote }));
        Assert.That(tail.Select(b => ((TextBlock)b).KeepWithNext), Is.EqualTo(new[] { true, false }));
    }

    [Test]
    public void A_trailing_byline_that_ends_the_story_keeps_with_nothing()
    {
        var tail = Tail(new Article { Headline = "标题", Body = ["正文。"], TrailingByline = "尹哲" });
        Assert.That(tail.Select(b => ((TextBlock)b).KeepWithNext), Is.EqualTo(new[] { false }));
    }
}
