using System.Diagnostics;
using Bulletin.Docs.Tests.Support;
using NUnit.Framework;
using static Bulletin.Docs.Tests.Writers.WriterApiTests;

namespace Bulletin.Docs.Tests.Writers;

/// <summary>What WriteFile keeps and leaves: permissions, symlinks, long names, no stale temporary files.</summary>
[Platform(Exclude = "Win")]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class AtomicFileTests
{
    private DirectoryInfo folder = null!;

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("bulletin-atomic-");

    [TearDown]
    public void DeleteFolder() => folder.Delete(recursive: true);

    private string[] Names() => [.. folder.EnumerateFileSystemInfos().Select(f => f.Name).Order(StringComparer.Ordinal)];

    [TestCase(UnixFileMode.UserRead | UnixFileMode.UserWrite)]
    [TestCase(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead)]
    [TestCase(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.OtherRead | UnixFileMode.OtherWrite)]
    [TestCase(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.SetGroup)]
    public void Overwriting_keeps_the_targets_permission_bits(UnixFileMode mode)
    {
        var target = Path.Combine(folder.FullName, "secret.docx");
        File.WriteAllText(target, "old");
        File.SetUnixFileMode(target, mode);

        BulletinDocx.WriteFile(Document, target, Options);

        Assert.That(File.GetUnixFileMode(target), Is.EqualTo(mode));
        Assert.That(File.ReadAllBytes(target), Is.EqualTo(BulletinDocx.ToBytes(Document, Options)));
    }

    [Test]
    public void A_symlink_is_written_through_and_kept()
    {
        var real = Directory.CreateDirectory(Path.Combine(folder.FullName, "real"));
        var file = Path.Combine(real.FullName, "bulletin.docx");
        File.WriteAllText(file, "old");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var link = Path.Combine(folder.FullName, "link.docx");
        File.CreateSymbolicLink(link, "real/bulletin.docx");

        BulletinDocx.WriteFile(Document, link, Options);

        Assert.That(new FileInfo(link).LinkTarget, Is.EqualTo("real/bulletin.docx"), "the link is still a link");
        Assert.That(File.ReadAllBytes(file), Is.EqualTo(BulletinDocx.ToBytes(Document, Options)));
        Assert.That(File.GetUnixFileMode(file), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        Assert.That(real.GetFiles().Select(f => f.Name), Is.EqualTo(new[] { "bulletin.docx" }), "no temporary file left beside the real file");
    }

    [Test]
    public void A_chain_of_symlinks_and_a_dangling_one_are_followed()
    {
        var file = Path.Combine(folder.FullName, "file.docx");
        File.CreateSymbolicLink(Path.Combine(folder.FullName, "second.docx"), file);
        var first = Path.Combine(folder.FullName, "first.docx");
        File.CreateSymbolicLink(first, Path.Combine(folder.FullName, "second.docx"));

        BulletinDocx.WriteFile(Document, first, Options);

        Assert.That(File.ReadAllBytes(file), Is.EqualTo(BulletinDocx.ToBytes(Document, Options)), "the dangling chain's final target is created");
        Assert.That(Names(), Is.EqualTo(new[] { "file.docx", "first.docx", "second.docx" }));
        Assert.That(new FileInfo(first).LinkTarget, Is.Not.Null);
    }

    [TestCase(240)]
    [TestCase(255)]
    public void A_long_legal_file_name_works(int bytes)
    {
        // 3 bytes per Chinese character in UTF-8, the encoding Linux file names are measured in.
        var stem = new string('报', (bytes - 5) / 3) + new string('a', (bytes - 5) % 3);
        var target = Path.Combine(folder.FullName, stem + ".docx");
        Assert.That(System.Text.Encoding.UTF8.GetByteCount(Path.GetFileName(target)), Is.EqualTo(bytes));

        BulletinDocx.WriteFile(Document, target, Options);

        Assert.That(Names(), Is.EqualTo(new[] { Path.GetFileName(target) }));
    }

    [Test]
    public void Stale_temporaries_of_dead_processes_are_removed_and_others_kept()
    {
        var dead = DeadProcessId();
        var stale = Touch(AtomicFile.TemporaryName(dead, "0123abcd"), age: TimeSpan.FromMinutes(11));
        var young = Touch(AtomicFile.TemporaryName(dead, "4567abcd"), age: TimeSpan.FromMinutes(1));
        var alive = Touch(AtomicFile.TemporaryName(Environment.ProcessId, "89abcdef"), age: TimeSpan.FromHours(1));
        var notOurs = Touch(".bulletin-notes.tmp", age: TimeSpan.FromHours(1));

        BulletinDocx.WriteFile(Document, Path.Combine(folder.FullName, "bulletin.docx"), Options);

        Assert.That(File.Exists(stale), Is.False, "a dead process's old temporary file");
        Assert.That(new[] { young, alive, notOurs }.Select(File.Exists), Is.All.True, "young, a live process's, and not our pattern");
    }

    [Test]
    public void A_write_killed_midway_leaves_the_target_and_its_temporary_is_cleaned_up_later()
    {
        var target = Path.Combine(folder.FullName, "bulletin.docx");
        File.WriteAllText(target, "old");
        var ready = Path.Combine(Path.GetTempPath(), $"bulletin-ready-{Guid.NewGuid():N}");
        using var child = Process.Start(ChildProgram.Start(new Dictionary<string, string>(), "hang-in-write", target, ready))!;
        try
        {
            var waited = Stopwatch.StartNew();
            while (!File.Exists(ready) && !child.HasExited && waited.Elapsed < TimeSpan.FromMinutes(1))
            {
                Thread.Sleep(20);
            }

            var started = File.Exists(ready);
            child.Kill(); // SIGKILL: no finally block runs in the child
            child.WaitForExit();
            Assert.That(started, Is.True, $"the child did not start writing: {child.StandardError.ReadToEnd()}");
        }
        finally
        {
            if (!child.HasExited)
            {
                child.Kill();
            }

            File.Delete(ready);
        }

        var left = folder.GetFiles(".bulletin-*.tmp").Single();
        Assert.That(AtomicFile.OwnerProcess(left.Name), Is.EqualTo(child.Id));
        Assert.That(File.ReadAllText(target), Is.EqualTo("old"), "the target is untouched by the killed write");

        left.LastWriteTimeUtc = DateTime.UtcNow - AtomicFile.StaleAfter - TimeSpan.FromMinutes(1);
        BulletinDocx.WriteFile(Document, target, Options);

        Assert.That(Names(), Is.EqualTo(new[] { "bulletin.docx" }));
    }

    [Test]
    public void Concurrent_writers_of_one_target_each_finish_and_leave_one_whole_file()
    {
        var target = Path.Combine(folder.FullName, "bulletin.docx");
        var expected = BulletinDocx.ToBytes(Document, Options);

        Parallel.For(0, 16, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ => BulletinDocx.WriteFile(Document, target, Options));

        Assert.That(File.ReadAllBytes(target), Is.EqualTo(expected));
        Assert.That(Names(), Is.EqualTo(new[] { "bulletin.docx" }));
    }

    private string Touch(string name, TimeSpan age)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllText(path, "partial");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow - age);
        return path;
    }

    /// <summary>The id of a process that has just ended (and is reaped, so it is not running).</summary>
    private static int DeadProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}
