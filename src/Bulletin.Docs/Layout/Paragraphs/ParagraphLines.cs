using System.Globalization;
using System.Text;

namespace Bulletin.Docs.Layout.Paragraphs;

/// <summary>
/// The lines of a laid-out paragraph and the x position of every cluster: plain data in points.
/// </summary>
internal sealed class ParagraphLines
{
    private readonly ParagraphLine[] _lines;
    private readonly float[] _x;

    /// <summary>Wraps the layouter's exactly-sized arrays.</summary>
    public ParagraphLines(ParagraphLine[] lines, float[] x)
    {
        _lines = lines;
        _x = x;
    }

    /// <summary>The lines in order; their cluster ranges tile the paragraph.</summary>
    public ReadOnlySpan<ParagraphLine> Lines => _lines;

    /// <summary>
    /// For each cluster, the x of its glyph origin relative to its line's start (alignment shift
    /// included). A compressed opening bracket's origin lies left of the blank it lost, so it can be
    /// negative at a line start.
    /// </summary>
    public ReadOnlySpan<float> X => _x;

    /// <summary>
    /// A readable dump for snapshot tests, one row per line:
    /// <c>03 |w=117.00/117.00| 全力推动科技和产业互促双强。</c> followed by any notes, and with
    /// <paramref name="positions"/> a second row of cluster x positions.
    /// </summary>
    public string Dump(ReadOnlySpan<TextCluster> clusters, string text, bool positions = false)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        for (int k = 0; k < _lines.Length; k++)
        {
            var line = _lines[k];
            sb.Append(inv, $"{k + 1:00} |w={line.Width:F2}/{line.Measure:F2}");
            if (line.Offset != 0)
            {
                sb.Append(inv, $" +{line.Offset:F2}");
            }

            sb.Append("| ");
            if (line.End > line.Start)
            {
                int from = clusters[line.Start].Start;
                int to = clusters[line.End - 1].Start + clusters[line.End - 1].Length;
                sb.Append(text.AsSpan(from, to - from)).Replace("\n", "⏎", sb.Length - (to - from), to - from);
            }

            AppendNotes(sb, line);
            sb.Append('\n');
            if (positions)
            {
                sb.Append("   x:");
                for (int i = line.Start; i < line.End; i++)
                {
                    sb.Append(inv, $" {_x[i]:F2}");
                }

                sb.Append('\n');
            }
        }

        return sb.ToString();
    }

    private static void AppendNotes(StringBuilder sb, ParagraphLine line)
    {
        if ((line.Flags & ParagraphLineFlags.MandatoryBreak) != 0)
        {
            sb.Append("  [hard break]");
        }

        if ((line.Flags & ParagraphLineFlags.Squeezed) != 0)
        {
            sb.Append("  [squeezed]");
        }

        if ((line.Flags & ParagraphLineFlags.Stretched) != 0)
        {
            sb.Append("  [stretched]");
        }

        if ((line.Flags & ParagraphLineFlags.Loose) != 0)
        {
            sb.Append("  [loose]");
        }

        if ((line.Flags & ParagraphLineFlags.Wide) != 0)
        {
            sb.Append("  [wide: no better breaks]");
        }

        switch (line.Overfull)
        {
            case OverfullReason.BrokeInsideUnbreakableRun:
                sb.Append("  [overfull: no allowed break fits, broken inside a word]");
                break;
            case OverfullReason.ClusterWiderThanMeasure:
                sb.Append("  [overfull: cluster wider than the line]");
                break;
        }
    }
}
