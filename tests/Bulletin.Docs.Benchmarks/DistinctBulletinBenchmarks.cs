using BenchmarkDotNet.Attributes;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Model;
using Bulletin.Docs.Testing;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Benchmarks;

/// <summary>
/// Issue #7: the 200-page 简报 of distinct stories (<see cref="DistinctBulletin"/>) to PDF, laid
/// out and written, and written only from a prepared layout. The same class runs unchanged on the
/// commit before our own PDF writer (Skia's PDF backend) for the before/after ratio.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class DistinctBulletinBenchmarks
{
    private readonly FontRegistry _fonts = DefaultFonts.CreateRegistry();
    private BulletinDocument _document = null!;
    private BulletinOptions _options = null!;
    private LaidOutDocument _layout = null!;

    [GlobalSetup]
    public void Setup()
    {
        _options = new BulletinOptions { Theme = BulletinThemes.WorkBulletin, Fonts = _fonts };
        _document = DistinctBulletin.Create(DistinctBulletin.StoriesFor200Pages);
        _layout = BulletinLayoutEngine.Layout(_document, _options);
        Console.WriteLine($"// distinct 简报: {_layout.Pages.Count} pages, {Glyphs(_layout)} glyphs");
    }

    [Benchmark]
    public int Layout() => BulletinLayoutEngine.Layout(_document, _options).Pages.Count;

    [Benchmark]
    public long LayoutAndWritePdf()
    {
        using var stream = new MemoryStream();
        BulletinPdf.Write(_document, stream, _options);
        return stream.Length;
    }

    [Benchmark]
    public long WritePdf()
    {
        using var stream = new MemoryStream();
        BulletinPdf.Write(_layout, stream);
        return stream.Length;
    }

    internal static int Glyphs(LaidOutDocument layout) =>
        layout.Pages.SelectMany(p => p.Elements).OfType<TextLineElement>().SelectMany(l => l.Line.Runs).Sum(r => r.GlyphIds.Length);
}

/// <summary>
/// Issue #7: our writer against PDFsharp 6.2.4 drawing the same text runs at the same positions
/// in the same font files with an embedded subset (<see cref="PdfSharpPages"/>), at about 100 pages
/// of distinct stories. Both start from the same prepared layout; divide by the page count for the
/// time per page.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class PdfSharpComparisonBenchmarks
{
    private LaidOutDocument _layout = null!;

    [GlobalSetup]
    public void Setup()
    {
        var options = new BulletinOptions { Theme = BulletinThemes.WorkBulletin, Fonts = DefaultFonts.CreateRegistry() };
        _layout = BulletinLayoutEngine.Layout(DistinctBulletin.Create(DistinctBulletin.StoriesFor100Pages), options);
        PdfSharpPages.UseOurFonts();
        Console.WriteLine($"// distinct 简报: {_layout.Pages.Count} pages, {DistinctBulletinBenchmarks.Glyphs(_layout)} glyphs");
    }

    [Benchmark(Baseline = true)]
    public long OursWritePdf()
    {
        using var stream = new MemoryStream();
        BulletinPdf.Write(_layout, stream);
        return stream.Length;
    }

    [Benchmark]
    public long PdfSharpWritePdf()
    {
        using var stream = new MemoryStream();
        return PdfSharpPages.Write(_layout, stream);
    }
}
