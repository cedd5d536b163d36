using NUnit.Framework;

namespace Bulletin.Docs.Tests.Support;

/// <summary>
/// A small tmpfs mounted on a fresh folder, to see what writers do when the disk is full or
/// read-only. Needs root and <c>mount</c>; without them the calling test is ignored with the reason.
/// </summary>
internal sealed class SmallDisk : IDisposable
{
    private SmallDisk(string folder) => Folder = folder;

    /// <summary>The mounted folder.</summary>
    public string Folder { get; }

    /// <summary>Mounts a tmpfs of <paramref name="kilobytes"/> KB.</summary>
    public static SmallDisk Mount(int kilobytes)
    {
        var folder = Directory.CreateTempSubdirectory("bulletin-disk-").FullName;
        var mount = ExternalTool.FindOnPath("mount");
        if (!OperatingSystem.IsLinux() || mount is null || Environment.UserName != "root")
        {
            Directory.Delete(folder);
            Assert.Ignore("Mounting a small tmpfs needs Linux, root and mount(8); the full-disk and read-only-disk cases are not run here.");
        }

        var run = ExternalTool.RunProgram(mount, ["-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", folder], TimeSpan.FromSeconds(30));
        if (run.ExitCode != 0)
        {
            Directory.Delete(folder);
            Assert.Ignore($"Could not mount a tmpfs (a container without CAP_SYS_ADMIN?), so the full-disk case is not run here:\n{run}");
        }

        return new SmallDisk(folder);
    }

    /// <summary>Fills the disk with a file until writing fails (ENOSPC).</summary>
    public void Fill()
    {
        using var filler = new FileStream(Path.Combine(Folder, "filler"), FileMode.CreateNew, FileAccess.Write);
        var block = new byte[4096];
        try
        {
            while (true)
            {
                filler.Write(block);
                filler.Flush(flushToDisk: true);
            }
        }
        catch (IOException)
        {
            // The disk is full: what the test wants.
        }
    }

    /// <summary>Remounts the disk read-only.</summary>
    public void MakeReadOnly()
    {
        var run = ExternalTool.RunProgram(ExternalTool.FindOnPath("mount")!, ["-o", "remount,ro", Folder], TimeSpan.FromSeconds(30));
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
    }

    /// <summary>The names in the folder other than <paramref name="except"/>.</summary>
    public string[] Files(params string[] except) =>
        [.. Directory.EnumerateFileSystemEntries(Folder).Select(Path.GetFileName).Where(name => !except.Contains(name)).Order(StringComparer.Ordinal)!];

    public void Dispose()
    {
        var umount = ExternalTool.FindOnPath("umount");
        if (umount is not null)
        {
            ExternalTool.RunProgram(umount, [Folder], TimeSpan.FromSeconds(30));
        }

        Directory.Delete(Folder, recursive: true);
    }
}
