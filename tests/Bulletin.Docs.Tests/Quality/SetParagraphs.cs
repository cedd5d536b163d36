using Bulletin.Docs.Fonts;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Tests.Support;
using Bulletin.Docs.Theme;
using Bulletin.Docs.Tests.Pdf;
using Bulletin.Docs.Tests.TextLayout;

namespace Bulletin.Docs.Tests.Quality;

/// <summary>
/// The paragraphs an editor would look at: every seed body paragraph laid out in the newspaper's
/// column widths (13, 20 and 28 characters of 五号 宋体), and every paragraph of the three samples'
/// pages and of the every-element document in the three built-in themes (lines grouped by the
/// structure element they show, in page order).
/// </summary>
internal static class SetParagraphs
{
    public static readonly int[] SeedColumns = [13, 20, 28];

    /// <summary>Each paragraph as (where, lines), its last line marked as the paragraph's end.</summary>
    public static IEnumerable<(string Where, IReadOnlyList<SetLine> Lines)> All() => Seed().Concat(Samples());

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

    public static IEnumerable<(string Where, IReadOnlyList<SetLine> Lines)> Samples()
    {
        foreach (string name in RenderedSample.Names())
        {
            foreach (var paragraph in Paragraphs(name, RenderedSample.Of(name).Layout))
            {
                yield return paragraph;
            }
        }

        foreach (var (name, theme) in EveryElementThemes)
        {
            var layout = BulletinLayoutEngine.Layout(EveryElementBulletin.Create(), new BulletinOptions { Theme = theme, Fonts = Fonts.Value });
            foreach (var paragraph in Paragraphs("every element, " + name, layout))
            {
                yield return paragraph;
            }
        }
    }

    private static readonly Lazy<FontRegistry> Fonts = new(DefaultFonts.CreateRegistry);

    private static readonly (string Name, BulletinTheme Theme)[] EveryElementThemes =
    [
        ("newspaper", BulletinThemes.Newspaper),
        ("work bulletin", BulletinThemes.WorkBulletin with { Contents = true }),
        ("press release", BulletinThemes.PressRelease),
    ];

    private static IEnumerable<(string Where, IReadOnlyList<SetLine> Lines)> Paragraphs(string name, LaidOutDocument layout)
    {
        var byNode = new Dictionary<StructureNode, List<TextLineElement>>(ReferenceEqualityComparer.Instance);
        var order = new List<StructureNode>();
        foreach (var element in layout.Pages.SelectMany(page => page.Elements).OfType<TextLineElement>())
        {
            if (element.Structure is not { Kind: StructureKind.Paragraph } node)
            {
                continue;
            }

            if (!byNode.TryGetValue(node, out var list))
            {
                byNode.Add(node, list = []);
                order.Add(node);
            }

            list.Add(element);
        }

        foreach (var node in order)
        {
            var elements = byNode[node];
            var lines = elements.Select((e, k) => new SetLine(e.Line, k == elements.Count - 1)).ToList();
            yield return ($"{name}: {elements[0].Line.Text}", lines);
        }
    }
}
