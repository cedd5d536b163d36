using System.Collections.Concurrent;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Layout;
using Bulletin.Docs.Samples;
using Bulletin.Docs.Tests.Samples;
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

    /// <summary>
    /// The pages' text, white space removed, in order, each without the furniture set after
    /// everything else on it: the running head (where the page has one), then the page number.
    /// Fails the test when a page does not end with its furniture.
    /// </summary>
    public string ContentText(IReadOnlyList<string> pages)
    {
        Assert.That(pages, Has.Count.EqualTo(Layout.Pages.Count), "one text per laid-out page");
        var body = new System.Text.StringBuilder();
        for (var i = 0; i < pages.Count; i++)
        {
            var number = i + 1;
            var page = SampleText.WithoutWhiteSpace(pages[i]);
            var furniture = SampleText.WithoutWhiteSpace((Layout.Pages[i].RunningHead ?? "") + (Layout.Pages[i].Folio ?? ""));
            Assert.That(page, Does.EndWith(furniture), $"page {number} ends with its header and page number");
            body.Append(page.AsSpan(0, page.Length - furniture.Length));
        }

        return body.ToString();
    }

    /// <summary>
    /// Fails unless every piece of the model's text (<see cref="ModelReadingOrder"/>) is found in
    /// <paramref name="text"/> (white space removed), in model order; <paramref name="source"/> names where the text was read.
    /// </summary>
    public void AssertHoldsTheModelsTextInOrder(string text, string source)
    {
        var cursor = 0;
        foreach (var piece in ModelReadingOrder.Pieces(Sample.Document, Sample.Theme).Select(SampleText.WithoutWhiteSpace).Where(p => p.Length > 0))
        {
            var found = text.IndexOf(piece, cursor, StringComparison.Ordinal);
            if (found < 0)
            {
                var anywhere = text.IndexOf(piece, StringComparison.Ordinal);
                Assert.Fail(anywhere < 0
                    ? $"Missing from {source}: «{piece}»\nText after the last match: «{Excerpt(text, cursor)}»"
                    : $"Out of reading order in {source}: «{piece}» is at {anywhere}, before the previous piece ending at {cursor}: «{Excerpt(text, cursor)}»");
            }

            cursor = found + piece.Length;
        }
    }

    private static string Excerpt(string text, int from) => text.Substring(from, Math.Min(80, text.Length - from));

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
