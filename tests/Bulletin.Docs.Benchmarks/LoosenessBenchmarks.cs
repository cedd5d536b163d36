using BenchmarkDotNet.Attributes;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Layout.LineBreaking;
using Bulletin.Docs.Layout.Paragraphs;
using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Benchmarks;

/// <summary>
/// What a page's remedies cost a paragraph: every body paragraph of the seed page set again a line
/// longer, two lines longer and a line shorter on the 简报's 28-character measure, as the page
/// composer asks when a page would end short of its foot or must take one more line. The shaping is
/// done in the setup (a layouter keeps it per document) and the paragraph layouter is called
/// directly (the text layouter would give back what it set before), so this is line breaking
/// alone: first fit, then total fit with a line count (TotalFit.BreakInto), then setting the lines.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class LoosenessBenchmarks
{
    private ShapedParagraph[] _paragraphs = null!;
    private float _firstLine;
    private float _otherLines;

    [GlobalSetup]
    public void Setup()
    {
        var theme = BulletinThemes.WorkBulletin;
        using var layouter = new TextLayouter(DefaultFonts.CreateRegistry(), LineBreakStrictness.GB);
        _paragraphs = [.. SeedBodyText.Paragraphs(theme).Select(layouter.Shape)];
        var settings = ParagraphSettings.Of(theme[TextRole.Body]);
        _otherLines = (float)theme.Page.ContentWidthPt;
        _firstLine = (float)(theme.Page.ContentWidthPt - settings.FirstLineIndentPt);
    }

    /// <summary>The lines of every paragraph set at looseness +1, +2 and −1 (those that can be).</summary>
    [Benchmark]
    public int SetAgain()
    {
        var lines = 0;
        foreach (var paragraph in _paragraphs)
        {
            foreach (var looseness in (ReadOnlySpan<int>)[1, 2, -1])
            {
                var options = ParagraphOptions.Default with { Looseness = looseness };
                lines += ParagraphLayouter.Layout(paragraph.Clusters, paragraph.Breaks, _firstLine, _otherLines, TextAlignment.Justify, options).Lines.Length;
            }
        }

        return lines;
    }
}
