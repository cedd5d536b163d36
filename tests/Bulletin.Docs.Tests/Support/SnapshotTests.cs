using System.Runtime.CompilerServices;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Support;

/// <summary>The snapshot helper keeps Verify's file conventions and fails the way Verify does.</summary>
public sealed class SnapshotTests
{
    private DirectoryInfo folder = null!;

    private string Prefix => Path.Combine(folder.FullName, "Tests.Method");

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("bulletin-snapshot-");

    [TearDown]
    public void DeleteFolder() => folder.Delete(recursive: true);

    [Test]
    public void Missing_verified_file_fails_and_writes_the_received_file()
    {
        var failures = Snapshot.Compare(Prefix, [new SnapshotTarget("txt", "一\n二\n")], accept: false);
        Assert.Multiple(() =>
        {
            Assert.That(failures, Has.Count.EqualTo(1));
            Assert.That(failures[0], Does.Contain("No verified snapshot").And.Contain("Tests.Method.verified.txt"));
            Assert.That(File.ReadAllText(Prefix + ".received.txt"), Is.EqualTo("一\n二\n"));
        });
    }

    [Test]
    public void Match_passes_and_deletes_a_stale_received_file()
    {
        File.WriteAllText(Prefix + ".verified.txt", "一\r\n二\r\n");
        File.WriteAllText(Prefix + ".received.txt", "old");
        var failures = Snapshot.Compare(Prefix, [new SnapshotTarget("txt", "一\n二\n")], accept: false);
        Assert.Multiple(() =>
        {
            Assert.That(failures, Is.Empty, "CRLF in the verified file equals LF.");
            Assert.That(File.Exists(Prefix + ".received.txt"), Is.False);
        });
    }

    [Test]
    public void Mismatch_fails_with_a_line_diff_and_writes_utf8_lf_without_bom()
    {
        File.WriteAllText(Prefix + ".verified.txt", "甲\n乙\n丙\n");
        var failures = Snapshot.Compare(Prefix, [new SnapshotTarget("txt", "甲\r\n乙乙\r\n丙\r\n")], accept: false);
        var received = File.ReadAllBytes(Prefix + ".received.txt");
        Assert.Multiple(() =>
        {
            Assert.That(failures, Has.Count.EqualTo(1));
            Assert.That(failures[0], Does.Contain("- 乙\n").And.Contain("+ 乙乙\n").And.Contain("  甲\n"));
            Assert.That(received.Take(3), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
            Assert.That(System.Text.Encoding.UTF8.GetString(received), Is.EqualTo("甲\n乙乙\n丙\n"));
        });
    }

    [Test]
    public void Several_targets_are_named_like_Verify_targets()
    {
        Snapshot.Compare(Prefix, [new SnapshotTarget("xml", "<a/>", "word.document"), new SnapshotTarget("txt", "x", "package")], accept: false);
        Assert.Multiple(() =>
        {
            Assert.That(File.Exists(Prefix + "#word.document.received.xml"), Is.True);
            Assert.That(File.Exists(Prefix + "#package.received.txt"), Is.True);
        });
    }

    [Test]
    public void Several_targets_without_names_are_refused() =>
        Assert.That(
            () => Snapshot.Compare(Prefix, [new SnapshotTarget("txt", "a"), new SnapshotTarget("txt", "b")], accept: false),
            Throws.ArgumentException);

    [Test]
    public void Verified_file_without_a_target_fails()
    {
        File.WriteAllText(Prefix + "#gone.verified.xml", "<a/>");
        File.WriteAllText(Prefix + "Longer.verified.txt", "another test's file");
        File.WriteAllText(Prefix + "#kept.verified.txt", "x");
        var failures = Snapshot.Compare(Prefix, [new SnapshotTarget("txt", "x", "kept")], accept: false);
        Assert.That(failures, Is.EqualTo(new[] { $"Verified snapshot without a target (delete it if that is right): {Prefix}#gone.verified.xml" }));
    }

    [Test]
    public void Accepting_writes_verified_files_and_removes_received_and_stale_ones()
    {
        File.WriteAllText(Prefix + "#old.verified.txt", "x");
        File.WriteAllText(Prefix + "#new.received.txt", "x");
        var failures = Snapshot.Compare(Prefix, [new SnapshotTarget("txt", "新", "new")], accept: true);
        Assert.Multiple(() =>
        {
            Assert.That(failures, Is.Empty);
            Assert.That(File.ReadAllText(Prefix + "#new.verified.txt"), Is.EqualTo("新"));
            Assert.That(File.Exists(Prefix + "#new.received.txt"), Is.False);
            Assert.That(File.Exists(Prefix + "#old.verified.txt"), Is.False);
        });
    }

    [TestCase("taiyuan-daily", 3)]
    public void File_prefix_is_class_method_and_parameters_beside_the_source(string sample, int count)
    {
        var thisFile = ThisFile();
        var prefix = Snapshot.FilePrefix(thisFile, nameof(File_prefix_is_class_method_and_parameters_beside_the_source));
        Assert.That(prefix, Is.EqualTo(Path.Combine(
            Path.GetDirectoryName(SourcePaths.Resolve(thisFile))!,
            $"SnapshotTests.File_prefix_is_class_method_and_parameters_beside_the_source_sample={sample}_count={count}")));
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
