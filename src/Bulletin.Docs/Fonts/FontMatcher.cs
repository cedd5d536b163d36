namespace Bulletin.Docs.Fonts;

/// <summary>CSS Fonts Level 4 §5.2 (font matching algorithm), steps for font-style and font-weight.</summary>
internal static class FontMatcher
{
    /// <summary>The entry closest to the requested weight and style; <paramref name="entries"/> is not empty.</summary>
    public static FontEntry Closest(FontEntry[] entries, int weight, bool italic)
    {
        // Style first: the requested style if the family has it, else the other one.
        var wantItalic = italic ? HasStyle(entries, true) : !HasStyle(entries, false);
        FontEntry? best = null;
        var bestRank = long.MaxValue;
        foreach (var entry in entries)
        {
            if (entry.Info.Italic != wantItalic) continue;
            var rank = WeightRank(entry.Info.Weight, weight);
            if (rank < bestRank)
            {
                best = entry;
                bestRank = rank;
            }
        }
        return best!;
    }

    private static bool HasStyle(FontEntry[] entries, bool italic)
    {
        foreach (var entry in entries)
            if (entry.Info.Italic == italic) return true;
        return false;
    }

    // Lower is better. §5.2 step 4 (font-weight): for a desired weight between 400 and 500,
    // weights from desired up to 500 ascending, then below desired descending, then above 500
    // ascending; below 400, lighter descending then heavier ascending; above 500, heavier
    // ascending then lighter descending.
    private static long WeightRank(int available, int desired)
    {
        var distance = Math.Abs(available - desired);
        if (desired is >= 400 and <= 500)
        {
            if (available >= desired && available <= 500) return distance;
            if (available < desired) return 10_000 + distance;
            return 20_000 + distance;
        }
        if (desired < 400)
            return available <= desired ? distance : 10_000 + distance;
        return available >= desired ? distance : 10_000 + distance;
    }
}
