using Bulletin.Docs.Tests.Support;
using NUnit.Framework;
using SampleCatalog = Bulletin.Docs.Samples.Samples;

namespace Bulletin.Docs.Tests.Samples;

/// <summary>
/// Every sample's .docx, part by part, against the verified snapshots beside this file
/// (<c>SampleDocxSnapshotTests.Docx_parts_match_the_snapshots_sample=…#word.document.verified.xml</c>).
/// </summary>
public sealed class SampleDocxSnapshotTests
{
    private static IEnumerable<string> SampleNames() => SampleCatalog.All.Select(sample => sample.Name);

    [TestCaseSource(nameof(SampleNames))]
    public void Docx_parts_match_the_snapshots(string sample)
    {
        var chosen = SampleCatalog.All.Single(candidate => candidate.Name == sample);
        using var docx = new MemoryStream();
        BulletinDocx.Write(chosen.Document, docx, chosen.Options);

        Snapshot.Verify(DocxParts.Targets(docx.ToArray()));
    }

    [Test]
    public void Part_names_follow_the_package_paths() =>
        Assert.Multiple(() =>
        {
            Assert.That(DocxParts.TargetName("word/document.xml"), Is.EqualTo("word.document"));
            Assert.That(DocxParts.TargetName("[Content_Types].xml"), Is.EqualTo("Content_Types"));
            Assert.That(DocxParts.TargetName("_rels/.rels"), Is.EqualTo("_rels.rels"));
            Assert.That(DocxParts.TargetName("word/_rels/document.xml.rels"), Is.EqualTo("word._rels.document.xml.rels"));
        });
}
