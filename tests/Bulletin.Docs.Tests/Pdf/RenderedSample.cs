using System.Collections.Concurrent;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Samples;
using NUnit.Framework;
using SampleCatalog = Bulletin.Docs.Samples.Samples;

namespace Bulletin.Docs.Tests.Pdf;

/// <summary>
/// A sample laid out once, with its PDF written to a file beside the test assembly
/// (<c>rendered/NAME.pdf</c>, handy to open after a failure), the way the samples program does it.
/// </summary>
internal sealed record RenderedSample(Sample Sample, LaidOutDocument Layout, string PdfPath)
{
    // One registry for every sample, as the samples program shares one: faces load once.
    private static readonly Lazy<FontRegistry> Fonts = new(DefaultFonts.CreateRegistry);
    private static readonly ConcurrentDictionary<string, Lazy<RenderedSample>> Rendered = new(StringComparer.Ordinal);

    /// <summary>The names of every sample, for <c>TestCaseSource</c>.</summary>
    public static IEnumerable<string> Names() => SampleCatalog.All.Select(sample => sample.Name);

    /// <summary>The sample called <paramref name="name"/>, laid out and written once per test run.</summary>
    public static RenderedSample Of(string name) =>
        Rendered.GetOrAdd(name, key => new Lazy<RenderedSample>(() => Render(key))).Value;

    /// <summary>The text each page shows: its lines' text concatenated in element order.</summary>
    public IReadOnlyList<string> PageTexts() =>
        [.. Layout.Pages.Select(page => string.Concat(page.Elements.OfType<TextLineElement>().Select(line => line.Line.Text)))];

    private static RenderedSample Render(string name)
    {
        var sample = SampleCatalog.All.Single(candidate => candidate.Name == name);
        var layout = BulletinLayoutEngine.Layout(sample.Document, sample.Options with { Fonts = Fonts.Value });
        var folder = Path.Combine(TestContext.CurrentContext.TestDirectory, "rendered");
        Directory.CreateDirectory(folder);
        var pdf = Path.Combine(folder, name + ".pdf");
        BulletinPdf.WriteFile(layout, pdf);
        return new RenderedSample(sample, layout, pdf);
    }
}
