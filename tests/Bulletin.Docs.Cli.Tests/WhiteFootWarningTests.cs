using NUnit.Framework;

namespace Bulletin.Docs.Cli.Tests;

/// <summary>
/// A page the make-up had to close short (<see cref="Bulletin.Docs.Layout.LaidOutDocument.WhiteFeet"/>) is told
/// to the editor on stderr as a warning, at the line of the item that did not fit; the files are
/// written all the same.
/// </summary>
public sealed class WhiteFootWarningTests
{
    /// <summary>
    /// A 简报 whose first page holds a story of one-line paragraphs (none can be set a line longer or
    /// shorter, and there is no page before to push lines from) that leaves four lines, too few for the
    /// next story's headline with the two lines it keeps.
    /// </summary>
    private static string Bulletin(int paragraphs) =>
        "---\ntheme: work-bulletin\n---\n\n# 第一篇\n\n"
        + string.Join("\n\n", Enumerable.Range(1, paragraphs).Select(i => $"第{i}条：各单位按时报送。"))
        + "\n\n# 第二篇\n\n"
        + string.Join("\n\n", Enumerable.Repeat("各县（市、区）要压实责任，细化措施，确保各项工作落到实处，按时报送工作进展情况和存在的问题。", 4))
        + "\n";

    [Test]
    public void A_page_closed_short_is_a_warning_naming_the_page_and_what_did_not_fit_at_its_line()
    {
        using var folder = new TempFolder();
        folder.Write("short.md", Bulletin(16));

        var (exit, io) = TestIo.Run(folder.Path, "render", "short.md", "--pdf");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Success), io.Errors);
            // Line 39 is "# 第二篇": four lines of front matter and title, then 16 paragraphs of two lines.
            Assert.That(io.Errors, Does.Contain("short.md:39:1: warning: page 1 column 1 closes 4 lines short: the headline of story «第二篇» with the lines it keeps (Items[1]) needs 5 lines (1 of them the space above it), 4 were left: it goes to page 2"));
            Assert.That(File.Exists(Path.Combine(folder.Path, "short.pdf")), Is.True);
        });
    }

    [Test]
    public void A_full_page_gives_no_warning()
    {
        using var folder = new TempFolder();
        folder.Write("full.md", Bulletin(14));

        var (exit, io) = TestIo.Run(folder.Path, "render", "full.md", "--pdf");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Success), io.Errors);
            Assert.That(io.Errors, Does.Not.Contain("closes"));
        });
    }
}
