using Bulletin.Docs.Fonts;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Tests.Pdf;
using Bulletin.Docs.Tests.Support;
using Bulletin.Docs.Tests.TextLayout;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Tests.Quality;

/// <summary>One laid-out document of the corpus the counts walk, with the theme it was set in.</summary>
internal sealed record SetDocument(string Name, BulletinTheme Theme, LaidOutDocument Layout);

/// <summary>
/// The pages an editor would look at (issue 10): the three samples, the every-element document
/// and the URL bulletin in the three built-in themes, the long-dateline page in the two with narrow columns, and the 200-page 简报 of distinct stories,
/// each laid out once per test run; plus every seed body paragraph laid out in the newspaper's
/// column widths (13, 20 and 28 characters of 五号 宋体).
/// </summary>
internal static class SetParagraphs
{
    public static readonly int[] SeedColumns = [13, 20, 28];

    // Text set as running paragraphs, where a 孤字, a loose line or a squeezed mark shows.
    private static readonly Dictionary<StructureKind, TextRole> RunningText = new()
    {
        [StructureKind.Paragraph] = TextRole.Body,
        [StructureKind.BlockQuote] = TextRole.Quote,
        [StructureKind.Note] = TextRole.Note,
        [StructureKind.ListBody] = TextRole.ListItem,
        [StructureKind.Caption] = TextRole.Caption,
    };

    private static readonly Lazy<FontRegistry> Fonts = new(DefaultFonts.CreateRegistry);

    private static readonly (string Name, BulletinTheme Theme)[] BuiltInThemes =
    [
        ("newspaper", BulletinThemes.Newspaper),
        ("work bulletin", BulletinThemes.WorkBulletin with { Contents = true }),
        ("press release", BulletinThemes.PressRelease),
    ];

    private static readonly Lazy<IReadOnlyList<SetDocument>> Corpus = new(LayOut);

    /// <summary>The laid-out documents.</summary>
    public static IReadOnlyList<SetDocument> Documents => Corpus.Value;

    /// <summary>Each running-text paragraph of the seed and of every document as (where, lines), its last line marked as the paragraph's end.</summary>
    public static IEnumerable<(string Where, IReadOnlyList<SetLine> Lines)> All() => Seed().Concat(Documents.SelectMany(Paragraphs));

    public static IEnumerable<(string Where, IReadOnlyList<SetLine> Lines)> Seed()
    {
        using var layouter = TextLayoutSupport.NewLayouter();
        foreach (int characters in SeedColumns)
        {
            int index = 0;
            foreach (string text in TextLayoutSupport.SeedBodyParagraphs)
            {
                var laid = layouter.Layout(TextLayoutSupport.Plain(text), TextLayoutSupport.Column(characters), TextLayoutSupport.Justified);
                var lines = laid.Lines.Select((l, k) => new SetLine(l.Line, k == laid.Lines.Count - 1)).ToList();
                yield return ($"seed paragraph {index++} in {characters} characters", lines);
            }
        }
    }

    private static IReadOnlyList<SetDocument> LayOut()
    {
        var documents = new List<SetDocument>();
        foreach (string name in RenderedSample.Names())
        {
            var sample = RenderedSample.Of(name);
            documents.Add(new SetDocument(name, sample.Sample.Theme, sample.Layout));
        }

        foreach (var (name, theme) in BuiltInThemes)
        {
            var options = new BulletinOptions { Theme = theme, Fonts = Fonts.Value };
            documents.Add(new SetDocument("every element, " + name, theme, BulletinLayoutEngine.Layout(EveryElementBulletin.Create(), options)));
            documents.Add(new SetDocument("URLs, " + name, theme, BulletinLayoutEngine.Layout(UrlBulletin.Create(), options)));
            // Not in the work bulletin: its 28-character lines hold these datelines whole, and a line
            // is read back with its body's −¼ pt grid tracking, which the dateline does not take.
            if (name != "work bulletin")
            {
                documents.Add(new SetDocument("long datelines, " + name, theme, BulletinLayoutEngine.Layout(DatelineBulletin.Create(), options)));
            }
        }

        var workBulletin = BulletinThemes.WorkBulletin;
        documents.Add(new SetDocument(
            "200-page 简报",
            workBulletin,
            BulletinLayoutEngine.Layout(DistinctBulletin.Create(DistinctBulletin.StoriesFor200Pages), new BulletinOptions { Theme = workBulletin, Fonts = Fonts.Value })));
        return documents;
    }

    /// <summary>
    /// The running-text paragraphs of <paramref name="document"/> (not the masthead's lines): lines
    /// grouped by the structure element they show, in page order.
    /// </summary>
    public static IEnumerable<(string Where, IReadOnlyList<SetLine> Lines)> Paragraphs(SetDocument document)
    {
        foreach (var (node, elements) in Lines(document.Layout))
        {
            if (!RunningText.TryGetValue(node.Kind, out var role) || Ancestors(node).Any(a => a.Kind == StructureKind.Masthead))
            {
                continue;
            }

            // The 主送/抄送 lines and the print run are paragraphs of the distribution block, in its role.
            double tracking = document.Theme[Ancestors(node).Any(a => a.Kind == StructureKind.Distribution) ? TextRole.Distribution : role].LetterSpacingPt;
            var lines = elements.Select((e, k) => new SetLine(e.Element.Line, k == elements.Count - 1, tracking)).ToList();
            yield return ($"{document.Name} p{elements[0].Page}: {elements[0].Element.Line.Text}", lines);
        }
    }

    /// <summary>The text lines of each structure element, in the order the elements first show on the pages, each line with its page number.</summary>
    public static IEnumerable<(StructureNode Node, IReadOnlyList<(int Page, TextLineElement Element)> Lines)> Lines(LaidOutDocument layout)
    {
        var byNode = new Dictionary<StructureNode, List<(int, TextLineElement)>>(ReferenceEqualityComparer.Instance);
        var order = new List<StructureNode>();
        foreach (var page in layout.Pages)
        {
            foreach (var element in page.Elements.OfType<TextLineElement>())
            {
                if (element.Structure is not { } node)
                {
                    continue;
                }

                if (!byNode.TryGetValue(node, out var list))
                {
                    byNode.Add(node, list = []);
                    order.Add(node);
                }

                list.Add((page.Number, element));
            }
        }

        return order.Select(node => (node, (IReadOnlyList<(int, TextLineElement)>)byNode[node]));
    }

    public static IEnumerable<StructureNode> Ancestors(StructureNode node)
    {
        for (var parent = node.Parent; parent is not null; parent = parent.Parent)
        {
            yield return parent;
        }
    }
}
