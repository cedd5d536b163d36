using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Bulletin.Docs;
using Bulletin.Docs.Benchmarks;
using Bulletin.Docs.Tests.Support;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Theme;

// Modes that need a fresh process, or threads, rather than BenchmarkDotNet:
//   scale STORIES OUT.pdf      one 简报 of distinct stories: wall time and peak memory (compare.sh)
//   docx STORIES OUT.docx      the same bulletin as DOCX, for LibreOffice in compare.sh
//   threads [ROUNDS] [STORIES] eight different documents on eight threads against one thread
//   pdfsharp STORIES OUT.pdf   PDFsharp's PDF of our layout, to check its fonts with pdffonts
//   write STORIES ROUNDS       lay out once, write the PDF ROUNDS times: a steady loop to profile
//                              (dotnet-trace collect -- dotnet Bulletin.Docs.Benchmarks.dll write 90 50)
//   layout STORIES ROUNDS      lay the same document out ROUNDS times: the layout's steady loop to
//                              profile (dotnet-trace collect -- dotnet Bulletin.Docs.Benchmarks.dll layout 90 50)
//   image CASE WIDTH HEIGHT    one image case's time and peak memory (see ImageMemory)
//   cpu STORIES ROUNDS         median wall and CPU time of layout, layout + PDF, PDF only and
//                              PDFsharp only: CPU time is what a run costs when other processes
//                              take turns on the cores
// anything else goes to BenchmarkDotNet.
switch (args)
{
    case ["scale", var stories, var output]:
        return Scale(Number(stories), output);
    case ["image", var what, var width, var height]:
        return ImageMemory.Run(what, Number(width), Number(height));
    case ["docx", var stories, var output]:
        BulletinDocx.WriteFile(DistinctBulletin.Create(Number(stories)), output, new BulletinOptions { Theme = BulletinThemes.WorkBulletin });
        return 0;
    case ["threads", .. var rest]:
        return Threads(rest.Length > 0 ? Number(rest[0]) : 7, rest.Length > 1 ? Number(rest[1]) : 12);
    case ["pdfsharp", var stories, var output]:
        return PdfSharp(Number(stories), output);
    case ["write", var stories, var rounds]:
        return WriteLoop(Number(stories), Number(rounds));
    case ["layout", var stories, var rounds]:
        return LayoutLoop(Number(stories), Number(rounds));
    case ["cpu", var stories, var rounds]:
        return CpuTimes(Number(stories), Number(rounds));
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
// round of each first, then ROUNDS rounds (the order of the two alternating) and their medians.
// The process's CPU time beside each wall time shows how much of the two cores the run actually
// got on a shared machine: CPU ms / wall ms is the number of cores in use.
static int Threads(int rounds, int stories)
{
    var options = Options();
    var documents = Enumerable.Range(1, 8).Select(seed => DistinctBulletin.Create(stories, seed)).ToArray();
    var pages = documents.Sum(d => BulletinLayoutEngine.Layout(d, options).Pages.Count);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"8 documents of {stories} distinct stories, {pages} pages in all, {Environment.ProcessorCount} cores"));

    void Sequential()
    {
        foreach (var document in documents)
        {
            BulletinPdf.Write(document, new MemoryStream(), options);
        }
    }

    void Parallel()
    {
        var threads = documents.Select(document => new Thread(() => BulletinPdf.Write(document, new MemoryStream(), options))).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }
    }

    Sequential();
    Parallel();
    var one = new List<(double Wall, double Cpu)>();
    var eight = new List<(double Wall, double Cpu)>();
    for (var round = 0; round < rounds; round++)
    {
        if (round % 2 == 0)
        {
            one.Add(Measure(Sequential));
            eight.Add(Measure(Parallel));
        }
        else
        {
            eight.Add(Measure(Parallel));
            one.Add(Measure(Sequential));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"round {round + 1}: one thread {one[^1].Wall:F0} ms (cpu {one[^1].Cpu:F0} ms), eight threads {eight[^1].Wall:F0} ms (cpu {eight[^1].Cpu:F0} ms), ratio {one[^1].Wall / eight[^1].Wall:F2}"));
    }

    var oneWall = Median(one.Select(m => m.Wall));
    var eightWall = Median(eight.Select(m => m.Wall));
    var oneCpu = Median(one.Select(m => m.Cpu));
    var eightCpu = Median(eight.Select(m => m.Cpu));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"median: one thread {oneWall:F0} ms ({pages * 1000 / oneWall:F0} pages/s, cpu {oneCpu:F0} ms, {oneCpu / oneWall:F2} cores), eight threads {eightWall:F0} ms ({pages * 1000 / eightWall:F0} pages/s, cpu {eightCpu:F0} ms, {eightCpu / eightWall:F2} cores), throughput ratio {oneWall / eightWall:F2}x"));
    return 0;
}

