using System.Diagnostics;
using BenchmarkDotNet.Running;
using Bulletin.Docs;
using Bulletin.Docs.Benchmarks;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Theme;

// `scale STORIES OUT.pdf` and `docx STORIES OUT.docx` write one repeated 简报 in a fresh process
// for compare.sh (wall time and peak memory per page count); `image CASE WIDTH HEIGHT` measures one
// image case (see ImageMemory); anything else goes to BenchmarkDotNet.
switch (args)
{
    case ["scale", var stories, var output]:
        return Scale(int.Parse(stories, System.Globalization.CultureInfo.InvariantCulture), output);
    case ["image", var what, var width, var height]:
        return ImageMemory.Run(what, int.Parse(width, System.Globalization.CultureInfo.InvariantCulture), int.Parse(height, System.Globalization.CultureInfo.InvariantCulture));
    case ["docx", var stories, var output]:
        BulletinDocx.WriteFile(RepeatedBulletin.Create(int.Parse(stories, System.Globalization.CultureInfo.InvariantCulture)), output, new BulletinOptions { Theme = BulletinThemes.WorkBulletin });
        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(TextLayoutBenchmarks).Assembly).Run(args);
        return 0;
}

static int Scale(int stories, string output)
{
    var options = new BulletinOptions { Theme = BulletinThemes.WorkBulletin, Fonts = DefaultFonts.CreateRegistry() };
    var document = RepeatedBulletin.Create(stories);
    // Warm up the JIT and the fonts on a one-story bulletin, so the figure is the steady state.
    BulletinPdf.Write(RepeatedBulletin.Create(1), Stream.Null, options);
    var clock = Stopwatch.StartNew();
    var layout = BulletinLayoutEngine.Layout(document, options);
    var layoutMs = clock.Elapsed.TotalMilliseconds;
    BulletinPdf.WriteFile(layout, output);
    clock.Stop();
    using var process = Process.GetCurrentProcess();
    Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"pages={layout.Pages.Count} ms={clock.Elapsed.TotalMilliseconds:F0} layout_ms={layoutMs:F0} peak_mb={process.PeakWorkingSet64 / 1048576.0:F0} bytes={new FileInfo(output).Length}"));
    return 0;
}
