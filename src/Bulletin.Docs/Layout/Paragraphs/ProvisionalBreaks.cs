namespace Bulletin.Docs.Layout.Paragraphs;

// Provisional: a small break-opportunity function so the paragraph layouter can be tested on its
// own. On merge, the UAX #14 + clreq breaker fills the same array and this file goes.

/// <summary>Break opportunities between clusters, roughly UAX #14 tailored to clreq's GB level.</summary>
internal static class ProvisionalBreaks
{
    /// <summary>
    /// Fills <paramref name="breaks"/> (one per cluster, "break before") : allowed between Han
    /// characters and around Latin words, not before a no-start mark, not after a no-end mark, not
    /// inside a Latin word or number, not inside <c>——</c>/<c>……</c>, not before a space; mandatory
    /// after a line feed.
    /// </summary>
    public static void Compute(string text, ReadOnlySpan<TextCluster> clusters, Span<BreakAction> breaks)
    {
        if (breaks.Length != clusters.Length)
        {
            throw new ArgumentException("One break action per cluster.", nameof(breaks));
        }

        for (int i = 0; i < clusters.Length; i++)
        {
            breaks[i] = i == 0 ? BreakAction.None : Between(text, clusters[i - 1], clusters[i]);
        }
    }

    private static BreakAction Between(string text, in TextCluster before, in TextCluster after)
    {
        int last = ProvisionalPunctuation.CodePointAt(text, before.Start + before.Length - 1 - (before.Length > 1 && char.IsLowSurrogate(text[before.Start + before.Length - 1]) ? 1 : 0));
        int first = ProvisionalPunctuation.CodePointAt(text, after.Start);
        if (last is '\n' or 0x2028)
        {
            return BreakAction.Mandatory;
        }

        if (after.Kind == ClusterKind.Space || ProvisionalPunctuation.IsNoStart(first) || ProvisionalPunctuation.IsNoEnd(last))
        {
            return BreakAction.None;
        }

        if (before.Kind == after.Kind && before.Kind is ClusterKind.Dash or ClusterKind.Ellipsis)
        {
            return BreakAction.None;
        }

        bool wordBefore = before.Kind is ClusterKind.Latin or ClusterKind.Digit or ClusterKind.Other;
        bool wordAfter = after.Kind is ClusterKind.Latin or ClusterKind.Digit or ClusterKind.Other;
        return wordBefore && wordAfter ? BreakAction.None : BreakAction.Allowed;
    }
}