// Wall and process CPU time of one run, in milliseconds: CPU time is what the run cost when other
// processes take turns on the cores.
static (double Wall, double Cpu) Measure(Action run)
{
    var cpu = Environment.CpuUsage.TotalTime;
    var clock = Stopwatch.StartNew();
    run();
    var wall = clock.Elapsed.TotalMilliseconds;
    return (wall, (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds);
}

static double Median(IEnumerable<double> values)
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

static int WriteLoop(int stories, int rounds)
{
    var layout = BulletinLayoutEngine.Layout(DistinctBulletin.Create(stories), Options());
    var times = new List<double>();
    var gen2 = GC.CollectionCount(2);
    var pause = GC.GetTotalPauseDuration();
    var cpu = Environment.CpuUsage.TotalTime;
    for (var round = 0; round < rounds; round++)
    {
        var clock = Stopwatch.StartNew();
        BulletinPdf.Write(layout, new MemoryStream());
        times.Add(clock.Elapsed.TotalMilliseconds);
    }

    // Per write: full (gen2) collections and the time the GC paused the program, beside the CPU time.
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"pages={layout.Pages.Count} median_write_ms={Median(times):F1} min_write_ms={times.Min():F1} cpu_ms_per_write={(Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds / rounds:F1} gen2_per_write={(GC.CollectionCount(2) - gen2) / (double)rounds:F2} gc_pause_ms_per_write={(GC.GetTotalPauseDuration() - pause).TotalMilliseconds / rounds:F1}"));
    return 0;
}

static int LayoutLoop(int stories, int rounds)
{
    var options = Options();
    var document = DistinctBulletin.Create(stories);
    var pages = BulletinLayoutEngine.Layout(document, options).Pages.Count;
    var times = new List<double>();
    var threadTimes = new List<double>();
    var cpu = Environment.CpuUsage.TotalTime;
    var allocated = GC.GetAllocatedBytesForCurrentThread();
    var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
    var pause = GC.GetTotalPauseDuration();
    for (var round = 0; round < rounds; round++)
    {
        var thread = ThreadRunNanoseconds();
        var clock = Stopwatch.StartNew();
        BulletinLayoutEngine.Layout(document, options);
        times.Add(clock.Elapsed.TotalMilliseconds);
        threadTimes.Add((ThreadRunNanoseconds() - thread) / 1e6);
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"pages={pages} median_layout_ms={Median(times):F1} min_layout_ms={times.Min():F1} median_thread_ms={Median(threadTimes):F1} min_thread_ms={threadTimes.Min():F1} cpu_ms_per_layout={(Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds / rounds:F1}"
        + $" allocated_mb={(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1048576.0 / rounds:F1} gc_per_layout={(GC.CollectionCount(0) - gen0) / (double)rounds:F1}/{(GC.CollectionCount(1) - gen1) / (double)rounds:F2}/{(GC.CollectionCount(2) - gen2) / (double)rounds:F2} gc_pause_ms={(GC.GetTotalPauseDuration() - pause).TotalMilliseconds / rounds:F1}"));
    return 0;
}

// The time the calling thread has run on a core, in nanoseconds (Linux's /proc/thread-self/schedstat,
// its first field), or 0 elsewhere: unlike wall time it leaves out the turns other processes take on a
// shared machine, and unlike the process's CPU time the JIT's and the GC's background threads.
static long ThreadRunNanoseconds()
{
    const string schedstat = "/proc/thread-self/schedstat";
    if (!File.Exists(schedstat))
    {
        return 0;
    }

    var text = File.ReadAllText(schedstat);
    return long.Parse(text.AsSpan(0, text.IndexOf(' ', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
}

static int CpuTimes(int stories, int rounds)
{
    var options = Options();
    var document = DistinctBulletin.Create(stories);
    var layout = BulletinLayoutEngine.Layout(document, options);

    PdfSharpPages.UseOurFonts();

    // Each kind runs on its own (three warm-up runs, then ROUNDS measured ones), so the garbage
    // one kind leaves is collected within its own runs rather than billed to the next kind.
    List<(double Wall, double Cpu)> Series(Action run)
    {
        var series = new List<(double Wall, double Cpu)>();
        for (var round = -3; round < rounds; round++)
        {
            var measured = Measure(run);
            if (round >= 0)
            {
                series.Add(measured);
            }
        }

        return series;
    }

    var only = Series(() => BulletinLayoutEngine.Layout(document, options));
    var whole = Series(() => BulletinPdf.Write(document, new MemoryStream(), options));
    var write = Series(() => BulletinPdf.Write(layout, new MemoryStream()));
    var pdfSharp = Series(() => PdfSharpPages.Write(layout, new MemoryStream()));

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"pages={layout.Pages.Count} layout_wall_ms={Median(only.Select(m => m.Wall)):F1} layout_cpu_ms={Median(only.Select(m => m.Cpu)):F1} layout_and_pdf_wall_ms={Median(whole.Select(m => m.Wall)):F1} layout_and_pdf_cpu_ms={Median(whole.Select(m => m.Cpu)):F1} pdf_wall_ms={Median(write.Select(m => m.Wall)):F1} pdf_cpu_ms={Median(write.Select(m => m.Cpu)):F1} pdfsharp_wall_ms={Median(pdfSharp.Select(m => m.Wall)):F1} pdfsharp_cpu_ms={Median(pdfSharp.Select(m => m.Cpu)):F1}"));
    return 0;
}
