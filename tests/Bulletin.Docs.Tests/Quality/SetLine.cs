using Bulletin.Docs.Layout;
using Bulletin.Docs.Layout.Paragraphs;

namespace Bulletin.Docs.Tests.Quality;

/// <summary>
/// One laid-out line read back from its glyph runs, the way an editor reads the page: each
/// cluster's character, glyph origin and em, in order. Independent of the layouter's own line flags.
/// </summary>
internal sealed class SetLine
{
    private readonly List<(string Text, float X, float Em)> clusters = [];

    public SetLine(LaidOutLine line, bool isParagraphEnd)
    {
        Line = line;
        IsParagraphEnd = isParagraphEnd;
        foreach (var run in line.Runs)
        {
            for (int g = 0; g < run.GlyphIds.Length; g++)
            {
                if (g > 0 && run.Clusters[g] == run.Clusters[g - 1])
                {
                    continue;
                }

                int start = run.Clusters[g];
                int end = NextCluster(run.Clusters, g, run.Text.Length);
                clusters.Add((run.Text[start..end], run.X[g], run.SizePt));
            }
        }
    }

    public LaidOutLine Line { get; }

    public bool IsParagraphEnd { get; }

    public int Count => clusters.Count;

    /// <summary>
    /// The lone <c>，、；：。？！</c> between two characters (no mark, bracket or quote beside it, not
    /// the line's last) that are set narrower than 15/16 em from their own origin to the next
    /// cluster's: a mark squeezed into reading as a Latin comma.
    /// </summary>
    public IEnumerable<string> CompressedLoneMarks()
    {
        for (int i = 1; i + 1 < clusters.Count; i++)
        {
            if (IsStopOrPause(clusters[i].Text) && !IsMark(clusters[i - 1].Text) && !IsMark(clusters[i + 1].Text))
            {
                float advance = clusters[i + 1].X - clusters[i].X;
                if (advance < clusters[i].Em * 15 / 16)
                {
                    yield return $"{Context(i)} ({advance / clusters[i].Em:F2} em)";
                }
            }
        }
    }

    /// <summary>How many lone mid-line <c>，、；：。？！</c> the line has.</summary>
    public int LoneMarks()
    {
        int count = 0;
        for (int i = 1; i + 1 < clusters.Count; i++)
        {
            count += IsStopOrPause(clusters[i].Text) && !IsMark(clusters[i - 1].Text) && !IsMark(clusters[i + 1].Text) ? 1 : 0;
        }

        return count;
    }

    /// <summary>The text of the line.</summary>
    public string Text => string.Concat(clusters.Select(c => c.Text));

    /// <summary>
    /// The largest extra space between two neighbouring Han characters, in em: how far the line was
    /// spread (a Han character's natural advance is 1 em).
    /// </summary>
    public double MaxHanSpreadEm()
    {
        double max = 0;
        for (int i = 0; i + 1 < clusters.Count; i++)
        {
            if (IsHan(clusters[i].Text) && IsHan(clusters[i + 1].Text))
            {
                max = Math.Max(max, (clusters[i + 1].X - clusters[i].X) / clusters[i].Em - 1);
            }
        }

        return max;
    }

    /// <summary>Whether the line shows one Han character and nothing else but punctuation (a 孤字).</summary>
    public bool IsSingleHanCharacter()
    {
        int han = 0, other = 0;
        foreach (var (text, _, _) in clusters)
        {
            if (IsHan(text))
            {
                han++;
            }
            else if (!(IsMark(text) || text.Trim().Length == 0 || ClusterKinds.Of(char.ConvertToUtf32(text, 0)) == ClusterKind.MiddleDot))
            {
                other++;
            }
        }

        return han == 1 && other == 0;
    }

    private static bool IsHan(string cluster) => cluster.Length > 0 && ClusterKinds.Of(char.ConvertToUtf32(cluster, 0)) == ClusterKind.Han;

    private string Context(int i) =>
        string.Concat(clusters.Skip(Math.Max(0, i - 3)).Take(7).Select(c => c.Text));

    private static int NextCluster(System.Collections.Immutable.ImmutableArray<int> clusterStarts, int g, int textLength)
    {
        for (int h = g + 1; h < clusterStarts.Length; h++)
        {
            if (clusterStarts[h] != clusterStarts[g])
            {
                return clusterStarts[h];
            }
        }

        return textLength;
    }

    private static bool IsStopOrPause(string cluster) => cluster.Length > 0 && "，、；：。？！".Contains(cluster[0], StringComparison.Ordinal);

    private static bool IsMark(string cluster) =>
        cluster.Length > 0 && ClusterKinds.Of(char.ConvertToUtf32(cluster, 0)) is ClusterKind.Opening or ClusterKind.Closing
            or ClusterKind.Comma or ClusterKind.Colon or ClusterKind.Period;
}
