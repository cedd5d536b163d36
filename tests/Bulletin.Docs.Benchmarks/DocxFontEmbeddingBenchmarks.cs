using BenchmarkDotNet.Attributes;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Model;
using Bulletin.Docs.Samples;
using Bulletin.Docs.Theme;
using Bulletin.Docs.Word;

namespace Bulletin.Docs.Benchmarks;

/// <summary>
/// What <see cref="WordOptions.EmbedFonts"/> costs: the newspaper sample to .docx with fonts (laid
/// out for the hints either way), without and with its faces subset and embedded.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class DocxFontEmbeddingBenchmarks
{
    private readonly FontRegistry _fonts = DefaultFonts.CreateRegistry();
    private BulletinDocument _newspaper = null!;

    [GlobalSetup]
    public void Setup()
    {
        _newspaper = TaiyuanDaily.Create();
        NewspaperWithEmbeddedFonts();
    }

    [Benchmark(Baseline = true)]
    public long Newspaper() => Write(embedFonts: false);

    [Benchmark]
    public long NewspaperWithEmbeddedFonts() => Write(embedFonts: true);

    private long Write(bool embedFonts)
    {
        using var stream = new MemoryStream();
        BulletinDocx.Write(_newspaper, stream, new BulletinOptions
        {
            Theme = BulletinThemes.Newspaper,
            Fonts = _fonts,
            Word = new WordOptions { EmbedFonts = embedFonts },
        });
        return stream.Length;
    }
}
