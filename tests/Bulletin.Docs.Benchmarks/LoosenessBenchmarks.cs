using BenchmarkDotNet.Attributes;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Layout.LineBreaking;
using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Benchmarks;

/// <summary>
/// What a page's remedies cost a paragraph: every body paragraph of the seed page set again a line
/// longer, two lines longer and a line shorter on the 简报's 28-character measure, as the page
/// composer asks when a page would end short of its foot or must take one more line. The shaping is
/// done in the setup (a layouter keeps it per document), so this is line breaking alone: mostly
/// total fit with a line count (TotalFit.BreakInto).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class LoosenessBenchmarks
{
    private TextLayouter _layouter = null!;
    private IReadOnlyList<ParagraphText> _paragraphs = null!;
    private ParagraphSettings _settings = null!;
    private double _width;

    [GlobalSetup]
    public void Setup()
    {
        var theme = BulletinThemes.WorkBulletin;
        _layouter = new TextLayouter(DefaultFonts.CreateRegistry(), LineBreakStrictness.GB);
        _paragraphs = SeedBodyText.Paragraphs(theme);
        _settings = ParagraphSettings.Of(theme[TextRole.Body]);
        _width = theme.Page.ContentWidthPt;
        SetAgain(); // shapes every paragraph once, outside the measurement
    }

    [GlobalCleanup]
    public void Cleanup() => _layouter.Dispose();

    /// <summary>The lines of every paragraph set at looseness +1, +2 and −1 (those that can be).</summary>
    [Benchmark]
    public int SetAgain()
    {
        var lines = 0;
        foreach (var paragraph in _paragraphs)
        {
            foreach (var looseness in (ReadOnlySpan<int>)[1, 2, -1])
            {
                lines += _layouter.Layout(paragraph, _width, _settings with { Looseness = looseness }).Lines.Count;
            }
        }

        return lines;
    }
}
