using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Bulletin.Docs;
using Bulletin.Docs.Benchmarks;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Theme;

// Modes that need a fresh process, or threads, rather than BenchmarkDotNet:
//   scale STORIES OUT.pdf      one 简报 of distinct stories: wall time and peak memory (compare.sh)
//   docx STORIES OUT.docx      the same bulletin as DOCX, for LibreOffice in compare.sh
//   threads [ROUNDS] [STORIES] eight different documents on eight threads against one thread
//   pdfsharp STORIES OUT.pdf   PDFsharp's PDF of our layout, to check its fonts with pdffonts
// anything else goes to BenchmarkDotNet.
switch (args)
{
    case ["scale", var stories, var output]:
        return Scale(Number(stories), output);
    case ["docx", var stories, var output]:
        BulletinDocx.WriteFile(DistinctBulletin.Create(Number(stories)), output, new BulletinOptions { Theme = BulletinThemes.WorkBulletin });
        return 0;
    case ["threads", .. var rest]:
        return Threads(rest.Length > 0 ? Number(rest[0]) : 7, rest.Length > 1 ? Number(rest[1]) : 12);
    case ["pdfsharp", var stories, var output]:
        return PdfSharp(Number(stories), output);
    default:
        BenchmarkSwitcher.FromAssembly(typeof(TextLayoutBenchmarks).Assembly).Run(args);
        return 0;
}

static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);

static BulletinOptions Options() => new() { Theme = BulletinThemes.WorkBulletin, Fonts = DefaultFonts.CreateRegistry() };

static int Scale(int stories, string output)
{
    var options = Options();
    var document = DistinctBulletin.Create(stories);
    // Warm up the JIT and the fonts on a one-story bulletin, so the figure is the steady state.
    BulletinPdf.Write(DistinctBulletin.Create(1, seed: 2), Stream.Null, options);
    var clock = Stopwatch.StartNew();
    var layout = BulletinLayoutEngine.Layout(document, options);
    var layoutMs = clock.Elapsed.TotalMilliseconds;
    BulletinPdf.WriteFile(layout, output);
    clock.Stop();
    using var process = Process.GetCurrentProcess();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"pages={layout.Pages.Count} ms={clock.Elapsed.TotalMilliseconds:F0} layout_ms={layoutMs:F0} peak_mb={process.PeakWorkingSet64 / 1048576.0:F0} bytes={new FileInfo(output).Length} glyphs={DistinctBulletinBenchmarks.Glyphs(layout)}"));
    return 0;
}

// Throughput of eight different documents (seeds 1–8) laid out and written to memory, one after
// another on one thread against all at once on eight threads sharing one font registry; a warm-up
// round of each first, then the median of ROUNDS rounds.
static int Threads(int rounds, int stories)
{
    var options = Options();
    var documents = Enumerable.Range(1, 8).Select(seed => DistinctBulletin.Create(stories, seed)).ToArray();
    var pages = documents.Sum(d => BulletinLayoutEngine.Layout(d, options).Pages.Count);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"8 documents of {stories} distinct stories, {pages} pages in all, {Environment.ProcessorCount} cores"));

    double Sequential()
    {
        var clock = Stopwatch.StartNew();
        foreach (var document in documents)
        {
            BulletinPdf.Write(document, new MemoryStream(), options);
        }

        return clock.Elapsed.TotalMilliseconds;
    }

    double Parallel()
    {
        using var start = new Barrier(documents.Length + 1);
        var threads = documents.Select(document => new Thread(() =>
        {
            start.SignalAndWait();
            BulletinPdf.Write(document, new MemoryStream(), options);
        })).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        start.SignalAndWait();
        var clock = Stopwatch.StartNew();
        foreach (var thread in threads)
        {
            thread.Join();
        }

        return clock.Elapsed.TotalMilliseconds;
    }

    Sequential();
    Parallel();
    var one = new List<double>();
    var eight = new List<double>();
    for (var round = 0; round < rounds; round++)
    {
        one.Add(Sequential());
        eight.Add(Parallel());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round + 1}: one thread {one[^1]:F0} ms, eight threads {eight[^1]:F0} ms, ratio {one[^1] / eight[^1]:F2}"));
    }

    var oneMedian = Median(one);
    var eightMedian = Median(eight);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"median: one thread {oneMedian:F0} ms ({pages * 1000 / oneMedian:F0} pages/s), eight threads {eightMedian:F0} ms ({pages * 1000 / eightMedian:F0} pages/s), throughput ratio {oneMedian / eightMedian:F2}x"));
    return 0;
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
}

static int PdfSharp(int stories, string output)
{
    var layout = BulletinLayoutEngine.Layout(DistinctBulletin.Create(stories), Options());
    PdfSharpPages.UseOurFonts();
    using (var file = File.Create(output))
    {
        PdfSharpPages.Write(layout, file);
    }

    BulletinPdf.WriteFile(layout, Path.ChangeExtension(output, ".ours.pdf"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pages={layout.Pages.Count} glyphs={DistinctBulletinBenchmarks.Glyphs(layout)}"));
    return 0;
}
