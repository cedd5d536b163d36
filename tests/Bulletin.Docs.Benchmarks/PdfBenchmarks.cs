using BenchmarkDotNet.Attributes;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Model;
using Bulletin.Docs.Samples;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Benchmarks;

/// <summary>Issue #4: the newspaper sample to PDF, and 简报 of growing length (time per page should stay flat).</summary>
[MemoryDiagnoser]
[MedianColumn]
public class PdfBenchmarks
{
    private readonly FontRegistry _fonts = DefaultFonts.CreateRegistry();
    private BulletinDocument _newspaper = null!;
    private BulletinDocument _bulletin = null!;

    /// <summary>Number of seed stories in the 简报 (roughly one A4 page each).</summary>
    [Params(1, 10, 100)]
    public int Stories { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _newspaper = TaiyuanDaily.Create();
        _bulletin = RepeatedBulletin.Create(Stories);
        NewspaperToPdf();
    }

    [Benchmark]
    public long NewspaperToPdf() => Write(_newspaper, BulletinThemes.Newspaper);

    [Benchmark]
    public long BulletinToPdf() => Write(_bulletin, BulletinThemes.WorkBulletin);

    [Benchmark]
    public long BulletinToDocx()
    {
        using var stream = new MemoryStream();
        BulletinDocx.Write(_bulletin, stream, new BulletinOptions { Theme = BulletinThemes.WorkBulletin });
        return stream.Length;
    }

    private long Write(BulletinDocument document, BulletinTheme theme)
    {
        using var stream = new MemoryStream();
        BulletinPdf.Write(document, stream, new BulletinOptions { Theme = theme, Fonts = _fonts });
        return stream.Length;
    }
}
