using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Theme;
using Bulletin.Docs.Characters;

namespace Bulletin.Docs.Layout.Flow;

/// <summary>
/// Sets a centred heading that wraps in even lines, never a long line over a stub: a space in a
/// Chinese heading separates phrases (产学研用协同 共筑绿色矿山) and is the preferred break; failing
/// that the lines are balanced by laying the heading out at narrower and narrower measures while
/// the line count stays the same (the "balanced text" approach) and centring the result.
/// </summary>
internal static class HeadingLines
{
    /// <summary>Steps of the search for the narrowest measure.</summary>
    private const int SearchSteps = 12;

    /// <summary>Roles set as centred multi-line headings.</summary>
    public static bool IsHeading(TextRole role) =>
        role is TextRole.Headline or TextRole.BoxedHeadline or TextRole.Kicker or TextRole.Subheadline or TextRole.Subheading or TextRole.PictureTitle;

    /// <summary>
    /// Lays <paramref name="text"/> out at <paramref name="width"/> with balanced lines;
    /// <paramref name="layout"/> sets a string at a measure.
    /// </summary>
    public static LaidOutParagraph Layout(string text, double width, TextAlignment alignment, Func<string, double, LaidOutParagraph> layout)
    {
        var full = layout(text, width);
        if (full.Lines.Count <= 1)
        {
            return full;
        }

        if (ByPhrases(text, width, alignment, full.Lines.Count, layout) is { } phrased)
        {
            return phrased;
        }

        // The narrowest measure that keeps the line count (a wider one never needs more lines).
        double low = 0, high = width;
        for (var step = 0; step < SearchSteps; step++)
        {
            var middle = (low + high) / 2;
            if (layout(text, middle).Lines.Count <= full.Lines.Count)
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        var narrow = layout(text, high);
        var shift = alignment switch
        {
            TextAlignment.Center => (width - high) / 2,
            TextAlignment.End => width - high,
            _ => 0,
        };
        return narrow with { Lines = [.. narrow.Lines.Select(line => line with { X = line.X + shift })] };
    }

    /// <summary>
    /// The heading broken at the spaces between its phrases, in as few lines as possible and,
    /// among those, with the shortest longest line; a phrase too long for a line takes balanced
    /// lines of its own, so the break between phrases still falls at the gap. <c>null</c> when it
    /// has no phrases or it would take more lines than <paramref name="maxLines"/>.
    /// </summary>
    private static LaidOutParagraph? ByPhrases(string text, double width, TextAlignment alignment, int maxLines, Func<string, double, LaidOutParagraph> layout)
    {
        if (!text.Any(IsHan))
        {
            return null;
        }

        var phrases = Phrases(text);
        var n = phrases.Count;
        if (n < 2)
        {
            return null;
        }

        // single[i, j]: phrases i..j-1 on one line, with their set width (or one long phrase on its own lines).
        var single = new LaidOutParagraph?[n, n + 1];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j <= n; j++)
            {
                // The original text between the phrases, so a U+3000 stays a U+3000 as in Word.
                var laid = layout(text[phrases[i].Start..phrases[j - 1].End], width);
                if (laid.Lines.Count != 1)
                {
                    if (j == i + 1)
                    {
                        // One phrase wider than the measure: its own even lines (it has no space, so no phrases).
                        single[i, j] = Layout(text[phrases[i].Start..phrases[i].End], width, alignment, layout);
                    }

                    break;
                }

                single[i, j] = laid;
            }
        }

        // best[j]: fewest lines, then narrowest longest line, for phrases 0..j-1.
        var lines = new int[n + 1];
        var longest = new double[n + 1];
        var from = new int[n + 1];
        for (var j = 1; j <= n; j++)
        {
            lines[j] = int.MaxValue;
            for (var i = 0; i < j; i++)
            {
                if (single[i, j] is not { } line || lines[i] == int.MaxValue)
                {
                    continue;
                }

                var count = lines[i] + line.Lines.Count;
                var wide = Math.Max(longest[i], line.Lines.Max(l => l.Line.Width));
                if (count < lines[j] || (count == lines[j] && wide < longest[j]))
                {
                    lines[j] = count;
                    longest[j] = wide;
                    from[j] = i;
                }
            }
        }

        if (lines[n] == int.MaxValue || lines[n] > maxLines)
        {
            return null;
        }

        var result = new List<PositionedLine>(lines[n]);
        for (var j = n; j > 0; j = from[j])
        {
            result.InsertRange(0, single[from[j], j]!.Lines);
        }

        return new LaidOutParagraph(result, single[from[n], n]!.LineHeightPt);
    }

    /// <summary>The runs of text between spaces (ASCII or U+3000): a Chinese heading's phrases.</summary>
    private static List<(int Start, int End)> Phrases(string text)
    {
        var phrases = new List<(int Start, int End)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var separator = i == text.Length || text[i] is ' ' or '\u3000';
            if (separator && start >= 0)
            {
                phrases.Add((start, i));
                start = -1;
            }
            else if (!separator && start < 0)
            {
                start = i;
            }
        }

        return phrases;
    }

    private static bool IsHan(char c) => CjkFacts.IsHan(c);
}
