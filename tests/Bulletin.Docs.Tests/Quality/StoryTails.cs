using Bulletin.Docs.Layout;
using Bulletin.Docs.Layout.Structure;

namespace Bulletin.Docs.Tests.Quality;

/// <summary>
/// A story's tail — its trailing byline or source line, its （下转…） jump line — read off the pages
/// with the two lines of the story set before it, to tell whether it keeps with them in one column.
/// </summary>
internal static class StoryTails
{
    private static readonly StructureKind[] BodyKinds =
        [StructureKind.Paragraph, StructureKind.BlockQuote, StructureKind.Note, StructureKind.List, StructureKind.Table, StructureKind.Figure, StructureKind.Subheading];

    /// <summary>
    /// Every tail of every story of <paramref name="document"/>, with whether it is stranded: fewer
    /// than two of the story's lines directly above it in its column on its page.
    /// </summary>
    public static IEnumerable<(string Where, bool Stranded)> Of(SetDocument document)
    {
        var lines = new Dictionary<StructureNode, IReadOnlyList<(int Page, TextLineElement Element)>>(ReferenceEqualityComparer.Instance);
        foreach (var (node, nodeLines) in SetParagraphs.Lines(document.Layout))
        {
            lines.Add(node, nodeLines);
        }

        foreach (var article in Descendants(document.Layout.Structure).Where(n => n.Kind == StructureKind.Article))
        {
            int bodyStart = IndexOf(article.Children, c => BodyKinds.Contains(c.Kind));
            if (bodyStart < 0)
            {
                continue;
            }

            // The story's lines in reading order: its elements in model order, each one's lines in page order.
            var story = new List<(int Page, TextLineElement Element, StructureNode Node)>();
            foreach (var node in Descendants(article))
            {
                if (lines.TryGetValue(node, out var own))
                {
                    story.AddRange(own.Select(l => (l.Page, l.Element, node)));
                }
            }

            for (int k = bodyStart + 1; k < article.Children.Count; k++)
            {
                var tail = article.Children[k];
                if (tail.Kind is not (StructureKind.Byline or StructureKind.JumpLine) || !lines.TryGetValue(tail, out var tailLines))
                {
                    continue;
                }

                var (page, first) = tailLines[0];
                int at = story.FindIndex(s => ReferenceEquals(s.Element, first));
                // A column is as wide as the story's widest body line (a justified line fills its column).
                double columnWidth = story.Where(s => s.Node.Kind == StructureKind.Paragraph).Select(s => s.Element.Line.Width).DefaultIfEmpty(0).Max();
                double right = first.X + first.Line.Width;
                // Directly above it in its column on its page, whatever the model order (a figure may
                // have been moved up the page, its caption no longer next to the tail).
                bool kept = story.Take(Math.Max(at, 0)).Count(s =>
                    InBody(s.Node, article) && s.Page == page && s.Element.Baseline < first.Baseline
                    && s.Element.X >= right - columnWidth - 1 && s.Element.X <= right + 1) >= 2;
                yield return ($"{document.Name} p{page}: {first.Line.Text} after «{(at > 0 ? story[at - 1].Element.Line.Text : "")}» (p{(at > 0 ? story[at - 1].Page : 0)})", !kept);
            }
        }
    }

    /// <summary>Whether <paramref name="node"/> is part of <paramref name="article"/>'s body (not its headline stack or a tail).</summary>
    private static bool InBody(StructureNode node, StructureNode article)
    {
        for (var at = node; at is not null && !ReferenceEquals(at, article); at = at.Parent)
        {
            if (ReferenceEquals(at.Parent, article))
            {
                return BodyKinds.Contains(at.Kind);
            }
        }

        return false;
    }

    private static int IndexOf(IReadOnlyList<StructureNode> nodes, Func<StructureNode, bool> match)
    {
        for (int i = 0; i < nodes.Count; i++)
        {
            if (match(nodes[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static IEnumerable<StructureNode> Descendants(StructureNode node)
    {
        foreach (var child in node.Children)
        {
            yield return child;
            foreach (var grandchild in Descendants(child))
            {
                yield return grandchild;
            }
        }
    }
}
