using Bulletin.Docs.Layout;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Quality;

/// <summary>The story-tail count of <see cref="StoryTails"/> on hand-made pages: it sees a stranded tail.</summary>
public class StoryTailCountTests
{
    private const double Column = 100;

    [TestCase(2, 0, false, TestName = "A tail under the story's last two lines keeps with them")]
    [TestCase(1, 1, true, TestName = "A tail under one line, the other on the page before, is stranded")]
    [TestCase(0, 2, true, TestName = "A tail alone at the top of a page is stranded")]
    public void A_tail_is_counted_stranded_unless_two_story_lines_stand_above_it_in_its_column(int linesAbove, int linesBefore, bool stranded)
    {
        var document = new StructureNode(StructureKind.Document, null, 0, null, null);
        var article = Child(document, StructureKind.Article, 1);
        var paragraph = Child(article, StructureKind.Paragraph, 2);
        var tail = Child(article, StructureKind.Byline, 3);
        var first = new List<PageElement>();
        var second = new List<PageElement>();
        for (int k = 0; k < linesBefore; k++)
        {
            first.Add(Line(paragraph, 0, 700 + (k * 15), Column));
        }

        for (int k = 0; k < linesAbove; k++)
        {
            second.Add(Line(paragraph, 0, 100 + (k * 15), Column));
        }

        second.Add(Line(tail, Column - 40, 100 + (linesAbove * 15), 40));
        var layout = new LaidOutDocument([new LaidOutPage(1, 600, 800, first), new LaidOutPage(2, 600, 800, second)], new DocumentMetadata()) { Structure = document };

        var tails = StoryTails.Of(new SetDocument("hand-made", BulletinThemes.WorkBulletin, layout)).ToList();

        Assert.That(tails, Has.Count.EqualTo(1));
        Assert.That(tails[0].Stranded, Is.EqualTo(stranded), tails[0].Where);
    }

    private static StructureNode Child(StructureNode parent, StructureKind kind, int order)
    {
        var node = new StructureNode(kind, parent, order, null, null);
        parent.AddChild(node);
        return node;
    }

    private static TextLineElement Line(StructureNode node, double x, double baseline, double width) =>
        new(x, baseline, new LaidOutLine([], width, 8, 2, "（尹哲）")) { Structure = node };
}
