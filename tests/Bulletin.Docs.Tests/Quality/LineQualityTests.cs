using NUnit.Framework;

namespace Bulletin.Docs.Tests.Quality;

/// <summary>
/// What a Chinese editor sends back, counted over the laid-out lines of the seed page and the
/// three samples (issue 10): each test walks the glyph positions, not the layouter's own flags.
/// </summary>
public class LineQualityTests
{
    [Test]
    public void No_lone_mid_line_mark_is_compressed()
    {
        int marks = 0;
        var compressed = new List<string>();
        foreach (var (where, lines) in SetParagraphs.All())
        {
            foreach (var line in lines)
            {
                marks += line.LoneMarks();
                compressed.AddRange(line.CompressedLoneMarks().Select(m => $"{where}: {m}"));
            }
        }

        TestContext.Out.WriteLine($"{compressed.Count} of {marks} lone mid-line marks compressed, {compressed.Count(c => !c.StartsWith("seed", StringComparison.Ordinal))} on the samples' pages");
        Assert.That(marks, Is.GreaterThan(1000), "the corpus has lone marks to check");
        Assert.That(compressed, Is.Empty);
    }
}
