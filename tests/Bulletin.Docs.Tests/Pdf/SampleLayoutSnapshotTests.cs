using Bulletin.Docs.Layout;
using Bulletin.Docs.Tests.Support;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Pdf;

/// <summary>
/// The layout of every sample as a readable dump (pages, lines with their text and positions, rules,
/// boxes, images, links): what the PDF and PNG draw, reviewed as text.
/// </summary>
public sealed class SampleLayoutSnapshotTests
{
    private static IEnumerable<string> SampleNames() => RenderedSample.Names();

    [TestCaseSource(nameof(SampleNames))]
    public void Layout_dump(string name) =>
        Snapshot.Verify(LayoutDump.Write(RenderedSample.Of(name).Layout));
}
