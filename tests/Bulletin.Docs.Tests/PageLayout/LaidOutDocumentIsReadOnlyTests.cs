using Bulletin.Docs.Layout;
using Bulletin.Docs.Tests.Writers;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.PageLayout;

/// <summary>
/// A layout is shared by the Word, PDF and PNG writers, maybe on several threads: none of its
/// lists can be changed through the public API, not even by casting them back.
/// </summary>
[TestFixture]
public sealed class LaidOutDocumentIsReadOnlyTests
{
    [Test]
    public void Pages_elements_and_runs_refuse_changes()
    {
        var layout = BulletinLayoutEngine.Layout(WriterApiTests.Document, WriterApiTests.Options);
        var page = layout.Pages[0];
        var line = page.Elements.OfType<TextLineElement>().First().Line;

        Assert.Multiple(() =>
        {
            Assert.Throws<NotSupportedException>(() => ((IList<LaidOutPage>)layout.Pages).Add(page), "pages");
            Assert.Throws<NotSupportedException>(() => ((IList<PageElement>)page.Elements).Clear(), "elements");
            Assert.Throws<NotSupportedException>(() => ((IList<GlyphRun>)line.Runs).RemoveAt(0), "runs");
            Assert.Throws<NotSupportedException>(() => ((IList<ushort>)line.Runs[0].GlyphIds)[0] = 1, "glyph ids");
        });
    }
}
