using Bulletin.Docs.Layout.LineBreaking;
using Bulletin.Docs.Layout.Paragraphs;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Tests.Paragraphs;

/// <summary>
/// A paragraph measured with synthetic metrics: Han and full-width marks 1 em, Latin letters and
/// digits ½ em, a word space ⅓ em, a line feed nothing. One cluster per code point; kinds and
/// break opportunities from the real classifier and line breaker (GB level).
/// </summary>
internal sealed class SyntheticParagraph
{
    public const float Em = 9f;

    public SyntheticParagraph(string text, float em = Em)
    {
        Text = text;
        var clusters = new List<TextCluster>(text.Length);
        for (int i = 0; i < text.Length;)
        {
            int cp = char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text, i) : text[i];
            int length = cp > 0xFFFF ? 2 : 1;
            var kind = ClusterKinds.Of(cp);
            float advance = kind switch
            {
                ClusterKind.Latin or ClusterKind.Digit or ClusterKind.Other => 0.5f * em,
                ClusterKind.Space => cp == '\n' ? 0f : em / 3f,
                _ => em,
            };
            clusters.Add(new TextCluster(i, length, advance, em, kind));
            i += length;
        }

        Clusters = [.. clusters];
        Breaks = new BreakAction[Clusters.Length];
        var breakBefore = new BreakAction[text.Length + 1];
        LineBreaker.Analyze(text, breakBefore, LineBreakStrictness.GB);
        ClusterBreaks.Map(breakBefore, Clusters, Breaks);
    }

    public string Text { get; }

    public TextCluster[] Clusters { get; }

    public BreakAction[] Breaks { get; }

    /// <summary>Lays out in a column <paramref name="characters"/> em wide, the first line indented by <paramref name="indentEm"/>.</summary>
    public ParagraphLines Layout(int characters, float indentEm = 2, TextAlignment alignment = TextAlignment.Justify, ParagraphOptions? options = null) =>
        ParagraphLayouter.Layout(Clusters, Breaks, (characters - indentEm) * Em, characters * Em, alignment, options);

    public string Dump(ParagraphLines lines, bool positions = false) => lines.Dump(Clusters, Text, positions);

    /// <summary>The text of one line, trailing spaces included.</summary>
    public string LineText(ParagraphLine line) =>
        line.End == line.Start ? "" : Text[Clusters[line.Start].Start..(Clusters[line.End - 1].Start + Clusters[line.End - 1].Length)];
}
