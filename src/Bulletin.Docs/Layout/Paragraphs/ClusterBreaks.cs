using Bulletin.Docs.Layout.LineBreaking;

namespace Bulletin.Docs.Layout.Paragraphs;

/// <summary>Maps the per-character break opportunities of <see cref="LineBreaker"/> onto clusters.</summary>
internal static class ClusterBreaks
{
    /// <summary>
    /// Fills <paramref name="breaks"/> (one per cluster): the action before each cluster is the
    /// action before its first character. Breaks inside a cluster are dropped.
    /// </summary>
    /// <param name="breakBefore">From <see cref="LineBreaker.Analyze"/>, one entry per UTF-16 index plus one.</param>
    /// <param name="clusters">The paragraph's clusters.</param>
    /// <param name="breaks">Output, as long as <paramref name="clusters"/>.</param>
    public static void Map(ReadOnlySpan<BreakAction> breakBefore, ReadOnlySpan<TextCluster> clusters, Span<BreakAction> breaks)
    {
        for (int i = 0; i < clusters.Length; i++)
        {
            breaks[i] = i == 0 ? BreakAction.None : breakBefore[clusters[i].Start];
        }
    }
}
