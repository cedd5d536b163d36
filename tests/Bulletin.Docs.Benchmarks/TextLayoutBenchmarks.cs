using BenchmarkDotNet.Attributes;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Layout.LineBreaking;
using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Benchmarks;

/// <summary>
/// Issue #3's target: all the body text of the seed page (~6,000 characters) laid out in a
/// 13-character and a 28-character column, under 5 ms per layout. A new layouter per operation,
/// so shaping is measured too (nothing is cached between operations).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TextLayoutBenchmarks
{
    private FontRegistry _fonts = null!;
    private IReadOnlyList<ParagraphText> _paragraphs = null!;
    private ParagraphSettings _settings = null!;
    private double _width;

    /// <summary>Column width in body characters.</summary>
    [Params(13, 28)]
    public int ColumnCharacters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var theme = BulletinThemes.Newspaper;
        _fonts = DefaultFonts.CreateRegistry();
        _paragraphs = SeedBodyText.Paragraphs(theme);
        _settings = ParagraphSettings.Of(theme[TextRole.Body]);
        _width = ColumnCharacters * theme[TextRole.Body].SizePt;
        LayOutSeedBody(); // loads the faces once, outside the measurement
    }

    /// <summary>Total characters laid out per operation.</summary>
    public int Characters => _paragraphs.Sum(p => p.Text.Length);

    [Benchmark]
    public int LayOutSeedBody()
    {
        var layouter = new TextLayouter(_fonts, LineBreakStrictness.GB);
        var lines = 0;
        foreach (var paragraph in _paragraphs)
        {
            lines += layouter.Layout(paragraph, _width, _settings).Lines.Count;
        }

        return lines;
    }
}
