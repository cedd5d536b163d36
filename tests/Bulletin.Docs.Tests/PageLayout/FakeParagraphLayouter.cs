using Bulletin.Docs.Fonts;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Layout.Flow;
using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Theme;
using SkiaSharp;

namespace Bulletin.Docs.Tests.PageLayout;

/// <summary>
/// A predictable text layouter for page layout tests: every character is 1 em wide, lines break
/// after as many characters as fit (never inside an atomic range unless it is longer than a line),
/// '\n' forces a break. Ascent 0.8 em, descent 0.2 em.
/// </summary>
internal sealed class FakeParagraphLayouter : IParagraphLayouter
{
    private static readonly FontFace Face = DefaultFonts.CreateRegistry().Resolve(DefaultFonts.SerifFamily, 400, false).Face;

    public LaidOutParagraph Layout(ParagraphText text, double width, ParagraphSettings settings)
    {
        var lines = new List<PositionedLine>();
        var s = text.Text;
        var sizes = new double[s.Length];
        foreach (var span in text.Spans)
        {
            for (var i = span.Start; i < span.Start + span.Length; i++)
            {
                sizes[i] = span.Format.SizePt;
            }
        }

        var position = 0;
        var first = true;
        while (position < s.Length)
        {
            var indent = settings.StartIndentPt + (first ? settings.FirstLineIndentPt : 0);
            var available = width - indent;
            var end = position;
            var used = 0.0;
            while (end < s.Length && s[end] != '\n' && (end == position || used + sizes[end] <= available + 1e-9))
            {
                used += sizes[end];
                end++;
            }

            if (end < s.Length && s[end] != '\n')
            {
                foreach (var range in text.AtomicRanges)
                {
                    var (a, b) = (range.Start.Value, range.End.Value);
                    if (a > position && a < end && b > end)
                    {
                        end = a;
                    }
                }
            }

            var lineWidth = 0.0;
            for (var i = position; i < end; i++)
            {
                lineWidth += sizes[i];
            }

            var x = settings.Alignment switch
            {
                TextAlignment.Center => indent + (available - lineWidth) / 2,
                TextAlignment.End => width - lineWidth,
                _ => indent,
            };
            lines.Add(new PositionedLine(x, BuildLine(text, position, end, lineWidth)));
            position = end < s.Length && s[end] == '\n' ? end + 1 : end;
            first = false;
        }

        return new LaidOutParagraph(lines, settings.LineHeightPt);
    }

    private static LaidOutLine BuildLine(ParagraphText text, int start, int end, double width)
    {
        var runs = new List<GlyphRun>();
        var x = 0f;
        var maxSize = 0.0;
        foreach (var span in text.Spans)
        {
            var from = Math.Max(start, span.Start);
            var to = Math.Min(end, span.Start + span.Length);
            if (from >= to)
            {
                continue;
            }

            var runText = text.Text[from..to];
            var size = (float)span.Format.SizePt;
            maxSize = Math.Max(maxSize, size);
            var positions = new float[runText.Length];
            for (var i = 0; i < runText.Length; i++)
            {
                positions[i] = x;
                x += size;
            }

            runs.Add(new GlyphRun(Face, size, span.Format.Color, [.. runText.Select(c => (ushort)c)], [.. positions], runText, [.. Enumerable.Range(0, runText.Length)])
            {
                LinkTarget = span.Format.LinkTarget,
            });
        }

        return new LaidOutLine(runs, width, 0.8 * maxSize, 0.2 * maxSize, text.Text[start..end]);
    }
}
